// Bracketed paste: with mode 2004 on, the terminal wraps pasted text in ESC[200~ … ESC[201~, so a
// pasted "peskov\r" is text, not a search and an Enter. The markers themselves never become text.

export const enableBracketedPaste = '\u001B[?2004h';
export const disableBracketedPaste = '\u001B[?2004l';

const start = '[200~';
const end = '[201~';

/** A paste longer than this is cut: the search line holds a query, not a document. */
export const maxPasteLength = 4096;

export type PasteReader = {pasting: boolean; buffer: string};
export const idlePasteReader: PasteReader = {pasting: false, buffer: ''};

export type InputPart = {kind: 'keys'; text: string} | {kind: 'paste'; text: string};

/** Where the next marker begins in `text` (with its ESC, or without it as Ink's useInput passes it). */
function findMarker(text: string, marker: string, from: number): {at: number; length: number} | undefined {
	const escaped = text.indexOf(`\u001B${marker}`, from);
	if (escaped >= 0) return {at: escaped, length: marker.length + 1};
	// Ink's useInput cuts the ESC off an event it does not know, so the marker arrives as "[200~" alone.
	if (from === 0 && text === marker) return {at: 0, length: marker.length};
	return undefined;
}

/**
 * Reads one chunk of input (an input event as Ink splits stdin, or raw bytes), returning what is keys
 * and what was pasted. A paste may span several chunks; it is returned whole when its end arrives.
 */
export function readPaste(reader: PasteReader, chunk: string): {reader: PasteReader; parts: InputPart[]} {
	const parts: InputPart[] = [];
	let {pasting, buffer} = reader;
	let index = 0;
	while (index < chunk.length) {
		const marker = findMarker(chunk, pasting ? end : start, index);
		const upTo = marker ? marker.at : chunk.length;
		const text = chunk.slice(index, upTo);
		if (pasting) buffer = (buffer + text).slice(0, maxPasteLength);
		else if (text !== '') parts.push({kind: 'keys', text});
		if (!marker) break;
		if (pasting) {
			parts.push({kind: 'paste', text: buffer});
			buffer = '';
		}
		pasting = !pasting;
		index = marker.at + marker.length;
	}
	return {reader: {pasting, buffer}, parts};
}

/**
 * A terminal sends a paste's end marker right after its text; a start marker left open longer (a
 * stray ESC[200~, a terminal cut off mid-paste) must not swallow every key after it.
 */
export const pasteEndWaitMs = 150;

/** Ends an open paste as if its end marker had come: what was collected is the paste. */
export function flushPaste(reader: PasteReader): {reader: PasteReader; parts: InputPart[]} {
	if (!reader.pasting) return {reader, parts: []};
	return {reader: idlePasteReader, parts: reader.buffer === '' ? [] : [{kind: 'paste', text: reader.buffer}]};
}
