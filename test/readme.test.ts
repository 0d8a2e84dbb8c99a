import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {expect, it} from 'vitest';
import {parseStoryText} from '../source/model/load.js';

it("the README's minimal story example is a valid story", () => {
	const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
	const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
	expect(example).toBeDefined();
	expect(parseStoryText(example!, 'README.md').problems).toEqual([]);
});
