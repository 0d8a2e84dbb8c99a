import {describe, expect, it} from 'vitest';
import {firstFrameWriter, repaintOver, type FirstFrameHandOff} from '../../source/ui/first-frame.js';

// The dashboard's side of a first frame drawn before Ink loaded: what it writes up to its own first
// frame is held back when the terminal already shows exactly that, and repaints the screen when not.

function terminal() {
	const written: string[] = [];
	const write = (text: string, done?: () => void) => {
		written.push(text);
		done?.();
		return true;
	};
	return {stream: {write} as unknown as NodeJS.WriteStream, written};
}

function handOff(shown: string | undefined) {
	const drawn: string[] = [];
	return {handOff: {shown, drawn: (frame: string) => void drawn.push(frame)} satisfies FirstFrameHandOff, drawn};
}

const frame = ['\u001B[?1049h\u001B[H', '\u001B[?2004h', '\u001B[?25l', '\u001B[?2026hStory title\n1 of 3\u001B[?2026l'];

describe('the first frame writer', () => {
	it('without a hand-off writes everything at once and keeps nothing', () => {
		const {stream, written} = terminal();
		const writer = firstFrameWriter(stream, undefined);
		for (const part of frame) writer.write(part);
		writer.finish();
		expect(written.join('')).toBe(frame.join(''));
	});

	it('with no frame shown writes as it goes and tells the hand-off the whole first frame', () => {
		const {stream, written} = terminal();
		const {handOff: given, drawn} = handOff(undefined);
		const writer = firstFrameWriter(stream, given);
		for (const part of frame) writer.write(part);
		expect(written.join('')).toBe(frame.join(''));
		writer.finish();
		expect(drawn).toEqual([frame.join('')]);
		// Later frames are not recorded.
		writer.write('next');
		expect(drawn).toHaveLength(1);
		expect(written.at(-1)).toBe('next');
	});

	it('writes nothing when the shown frame is the one the dashboard draws, and everything after it', () => {
		const {stream, written} = terminal();
		const {handOff: given, drawn} = handOff(frame.join(''));
		const writer = firstFrameWriter(stream, given);
		for (const part of frame) writer.write(part);
		writer.finish();
		expect(written).toEqual([]);
		expect(drawn).toEqual([frame.join('')]);
		writer.write('\u001B[2Kchanged');
		expect(written).toEqual(['\u001B[2Kchanged']);
	});

	it('repaints over a shown frame that is not the one drawn, without entering the alternate screen again', () => {
		const {stream, written} = terminal();
		const {handOff: given, drawn} = handOff('\u001B[?1049h\u001B[HOld title\n1 of 2');
		const writer = firstFrameWriter(stream, given);
		for (const part of frame) writer.write(part);
		expect(written).toEqual([]);
		writer.finish();
		expect(written).toEqual([repaintOver(frame.join(''))]);
		const repaint = written[0]!;
		expect(repaint).toContain('\u001B[2J');
		expect(repaint).toContain('Story title\n1 of 3');
		expect(repaint).not.toContain('\u001B[?1049h');
		// Mouse and paste modes off before the frame turns its own on.
		expect(repaint.indexOf('\u001B[?2004l')).toBeLessThan(repaint.indexOf('\u001B[?2004h'));
		expect(drawn).toEqual([frame.join('')]);
	});

	it("calls a write's callback whether the write passes or is held: Ink waits on one before its exit settles", async () => {
		for (const shown of [undefined, 'a frame shown']) {
			const {stream} = terminal();
			const writer = firstFrameWriter(stream, handOff(shown).handOff);
			const called = new Promise<string>(resolve => writer.write('', () => resolve('called')));
			expect(await called).toBe('called');
			writer.finish();
			expect(await new Promise<string>(resolve => writer.write('', () => resolve('called after')))).toBe('called after');
		}
	});
});
