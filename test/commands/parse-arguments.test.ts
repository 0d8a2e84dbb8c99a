import {describe, expect, it} from 'vitest';
import {parseArguments} from '../../source/commands/parse-arguments.js';

describe('parseArguments', () => {
	it('says a one-value flag given twice is a usage mistake, not an internal error', () => {
		const parsed = parseArguments(['--plain', '--title', 'a', '--title', 'b'], '0.0.0');
		expect(parsed.kind).toBe('usage');
		if (parsed.kind === 'usage') expect(parsed.message).toMatch(/--title/);
	});

	it('reads flags and positional words', () => {
		const parsed = parseArguments(['story.json', '--plain', '--limit', '3'], '0.0.0');
		expect(parsed.kind).toBe('run');
		if (parsed.kind === 'run') {
			expect(parsed.input).toEqual(['story.json']);
			expect(parsed.flags.plain).toBe(true);
			expect(parsed.flags.limit).toBe(3);
		}
	});
});
