import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {readStoryFile} from '../../source/model/load.js';
import {buildStoryLookup} from '../../source/model/story-lookup.js';
import {detailContent} from '../../source/ui/detail-content.js';
import {layoutDocument, type ViewTarget} from '../../source/ui/document.js';
import {buildPaneRows, dateWithinYear, locateItem, outletCodes, quotesBySpeaker} from '../../source/ui/pane-rows.js';
import {lineWidth} from '../../source/text/text-fit.js';

const {story} = readStoryFile(fileURLToPath(new URL('../../data/kim-putin-2023.json', import.meta.url)));
const lookup = buildStoryLookup(story!);
const panes = buildPaneRows(lookup);
const text = (cells: Array<{text: string}>) => cells.map(cell => cell.text).join('');
const buildDetailDocument = (lookup: ReturnType<typeof buildStoryLookup>, id: string, width: number) => {
	const content = detailContent(lookup, id);
	return {...layoutDocument(content, width), links: content.links};
};
const ids = (targets: ViewTarget[]) => targets.map(target => (target.kind === 'item' ? target.id : target.article));

describe('pane rows of the bundled story', () => {
	it('groups facts by category, each with the outlets that report it', () => {
		const headings = panes.facts.rows.filter(row => row.heading).map(row => text(row.cells));
		expect(headings).toEqual(['Key facts (5)', 'To watch (6)', 'Unknowns (6)', 'Numbers (5)', 'Claims (11)', 'Context (9)']);
		const line = panes.facts.rows.find(row => row.itemId === 'fact-chosun-ilbo-dates')!;
		expect(text(line.cells)).toMatch(/^R +Chosun Ilbo reported/);
		expect(panes.facts.ids).toHaveLength(story!.facts.length);
	});

	it('lists the timeline in date order under year headings, with precision and status shown', () => {
		const lines = panes.timeline.rows.map(row => text(row.cells));
		expect(lines.filter(line => /^\d{4}$/.test(line))).toEqual(['2011', '2019', '2020', '2022', '2023']);
		expect(lines.some(line => /^12 or 13 Sep ○ Kim–Putin summit likely/.test(line))).toBe(true);
		expect(lines.some(line => /^Sep +○ Kim–Putin meeting "in the next few days"/.test(line))).toBe(true);
		expect(lines.some(line => /^25 Apr +◆ First Kim–Putin summit/.test(line))).toBe(true);
	});

	it('shows people, then organisations and places, with role and country', () => {
		const headings = panes.people.rows.filter(row => row.heading).map(row => text(row.cells));
		expect(headings).toEqual(['People (7)', 'Organisations (16)', 'Places (17)']);
		expect(text(panes.people.rows.find(row => row.itemId === 'dmitry-peskov')!.cells)).toBe('Dmitry Peskov · Kremlin spokesperson, Russia');
	});

	it('lists each article and the points where the outlets differ', () => {
		const lines = panes.sources.rows.map(row => text(row.cells));
		expect(lines).toContain('Forbes (F) · 12 Sep 2023');
		expect(lines).toContain('≠ When Kim and Putin meet');
	});

	it('locates every item in the one pane that lists it, quotes in the Quotes pane', () => {
		expect(locateItem(panes, 'quote-peskov-sensitive')).toEqual({pane: 'quotes', index: panes.quotes.ids.indexOf('quote-peskov-sensitive')});
		expect(locateItem(panes, 'event-summit-ytn')?.pane).toBe('timeline');
		expect(locateItem(panes, 'dmitry-peskov')?.pane).toBe('people');
	});

	it('groups quotes by speaker, most quoted first, the unclear ones last', () => {
		const groups = quotesBySpeaker(lookup);
		const counts = groups.map(group => group.quotes.length);
		const named = groups.filter(group => group.speaker);
		expect(named.map(group => group.quotes.length)).toEqual([...named.map(group => group.quotes.length)].sort((a, b) => b - a));
		expect(groups.findIndex(group => !group.speaker)).toBe(groups.some(group => !group.speaker) ? groups.length - 1 : -1);
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(story!.quotes.length);
		const headings = panes.quotes.rows.filter(row => row.heading).map(row => text(row.cells));
		expect(headings).toContain('Dmitry Peskov (4 quotes)');
		expect(panes.quotes.ids).toHaveLength(story!.quotes.length);
	});

	it('gives outlets distinct short codes', () => {
		expect([...outletCodes(['Forbes', 'Fox', 'Rappler', 'Forbes']).values()]).toEqual(['F', 'FO', 'R']);
	});

	it('states a year only once under its heading', () => {
		expect(dateWithinYear(story!.events.find(event => event.id === 'event-putin-pledge')!)).toBe('4–10 Sep');
		// A year-only event under its year's heading says so, instead of repeating the year.
		expect(dateWithinYear(story!.events.find(event => event.id === 'event-kim-takes-power')!)).toBe('that year');
	});
});

describe('detail documents', () => {
	it('shows a fact with every citation (outlet, paragraph, excerpt) and its entities as links', () => {
		const detail = buildDetailDocument(lookup, 'fact-kremlin-and-kcna', 100);
		const lines = detail.lines.map(line => text(line.cells));
		expect(lines.join('\n')).toContain('Rappler ¶9, 11 Sep 2023');
		// Excerpts wrap under their citation; read them back as one line.
		expect(lines.map(line => line.trim()).join(' ')).toContain('“North Korean state news agency KCNA said the two would “meet and have a talk,” without elaborating”');
		expect(ids(detail.links)).toEqual(['rappler-2023-09-11', 'rappler-2023-09-11', 'kremlin', 'kcna', 'kim-jong-un', 'vladimir-putin', 'difference-meeting-date', 'difference-who-confirmed']);
	});

	it("shows a person's quotes, facts and events", () => {
		const detail = buildDetailDocument(lookup, 'dmitry-peskov', 100);
		const joined = detail.lines.map(line => text(line.cells)).join('\n');
		expect(joined).toContain('Quotes (4)');
		expect(joined).toContain('› Dmitry Peskov: “full-blown visit”');
		expect(ids(detail.links)).toContain('quote-peskov-interests');
		expect(ids(detail.links)).toContain('forbes-2023-09-12');
	});

	it('puts the two sides of a difference side by side when wide, stacked when narrow', () => {
		const wide = buildDetailDocument(lookup, 'difference-meeting-date', 100).lines.map(line => text(line.cells));
		expect(wide.some(line => /^Forbes, 12 Sep 2023 +│ Rappler, 11 Sep 2023/.test(line))).toBe(true);
		const narrow = buildDetailDocument(lookup, 'difference-meeting-date', 50).lines.map(line => text(line.cells));
		expect(narrow.some(line => line.includes('│'))).toBe(false);
		expect(narrow).toContain('Rappler, 11 Sep 2023');
	});

	it('shows each side of a difference on one event in that outlet\'s own words', () => {
		const event = story!.events.find(item => item.cites.length >= 2 && new Set(item.cites.map(citation => citation.article)).size >= 2)!;
		const [first, second] = event.cites.filter((citation, index) => event.cites.findIndex(other => other.article === citation.article) === index);
		const sides = [first!, second!].map(citation => ({article: citation.article, refs: [event.id]}));
		const withDifference = {...story!, differences: [...story!.differences, {id: 'difference-own-words', topic: 'Two tellings', note: 'Invented for the test.', sides}]};
		const joined = buildDetailDocument(buildStoryLookup(withDifference), 'difference-own-words', 50)
			.lines.map(line => text(line.cells))
			.join(' ')
			.replace(/\s+/g, ' ');
		for (const citation of [first!, second!]) expect(joined).toContain(citation.excerpt.split(/\s+/).slice(0, 4).join(' '));
	});

	it('shows a quote with its speaker, context, citation and the speaker\'s other quotes', () => {
		const detail = buildDetailDocument(lookup, 'quote-peskov-sensitive', 80);
		const joined = detail.lines.map(line => text(line.cells)).join('\n');
		expect(joined).toContain('Speaker (1)');
		expect(joined).toContain('› Dmitry Peskov');
		expect(joined).toMatch(/Sources \(\d\)/);
		expect(joined).toContain('Also said by Dmitry Peskov (3)');
		expect(ids(detail.links).filter(id => id.startsWith('quote-'))).toHaveLength(3);
	});

	it('has the same links at every width: they come from the story, not the layout', () => {
		for (const id of ['kim-jong-un', 'fact-kremlin-and-kcna', 'difference-meeting-date']) {
			const spans = [30, 80, 140].map(width => layoutDocument(detailContent(lookup, id), width).linkSpans.length);
			expect(spans).toEqual(spans.map(() => detailContent(lookup, id).links.length));
		}
	});

	it('wraps text at words, never cutting one', () => {
		const cellsOf = (block: ReturnType<typeof detailContent>['blocks'][number]) =>
			block.type === 'text' ? [block.cells] : block.type === 'link' ? [block.label, block.body ?? []] : block.type === 'heading' ? [[{text: block.text}]] : [];
		const words = new Set(detailContent(lookup, 'kim-jong-un').blocks.flatMap(block => cellsOf(block).flatMap(cells => text(cells).split(/\s+/))));
		for (const line of buildDetailDocument(lookup, 'kim-jong-un', 37).lines) {
			for (const word of text(line.cells).replace(/^[›\s]+/, '').split(/\s+/).filter(Boolean)) expect(words.has(word) || word === '·', `"${word}"`).toBe(true);
		}
	});

	it('never draws a line wider than asked', () => {
		for (const id of ['kim-jong-un', 'fact-border-crossings', 'event-summit-ytn', 'quote-pacheco-pardo-further-proof', 'forbes-2023-09-12', 'difference-arms-deal']) {
			for (const width of [20, 37, 60, 118]) {
				for (const line of buildDetailDocument(lookup, id, width).lines) expect(lineWidth(line.cells), `${id} @${width}`).toBeLessThanOrEqual(width);
			}
		}
	});
});
