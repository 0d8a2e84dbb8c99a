// Mouse reporting, SGR 1006 encoding: ESC [ < button ; column ; row M (press, drag, wheel) or m (release).
// Unlike the old X10 encoding it has no 223-column limit and says which button was released. Turned on
// only by the dashboard, and off again on every exit path and while suspended (see mouseModes).

// 1000: press and release; 1002: motion while a button is held (drag); 1006: the SGR encoding.
const modes = [1000, 1002, 1006];

/** The sequence that turns mouse reporting on (true) or off (false); off is safe to write when it was never on. */
export function mouseModes(enabled: boolean): string {
	return enabled ? modes.map(mode => `\u001B[?${mode}h`).join('') : modes.toReversed().map(mode => `\u001B[?${mode}l`).join('');
}

export type MouseButton = 'left' | 'middle' | 'right' | 'none';

export type MouseEvent = {
	type: 'press' | 'release' | 'drag' | 'move' | 'wheel';
	button: MouseButton;
	/** For wheel events. */
	direction?: 'up' | 'down' | 'left' | 'right';
	/** Zero-based cell coordinates, as Ink's layout counts them. */
	column: number;
	row: number;
	shift: boolean;
	alt: boolean;
	ctrl: boolean;
};

// With or without the ESC: Ink's useInput cuts the ESC off a sequence it does not know.
const sgrMouse = /\u001B?\[<(\d{1,4});(\d{1,5});(\d{1,5})([Mm])/g;

const buttons: MouseButton[] = ['left', 'middle', 'right', 'none'];
const wheelDirections = ['up', 'down', 'left', 'right'] as const;

function toEvent(code: number, column: number, row: number, final: string): MouseEvent | undefined {
	if (column < 1 || row < 1) return undefined;
	const modifiers = {shift: (code & 4) !== 0, alt: (code & 8) !== 0, ctrl: (code & 16) !== 0};
	const position = {column: column - 1, row: row - 1};
	const low = code & 3;
	if (code & 64) {
		// Buttons 4-7 are the wheel; 128 and up are extra buttons (back, forward), which mean nothing here.
		if (code & 128) return undefined;
		return {type: 'wheel', button: 'none', direction: wheelDirections[low], ...position, ...modifiers};
	}
	if (code & 128) return undefined;
	const button = buttons[low]!;
	if (code & 32) return {type: button === 'none' ? 'move' : 'drag', button, ...position, ...modifiers};
	return {type: final === 'm' ? 'release' : 'press', button, ...position, ...modifiers};
}

/** The mouse events in a chunk of input, and the input with them taken out (what is left is keys). */
export function readMouseEvents(input: string): {events: MouseEvent[]; rest: string} {
	if (!input.includes('[<')) return {events: [], rest: input};
	const events: MouseEvent[] = [];
	const rest = input.replaceAll(sgrMouse, (_, code: string, column: string, row: string, final: string) => {
		const event = toEvent(Number(code), Number(column), Number(row), final);
		if (event) events.push(event);
		return '';
	});
	return {events, rest};
}

/** How long apart two clicks on the same cell may be to count as a double-click (as most desktops). */
export const doubleClickMs = 400;

export type LastClick = {column: number; row: number; at: number; count: number};

/** Counts clicks: a press of the left button near the last one, soon after it, is a double-click. */
export function countClick(last: LastClick | undefined, event: MouseEvent, now: number): LastClick {
	const again = last !== undefined && now - last.at <= doubleClickMs && last.row === event.row && Math.abs(last.column - event.column) <= 1;
	return {column: event.column, row: event.row, at: now, count: again ? last.count + 1 : 1};
}
