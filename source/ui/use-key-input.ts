import {useStdin} from 'ink';
import {useEffect, useLayoutEffect, useRef} from 'react';
import {flushPaste, idlePasteReader, pasteEndWaitMs, readPaste, type InputPart} from './bracketed-paste.js';
import type {KeyStroke} from './keys.js';
import {keyStrokesOf} from './key-input.js';
import {readMouseEvents, type MouseEvent} from './mouse.js';

/** Pasted text (bracketed paste) and mouse reports, which are no key strokes. */
export type OtherInput = {onPaste?: (text: string) => void; onMouse?: (events: MouseEvent[]) => void};

/**
 * Calls `onKeys` with the key strokes of each input event. Reads Ink's input events directly rather
 * than through useInput (see key-input.ts for why); Ink still owns raw mode and splitting the input.
 * Text between bracketed-paste markers goes to `onPaste` whole (a pasted Enter is no Enter), and SGR
 * mouse reports to `onMouse`; without those handlers they are dropped, never typed.
 */
export function useKeyInput(onKeys: (strokes: KeyStroke[]) => void, other: OtherInput = {}) {
	const {setRawMode, internal_eventEmitter: events} = useStdin();
	const handler = useRef(onKeys);
	handler.current = onKeys;
	const otherHandlers = useRef(other);
	otherHandlers.current = other;
	const paste = useRef(idlePasteReader);
	useEffect(() => {
		setRawMode(true);
		return () => setRawMode(false);
	}, [setRawMode]);
	// A layout effect: listening from the moment the screen is committed, so that a key pressed just
	// after a switch of screens (picker to story) reaches the new screen instead of nobody.
	useLayoutEffect(() => {
		let openPaste: ReturnType<typeof setTimeout> | undefined;
		const handle = (parts: InputPart[]) => {
			for (const part of parts) {
				if (part.kind === 'paste') {
					if (part.text !== '') otherHandlers.current.onPaste?.(part.text);
					continue;
				}
				if (part.text.startsWith('\u001B[<')) {
					const {events: mouse, rest} = readMouseEvents(part.text);
					if (mouse.length > 0) otherHandlers.current.onMouse?.(mouse);
					if (rest === '') continue;
				}
				const strokes = keyStrokesOf(part.text);
				if (strokes.length > 0) handler.current(strokes);
			}
		};
		const onInput = (event: string) => {
			const read = readPaste(paste.current, event);
			paste.current = read.reader;
			handle(read.parts);
			clearTimeout(openPaste);
			if (paste.current.pasting) {
				openPaste = setTimeout(() => {
					const flushed = flushPaste(paste.current);
					paste.current = flushed.reader;
					handle(flushed.parts);
				}, pasteEndWaitMs);
			}
		};
		events.on('input', onInput);
		return () => {
			clearTimeout(openPaste);
			events.removeListener('input', onInput);
		};
	}, [events]);
}
