import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseStoryText, readStoryFile} from '../../source/model/load.js';
import {buildStoryLookup} from '../../source/model/story-lookup.js';
import {renderJson, renderMarkdown, renderPlain} from '../../source/report/render-reports.js';

const {story} = readStoryFile(fileURLToPath(new URL('../../data/kim-putin-2023.json', import.meta.url)));
const lookup = buildStoryLookup(story!);

describe('reports', () => {
	it('--json output loads back into the same story', () => {
		const again = parseStoryText(renderJson(story!), 'round-trip.json');
		expect(again.problems).toEqual([]);
		expect(again.story).toEqual(story);
	});

	it('the plain report has every section, with sources on each line', () => {
		const plain = renderPlain(lookup);
		for (const heading of ['KEY FACTS', 'TIMELINE', 'PEOPLE AND BODIES', 'QUOTES', 'WHERE THE SOURCES DIFFER', 'SOURCES']) {
			expect(plain).toContain(`\n${heading}\n`);
		}
		expect(plain).toContain('Source: Forbes, 12 Sep 2023');
		expect(plain).toContain('Source: Rappler, 11 Sep 2023');
		expect(plain).toMatch(/Dmitry Peskov: “the next few days” {2}\[Forbes ¶10\]/);
		expect(plain).toMatch(/12 or 13 Sep 2023 · expected · Kim–Putin summit likely/);
	});

	it('underlines the title to its width in terminal cells, wide characters included', () => {
		const wide = buildStoryLookup({...story!, story: {...story!.story, title: '김정은 방문 🚂'}});
		const [title, underline] = renderPlain(wide).split('\n');
		expect(title).toBe('김정은 방문 🚂');
		// 김정은 6 cells, 방문 4, the locomotive 2, two spaces.
		expect(underline).toBe('='.repeat(14));
	});

	it('the timeline in the plain report is in date order', () => {
		const plain = renderPlain(lookup);
		const timeline = plain.slice(plain.indexOf('\nTIMELINE\n'), plain.indexOf('\nPEOPLE AND BODIES\n'));
		const years = [...timeline.matchAll(/^ {2}- .*?(\d{4}) ·/gm)].map(match => Number(match[1]));
		expect(years.length).toBe(story!.events.length);
		expect(years).toEqual(years.toSorted());
	});

	it('shows both sides of each difference between the outlets', () => {
		const plain = renderPlain(lookup);
		const differences = plain.slice(plain.indexOf('WHERE THE SOURCES DIFFER'));
		expect(differences).toContain('When Kim and Putin meet');
		expect(differences).toMatch(/Forbes says: .*\[Forbes ¶10\]/);
		expect(differences).toMatch(/Rappler says: 12 or 13 Sep 2023: .*\[Rappler ¶17\]/);
	});

	it('never repeats a heading as the first heading under it', () => {
		const headings = renderMarkdown(lookup).split('\n').filter(line => line.startsWith('#'));
		for (const [index, heading] of headings.entries()) {
			const next = headings[index + 1];
			if (next) expect(next.replace(/^#+ /, ''), `${heading} then ${next}`).not.toBe(heading.replace(/^#+ /, ''));
		}
		const plain = renderPlain(lookup).split('\n').filter(line => line.trim() !== '');
		const section = plain.indexOf('KEY FACTS');
		expect(plain[section + 1]!.trim().toLowerCase()).not.toBe('key facts');
	});

	it('Markdown has headings for each section and escapes markup in the data', () => {
		const markdown = renderMarkdown(lookup);
		expect(markdown.startsWith('# Kim Jong Un travels to Russia')).toBe(true);
		for (const heading of ['## Key facts', '## Timeline', '## Quotes', '## Where the sources differ']) expect(markdown).toContain(heading);
		const tricky = parseStoryText(renderJson({...story!, story: {...story!.story, title: 'A *bold* [link](x)'}}), 't.json').story!;
		expect(renderMarkdown(buildStoryLookup(tricky))).toContain('# A \\*bold\\* \\[link\\](x)');
	});
});
