import {useStdin} from 'ink';
import {useEffect, useLayoutEffect, useRef} from 'react';
import type {KeyStroke} from './keys.js';
import {keyStrokesOf} from './key-input.js';

/**
 * Calls `onKeys` with the key strokes of each input event. Reads Ink's input events directly rather
 * than through useInput (see key-input.ts for why); Ink still owns raw mode and splitting the input.
 */
export function useKeyInput(onKeys: (strokes: KeyStroke[]) => void) {
	const {setRawMode, internal_eventEmitter: events} = useStdin();
	const handler = useRef(onKeys);
	handler.current = onKeys;
	useEffect(() => {
		setRawMode(true);
		return () => setRawMode(false);
	}, [setRawMode]);
	// A layout effect: listening from the moment the screen is committed, so that a key pressed just
	// after a switch of screens (picker to story) reaches the new screen instead of nobody.
	useLayoutEffect(() => {
		const onInput = (event: string) => {
			const strokes = keyStrokesOf(event);
			if (strokes.length > 0) handler.current(strokes);
		};
		events.on('input', onInput);
		return () => {
			events.removeListener('input', onInput);
		};
	}, [events]);
}
