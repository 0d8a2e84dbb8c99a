import type {KeyStroke} from './keys.js';

// Terminal input to key strokes. Ink splits what it reads into events: each escape sequence on its
// own, a run of plain characters (typing, key repeat, a paste) as one. Ink's own useInput strips the
// ESC of sequences it does not know and hands the rest over as if typed ("[15~" for F5), and throws on
// some modified keys (ESC[1;5P); so the dashboard reads Ink's events itself. A sequence that names no
// key the table knows becomes a stroke without text, which no context types.

const csiFinalNames: Record<string, string> = {A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', Z: 'tab', P: 'f1', Q: 'f2', R: 'f3', S: 'f4'};
const tildeNames: Record<string, string> = {'1': 'home', '2': 'insert', '3': 'delete', '4': 'end', '5': 'pageup', '6': 'pagedown', '7': 'home', '8': 'end', '15': 'f5', '17': 'f6', '18': 'f7', '19': 'f8', '20': 'f9', '21': 'f10', '23': 'f11', '24': 'f12'};

/** xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4). */
function modifiers(parameter: string | undefined): Omit<KeyStroke, 'name'> {
	const value = Number(parameter ?? '1') - 1;
	if (!Number.isInteger(value) || value <= 0) return {};
	return {...(value & 1 ? {shift: true} : {}), ...(value & 2 ? {meta: true} : {}), ...(value & 4 ? {ctrl: true} : {})};
}

const unknownKey: KeyStroke = {name: 'unknown'};

/** One escape sequence (starting with ESC) as a key stroke. */
function escapeSequence(sequence: string): KeyStroke {
	if (sequence === '\u001B') return {name: 'escape'};
	// ESC ESC …: Alt with a special key, or Esc pressed twice.
	if (sequence.startsWith('\u001B\u001B')) {
		const inner = escapeSequence(sequence.slice(1));
		return inner.name === 'escape' ? inner : {...inner, meta: true};
	}
	const csi = /^\u001B\[\[?([\d;:<=>?]*)([\u0020-\u002F]*)([\u0040-\u007E])$/.exec(sequence);
	if (csi) {
		const [, parameters = '', intermediates, final = ''] = csi;
		if (intermediates || /[<=>?:]/.test(parameters)) return unknownKey;
		const parts = parameters.split(';');
		if (final === '~') {
			const name = tildeNames[parts[0] ?? ''];
			return name ? {name, ...modifiers(parts[1])} : unknownKey;
		}
		const name = csiFinalNames[final];
		if (!name || (parts.length > 1 && parts[0] !== '1') || (parts.length === 1 && parts[0] !== '')) return unknownKey;
		if (name === 'tab') return {name: 'tab', shift: true, ...modifiers(parts[1])};
		return {name, ...modifiers(parts[1])};
	}
	const ss3 = /^\u001BO([\u0040-\u007E])$/.exec(sequence);
	if (ss3) {
		const name = csiFinalNames[ss3[1]!];
		return name && name !== 'tab' ? {name} : unknownKey;
	}
	// ESC and one character: Alt with that key.
	const characters = Array.from(sequence.slice(1));
	if (characters.length === 1) {
		const [character] = characters as [string];
		if (character === '\r') return {name: 'return', meta: true};
		if (character === '\u007F') return {name: 'backspace', meta: true};
		return {name: character, meta: true};
	}
	return unknownKey;
}

/** One character of plain input as a key stroke. */
function plainCharacter(character: string): KeyStroke {
	if (character === '\r' || character === '\n') return {name: 'return'};
	if (character === '\t') return {name: 'tab'};
	if (character === '\u007F' || character === '\b') return {name: 'backspace'};
	const code = character.codePointAt(0)!;
	if (code === 0) return {name: 'space', ctrl: true};
	if (code < 0x20) return {name: String.fromCodePoint(code + 0x60), ctrl: true};
	// C1 controls (a lone CSI byte among them) are no text.
	if (code >= 0x80 && code <= 0x9f) return unknownKey;
	return {name: character, ...(/^\p{Lu}$/u.test(character) ? {shift: true} : {}), text: character};
}

/** The key strokes of one input event as Ink's input parser delivers it. */
export function keyStrokesOf(event: string): KeyStroke[] {
	if (event === '') return [];
	if (event.startsWith('\u001B')) return [escapeSequence(event)];
	// Plain text read at once (fast typing, key repeat, a paste): one stroke a character, none lost.
	return Array.from(event, plainCharacter);
}
