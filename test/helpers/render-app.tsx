import {stripVTControlCharacters} from 'node:util';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {render} from 'ink-testing-library';
import React from 'react';
import stringWidth from 'string-width';
import {parseStoryText} from '../../source/model/load.js';
import type {StoryFile} from '../../source/model/schema.js';
import {App} from '../../source/ui/app.js';

export const bundledStory: StoryFile = parseStoryText(
	readFileSync(fileURLToPath(new URL('../../data/kim-putin-2023.json', import.meta.url)), 'utf8'),
	'kim-putin-2023.json',
).story!;

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	pageDown: '\u001B[6~',
	ctrlN: '\u000E',
	ctrlP: '\u0010',
	ctrlC: '\u0003',
};

/** Renders the dashboard with ink-testing-library at a given size (Ink's own width there is 100). */
export function renderApp(size = {columns: 100, rows: 30}, story: StoryFile = bundledStory) {
	return mountElement(<App story={story} size={size} />);
}

/** Any element in Ink: its frame as text, a wait for a screen, and keys typed one write at a time. */
export function mountElement(element: React.ReactElement) {
	const instance = render(element);
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	/** Waits until the screen satisfies a condition; generous limit, no fixed sleeps. */
	const waitFor = async (condition: (screen: string) => boolean, what = 'the expected screen', timeout = 4000) => {
		const started = Date.now();
		while (!condition(frame())) {
			if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}; screen was:\n${frame()}`);
			await new Promise(resolve => setTimeout(resolve, 2));
		}
		return frame();
	};
	/** Types keys one write at a time, letting each land before the next (Ink holds a lone Esc briefly). */
	const press = async (...sequence: string[]) => {
		for (const input of sequence) {
			const before = frame();
			instance.stdin.write(input);
			const started = Date.now();
			while (frame() === before && Date.now() - started < (input === keys.escape ? 300 : 100)) {
				await new Promise(resolve => setTimeout(resolve, 5));
			}
		}
	};
	return {...instance, frame, waitFor, press};
}

// Frames after one key repeat most lines of the frame before: each line is measured once.
const lineWidths = new Map<string, number>();

/** The width in cells of the widest line, by string-width. */
export function widestLine(screen: string): number {
	if (lineWidths.size > 100_000) lineWidths.clear();
	return Math.max(
		0,
		...screen.split('\n').map(line => {
			let width = lineWidths.get(line);
			if (width === undefined) lineWidths.set(line, (width = stringWidth(line)));
			return width;
		}),
	);
}
