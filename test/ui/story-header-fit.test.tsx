import {describe, expect, it} from 'vitest';
import type {StoryFile} from '../../source/model/schema.js';
import {headerSourceLines} from '../../source/ui/chrome-fit.js';
import {bundledStory, renderApp} from '../helpers/render-app.js';

// The header with many outlets, as the issue found it cut mid-name ("· TH The") with its counts gone:
// every outlet shown is whole, those that do not fit are "+ N more", and the counts stay.

const outlets = ['Forbes', 'Rappler', 'Reuters', 'The Guardian', 'CNN', 'Ukrainska Pravda', 'The Hindu', 'Associated Press', 'TASS'];

/** The bundled story told by nine outlets: seven more articles beside its own two. */
function nineOutletStory(): StoryFile {
	const extra = outlets.slice(2).map((outlet, index) => ({id: `extra-${index}`, outlet, title: `Report ${index + 1}`, published: `2023-09-${String(13 + index).padStart(2, '0')}`, publishedBasis: 'Dated in the masthead.', sections: []}));
	return {...bundledStory, articles: [...bundledStory.articles, ...extra]};
}

const text = (cells: Array<{text: string}>) => cells.map(cell => cell.text).join('');
const counts = ['7 people', '16 organisations', '17 places', '42 facts', '17 events', '12 quotes'];
const entry = (code: string, outlet: string, date: string) => [{text: `${code} `}, {text: `${outlet} ${date}`}];

describe('the story header with many outlets', () => {
	it('shows whole outlets, then "+ N more", and keeps every count, at any width', () => {
		const sources = outlets.map((outlet, index) => entry(outlet[0]!, outlet, `${11 + index} Sep 2023`));
		for (const width of [60, 80, 100, 120, 160]) {
			const lines = headerSourceLines(sources, counts, width).map(text);
			expect(lines.length, `${width}`).toBeLessThanOrEqual(2);
			for (const line of lines) expect(line.length, `${width}: ${line}`).toBeLessThanOrEqual(width);
			const joined = lines.join(' · ');
			expect(joined, `${width}`).toMatch(/12 quotes$/);
			// Each outlet named is there whole with its date; the others are counted.
			const shown = outlets.filter(outlet => joined.includes(`${outlet} `));
			for (const outlet of shown) expect(joined).toMatch(new RegExp(`${outlet} \\d+ Sep 2023`));
			const more = /\+ (\d+) more/.exec(joined);
			expect(shown.length + Number(more?.[1] ?? 0), `${width}: ${joined}`).toBe(outlets.length);
			if (width <= 120) expect(more, `${width}`).not.toBeNull();
		}
	});

	it('at 120x40 and 80x24 the dashboard header names outlets whole, says how many more, and keeps its counts', async () => {
		for (const size of [
			{columns: 120, rows: 40},
			{columns: 80, rows: 24},
		]) {
			const app = renderApp(size, nineOutletStory());
			const screen = await app.waitFor(screen => screen.includes('Key facts'), 'the dashboard');
			const header = screen.split('\n').slice(1, 3).join('\n');
			expect(header, `${size.columns}`).toMatch(/\+ \d+ more/);
			expect(header, `${size.columns}`).toMatch(/\d+ people/);
			expect(header, `${size.columns}`).toMatch(/\d+ quotes/);
			// The last outlet named is followed by its date: never "· TH The" at the edge.
			expect(header, `${size.columns}`).not.toMatch(/· [A-Z]{1,2} [A-Za-z ]+$/m);
			app.unmount();
		}
	});
});
