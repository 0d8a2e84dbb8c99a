import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {trustedStoryFor} from '../../source/model/read-stories.js';
import type {StoryFile} from '../../source/model/schema.js';
import {runCli, temporaryFolder} from '../helpers/run-cli.js';

// A story the build validated opens without the validator when a file has exactly its bytes: the build
// keeps a copy of them (source/build.mjs), and a file is compared with the copies of its length.
const bytes = (text: string) => new TextEncoder().encode(text);
const story = {story: {id: 'validated'}} as unknown as StoryFile;

describe('trusted stories found by their bytes', () => {
	it('gives the validated story for the same bytes only', () => {
		const folder = temporaryFolder();
		writeFileSync(path.join(folder, 'copy-0.json'), '{"a": 1}');
		const trusted = {folder, entries: [{length: 8, copy: 'copy-0.json', story}]};
		expect(trustedStoryFor(bytes('{"a": 1}'), trusted)).toBe(story);
		expect(trustedStoryFor(bytes('{"a": 2}'), trusted)).toBeUndefined();
		expect(trustedStoryFor(bytes('{"a": 10}'), trusted)).toBeUndefined();
		// Plain data: the library takes it to the refresh's worker thread.
		expect(trustedStoryFor(bytes('{"a": 1}'), structuredClone(trusted))).toEqual(story);
	});

	it('trusts nothing when the copy cannot be read, or nothing was validated', () => {
		expect(trustedStoryFor(bytes('{"a": 1}'), {folder: temporaryFolder(), entries: [{length: 8, copy: 'gone.json', story}]})).toBeUndefined();
		expect(trustedStoryFor(bytes('{"a": 1}'), {})).toBeUndefined();
	});

	it('the built program validates a copy of the bundled story with one byte changed, the same length', () => {
		const folder = temporaryFolder();
		const original = readFileSync('data/kim-putin-2023.json', 'utf8');
		const edited = original.replace('"date": "2019-04-25"', '"date": "2019-04-31"');
		expect(edited.length).toBe(original.length);
		writeFileSync(path.join(folder, 'edited.json'), edited);
		const result = runCli([path.join(folder, 'edited.json'), '--plain'], {env: {HOME: folder, XDG_CONFIG_HOME: folder, XDG_CACHE_HOME: folder, XDG_DATA_HOME: folder, XDG_STATE_HOME: folder}});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('"2019-04-31" is not a real calendar date');
		// The bundled story itself opens from the build's validated copy.
		const bundled = runCli(['--plain'], {env: {HOME: folder, XDG_CONFIG_HOME: folder, XDG_CACHE_HOME: folder, XDG_DATA_HOME: folder, XDG_STATE_HOME: folder}});
		expect(bundled.code).toBe(0);
		expect(bundled.stdout).toContain('Kim Jong Un');
	});
});
