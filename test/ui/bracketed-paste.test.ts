import {describe, expect, it} from 'vitest';
import {flushPaste, idlePasteReader, maxPasteLength, readPaste} from '../../source/ui/bracketed-paste.js';

describe('bracketed paste', () => {
	it('turns the text between the markers into one paste, and the markers into nothing', () => {
		const {reader, parts} = readPaste(idlePasteReader, 'a\u001B[200~peskov\r\nkim\u001B[201~b');
		expect(parts).toEqual([
			{kind: 'keys', text: 'a'},
			{kind: 'paste', text: 'peskov\r\nkim'},
			{kind: 'keys', text: 'b'},
		]);
		expect(reader).toEqual(idlePasteReader);
	});

	it('collects a paste over input events as Ink splits them (markers without their ESC)', () => {
		let reader = idlePasteReader;
		const seen = [];
		for (const event of ['[200~', 'peskov', '\u001B[A', 'tass', '[201~', 'x']) {
			const read = readPaste(reader, event);
			reader = read.reader;
			seen.push(...read.parts);
		}
		expect(seen).toEqual([
			{kind: 'paste', text: 'peskov\u001B[Atass'},
			{kind: 'keys', text: 'x'},
		]);
	});

	it('reads "[200~" inside typed text as text', () => {
		expect(readPaste(idlePasteReader, 'a[200~b').parts).toEqual([{kind: 'keys', text: 'a[200~b'}]);
	});

	it('cuts a huge paste', () => {
		const {parts} = readPaste(idlePasteReader, `\u001B[200~${'x'.repeat(maxPasteLength * 2)}\u001B[201~`);
		expect(parts[0]!.text.length).toBe(maxPasteLength);
	});
});

describe('a paste left open', () => {
	it('ends with what was collected, so a stray start marker cannot swallow the keys after it', () => {
		const open = readPaste(idlePasteReader, '\u001B[200~ab').reader;
		expect(flushPaste(open)).toEqual({reader: idlePasteReader, parts: [{kind: 'paste', text: 'ab'}]});
		expect(flushPaste(idlePasteReader).parts).toEqual([]);
	});
});
