import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {rootOrderedLocale} from '../../source/text/locale-order.js';
import {renderApp} from '../helpers/render-app.js';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

describe("the dashboard's first frame", () => {
	// The first localeCompare of a process loads ICU's collation data (about 30 ms of CPU): the quotes
	// pane's speakers and the map's steps, both made before the first frame, are ordered without it.
	it.runIf(rootOrderedLocale(process.env))('orders what it draws without localeCompare', async () => {
		const compare = vi.spyOn(String.prototype, 'localeCompare');
		const app = renderApp({columns: 120, rows: 40});
		await app.waitFor(screen => screen.includes('1 of 42'));
		expect(compare).not.toHaveBeenCalled();
	});
});
