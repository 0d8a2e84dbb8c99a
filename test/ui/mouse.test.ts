import {describe, expect, it} from 'vitest';
import {countClick, doubleClickMs, mouseModes, readMouseEvents} from '../../source/ui/mouse.js';

describe('SGR 1006 mouse reports', () => {
	it('reads a left press and release at zero-based cells', () => {
		const {events, rest} = readMouseEvents('\u001B[<0;10;5M\u001B[<0;10;5m');
		expect(rest).toBe('');
		expect(events).toEqual([
			{type: 'press', button: 'left', column: 9, row: 4, shift: false, alt: false, ctrl: false},
			{type: 'release', button: 'left', column: 9, row: 4, shift: false, alt: false, ctrl: false},
		]);
	});

	it('reads the wheel, drags, other buttons and modifiers', () => {
		const {events} = readMouseEvents('\u001B[<64;3;4M\u001B[<65;3;4M\u001B[<32;7;2M\u001B[<2;1;1M\u001B[<1;1;1M\u001B[<20;300;90M\u001B[<35;5;5M');
		expect(events.map(event => [event.type, event.button, event.direction])).toEqual([
			['wheel', 'none', 'up'],
			['wheel', 'none', 'down'],
			['drag', 'left', undefined],
			['press', 'right', undefined],
			['press', 'middle', undefined],
			['press', 'left', undefined],
			['move', 'none', undefined],
		]);
		expect(events[5]).toMatchObject({column: 299, row: 89, shift: true, ctrl: true, alt: false});
	});

	it('reads reports without their ESC (as Ink passes them) and leaves other input alone', () => {
		expect(readMouseEvents('[<0;2;3M').events[0]).toMatchObject({type: 'press', column: 1, row: 2});
		expect(readMouseEvents('ab\u001B[<0;2;3Mcd')).toMatchObject({rest: 'abcd'});
		expect(readMouseEvents('[<0;2')).toEqual({events: [], rest: '[<0;2'});
		expect(readMouseEvents('peskov')).toEqual({events: [], rest: 'peskov'});
	});

	it('drops extra buttons and impossible coordinates', () => {
		expect(readMouseEvents('\u001B[<128;1;1M\u001B[<0;0;1M').events).toEqual([]);
	});

	it('turns reporting on and off with matching modes', () => {
		expect(mouseModes(true)).toBe('\u001B[?1000h\u001B[?1002h\u001B[?1006h');
		expect(mouseModes(false)).toBe('\u001B[?1006l\u001B[?1002l\u001B[?1000l');
	});
});

describe('double-clicks', () => {
	const press = readMouseEvents('\u001B[<0;10;5M').events[0]!;
	it('counts a second press on the same cell soon after as a double-click', () => {
		const first = countClick(undefined, press, 1000);
		expect(first.count).toBe(1);
		expect(countClick(first, press, 1000 + doubleClickMs - 1).count).toBe(2);
		expect(countClick(first, press, 1000 + doubleClickMs + 1).count).toBe(1);
		expect(countClick(first, {...press, row: 6}, 1100).count).toBe(1);
	});
});
