import {spawnSync} from 'node:child_process';
import {readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readSeenState, updateSeenState} from '../../source/library/seen-state-file.js';
import {markStorySeen} from '../../source/library/whats-new.js';
import {parseStoryText} from '../../source/model/load.js';
import {loadHistory, recordQuery, saveHistory} from '../../source/ui/query-history.js';
import {storyNamed} from '../helpers/library-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';

// The search history and what was seen: state files the program reads and writes for itself. Two
// dashboards each add to them; a link or a named pipe put at their place is refused, never followed.

describe('the search history', () => {
	it('two dashboards adding queries: each added to the file as it is now, none lost', () => {
		const file = path.join(temporaryFolder(), 'history');
		// Both read the history when they started (empty); each then adds its own query.
		expect(recordQuery('khasan', {enabled: true, file})).toBeUndefined();
		expect(recordQuery('peskov', {enabled: true, file})).toBeUndefined();
		expect(loadHistory({enabled: true, file}).entries).toEqual(['khasan', 'peskov']);
	});

	it('a named pipe at its place: read and written with a problem at once, no hang', () => {
		const file = path.join(temporaryFolder(), 'history');
		expect(spawnSync('mkfifo', [file]).status).toBe(0);
		expect(loadHistory({enabled: true, file}).problem?.message).toBe('is a named pipe, not a file');
		expect(recordQuery('khasan', {enabled: true, file})?.message).toBe('is a named pipe, not a file');
		expect(saveHistory(['khasan'], {enabled: true, file})?.message).toMatch(/^is a named pipe; summit-tui keeps its own files only as regular files/);
	});

	it('a link at its place: not read through, not written through', () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'history');
		const elsewhere = path.join(folder, 'precious');
		writeFileSync(elsewhere, 'precious\n');
		symlinkSync(elsewhere, file);
		expect(loadHistory({enabled: true, file}).entries).toEqual([]);
		expect(recordQuery('khasan', {enabled: true, file})?.message).toMatch(/is a symbolic link/);
		expect(saveHistory(['khasan'], {enabled: true, file})?.message).toMatch(/is a symbolic link/);
		expect(readFileSync(elsewhere, 'utf8')).toBe('precious\n');
	});
});

describe('what was seen', () => {
	it('two windows recording two stories: both kept', () => {
		const folder = temporaryFolder();
		const one = parseStoryText(JSON.stringify(storyNamed('one', 'One')), 'one').story!;
		const two = parseStoryText(JSON.stringify(storyNamed('two', 'Two')), 'two').story!;
		updateSeenState(folder, seen => markStorySeen(seen, one, new Date('2025-04-10T10:00:00Z')));
		updateSeenState(folder, seen => markStorySeen(seen, two, new Date('2025-04-10T10:01:00Z')));
		expect(Object.keys(readSeenState(folder).stories).sort()).toEqual(['one', 'two']);
	});

	it('a named pipe or a deep file at its place: nothing seen yet, no hang, no crash', () => {
		const fifoFolder = temporaryFolder();
		expect(spawnSync('mkfifo', [path.join(fifoFolder, 'seen.json')]).status).toBe(0);
		expect(readSeenState(fifoFolder).stories).toEqual({});
		expect(updateSeenState(fifoFolder, seen => seen)?.message).toMatch(/named pipe/);
		const deepFolder = temporaryFolder();
		writeFileSync(path.join(deepFolder, 'seen.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
		expect(readSeenState(deepFolder).stories).toEqual({});
	});
});
