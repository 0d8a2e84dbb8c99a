import {mkdtempSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {addToHistory, historyFile, loadHistory, notWalking, parseHistory, recallNewer, recallOlder, saveHistory} from '../../source/ui/query-history.js';

const temporary = () => mkdtempSync(path.join(os.tmpdir(), 'summit-history-'));

describe('query history', () => {
	it('lives under $XDG_STATE_HOME, or ~/.local/state when it is unset or relative', () => {
		expect(historyFile({XDG_STATE_HOME: '/s'}, '/home/u')).toBe('/s/summit-tui/history');
		expect(historyFile({}, '/home/u')).toBe('/home/u/.local/state/summit-tui/history');
		expect(historyFile({XDG_STATE_HOME: 'relative'}, '/home/u')).toBe('/home/u/.local/state/summit-tui/history');
	});

	it('keeps queries newest last, skipping blanks and a repeat of the newest, up to the cap', () => {
		let entries: string[] = [];
		for (const query of ['kim', 'kim', '  ', 'peskov ', 'kim']) entries = addToHistory(entries, query, 3);
		expect(entries).toEqual(['kim', 'peskov', 'kim']);
		expect(addToHistory(entries, 'tass', 3)).toEqual(['peskov', 'kim', 'tass']);
	});

	it('survives a run: saved whole, read back, a missing file is empty', () => {
		const file = path.join(temporary(), 'nested', 'summit-tui', 'history');
		expect(loadHistory({enabled: true, file})).toEqual({entries: []});
		expect(saveHistory(['kim', "'khasan"], {enabled: true, file})).toBeUndefined();
		expect(readFileSync(file, 'utf8')).toBe("kim\n'khasan\n");
		expect(loadHistory({enabled: true, file}).entries).toEqual(['kim', "'khasan"]);
	});

	it('reads and writes nothing when switched off (--no-history)', () => {
		const file = path.join(temporary(), 'history');
		writeFileSync(file, 'secret query\n');
		expect(loadHistory({enabled: false, file}).entries).toEqual([]);
		expect(saveHistory(['other'], {enabled: false, file})).toBeUndefined();
		expect(readFileSync(file, 'utf8')).toBe('secret query\n');
	});

	it('reports a history it cannot read as a problem, never a crash', () => {
		const folder = path.join(temporary(), 'history');
		mkdirSync(folder);
		const loaded = loadHistory({enabled: true, file: folder});
		expect(loaded.entries).toEqual([]);
		expect(loaded.problem?.file).toBe(folder);
	});

	it('sanitises a hand-edited file: escape sequences never reach the screen', () => {
		expect(parseHistory('kim\u001B]52;c;aGk=\u0007\n\n  peskov\n')).toEqual(['kim', 'peskov']);
	});

	it('walks back from the newest and forward again to what was being typed', () => {
		const entries = ['oldest', 'middle', 'newest'];
		const first = recallOlder(entries, notWalking, 'draft')!;
		expect(first.text).toBe('newest');
		const second = recallOlder(entries, first.walk, first.text)!;
		expect(second.text).toBe('middle');
		const third = recallOlder(entries, second.walk, second.text)!;
		expect(recallOlder(entries, third.walk, third.text)).toBeUndefined();
		expect(recallNewer(entries, second.walk)!.text).toBe('newest');
		expect(recallNewer(entries, first.walk)!).toEqual({walk: notWalking, text: 'draft'});
		expect(recallNewer(entries, notWalking)).toBeUndefined();
	});
});
