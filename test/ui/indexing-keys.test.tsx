import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {renderApp} from '../helpers/render-app.js';
import {generateStory} from '../bench/generate-story.js';

afterEach(() => cleanup());

// A story large enough that its indexes (the lookup's items and mentions, then the search's) take many
// slices of idle time to build.
const story = generateStory(30_000, 3);

describe('the dashboard while it indexes a large story', () => {
	it('answers each key typed while the indexes are built, and shows the results once they are', async () => {
		const app = renderApp({columns: 100, rows: 30}, story);
		await app.waitFor(screen => /1 of \d/.test(screen), 'the first frame', 20_000);
		// Asking for a search makes the building go on without pausing for keys.
		await app.press('/', 'v');
		// Part of the way (progress is shown in tenths): some slices are done and more are to come.
		await app.waitFor(screen => /indexing [1-9]\d%/.test(screen), 'indexing part of the way', 20_000);
		// Each character is echoed while the footer still says that the story is being indexed: the key was
		// answered between two slices of the building, not after all of it.
		for (const [typed, character] of [['vl', 'l'], ['vla', 'a'], ['vlad', 'd']] as const) {
			await app.press(character);
			const screen = await app.waitFor(screen => screen.includes(`/ ${typed}▌`), `the echo of "${typed}"`, 20_000);
			expect(screen, `"${typed}" echoed after the indexes were built`).toMatch(/indexing \d+%/);
		}
		const results = await app.waitFor(screen => /\d+ results/.test(screen), 'the results of "vlad"', 60_000);
		expect(results).toContain('Vladivostok');
	}, 120_000);
});
