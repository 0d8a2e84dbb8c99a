import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {readStoryFile} from '../source/model/load.js';
import {splitParagraphs} from '../source/model/paragraphs.js';
import type {Citation, StoryFile} from '../source/model/schema.js';

const storyFile = fileURLToPath(new URL('../data/kim-putin-2023.json', import.meta.url));
const seedsFolder = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const seedFiles: Record<string, string> = {
	'forbes-2023-09-12': '000_7bca95d0c8d8486f.txt',
	'rappler-2023-09-11': '002_f29fcf4bd3a82888.txt',
};

const loaded = readStoryFile(storyFile);
const story = loaded.story as StoryFile;

function allCitations(): Array<{owner: string; citation: Citation}> {
	const owners = [...story.people, ...story.organizations, ...story.places, ...story.facts, ...story.events, ...story.quotes];
	return owners.flatMap(owner => owner.cites.map(citation => ({owner: owner.id, citation})));
}

// Sections whose heading introduces a list of links to other articles ("Further Reading" in Forbes):
// their paragraphs are other articles' headlines, not the article's own reporting.
const readingListTitle = /^(further reading|read more|related|see also|must read)\b/i;
// The Forbes "Big Number" section: a figure and what it counts.
const bigNumberTitle = /^big number\b/i;

/** Paragraph numbers (of each article) inside sections whose title matches, the heading itself left out. */
function paragraphsUnder(title: RegExp): Set<string> {
	const found = new Set<string>();
	for (const article of story.articles) {
		for (const section of article.sections.filter(candidate => title.test(candidate.title))) {
			for (let paragraph = section.from + 1; paragraph <= section.to; paragraph++) found.add(`${article.id} ¶${paragraph}`);
		}
	}
	return found;
}

const where = (citation: Citation) => `${citation.article} ¶${citation.paragraph}`;

describe('the bundled story', () => {
	it('validates without problems', () => {
		expect(loaded.problems).toEqual([]);
		expect(story.story.id).toBe('kim-putin-2023');
	});

	it('lists its timeline in date order', () => {
		const dates = story.events.map(event => event.date);
		expect(dates).toEqual(dates.toSorted());
	});

	it('gives every fact, event and quote at least one citation, and every entity one too', () => {
		for (const item of [...story.facts, ...story.events, ...story.quotes, ...story.people, ...story.organizations, ...story.places]) {
			expect(item.cites.length, item.id).toBeGreaterThan(0);
		}
	});

	it('sets every difference between at least two different articles, each side carried by items citing its article', () => {
		const citesOf = new Map([...story.facts, ...story.events].map(item => [item.id, item.cites]));
		for (const difference of story.differences) {
			const articles = difference.sides.map(side => side.article);
			expect(new Set(articles).size, difference.id).toBe(articles.length);
			expect(articles.length, difference.id).toBeGreaterThanOrEqual(2);
			for (const side of difference.sides) {
				expect(side.refs.length, `${difference.id} / ${side.article}`).toBeGreaterThan(0);
				const uncited = side.refs.filter(ref => !citesOf.get(ref)?.some(citation => citation.article === side.article));
				expect(uncited, `${difference.id} / ${side.article}: refs that do not cite this article`).toEqual([]);
			}
		}
	});

	it('gives no speaker to a quote taken from the headline of another article, and says where it comes from', () => {
		const headlines = paragraphsUnder(readingListTitle);
		const fromHeadlines = story.quotes.filter(quote => quote.cites.some(citation => headlines.has(where(citation))));
		for (const quote of fromHeadlines) {
			expect(quote.speaker, quote.id).toBeUndefined();
			expect(quote.context ?? '', quote.id).toMatch(/headline/i);
		}
	});

	it('files as numbers the facts cited only from a Big Number section', () => {
		const bigNumber = paragraphsUnder(bigNumberTitle);
		expect(bigNumber.size, 'paragraphs in the Forbes Big Number section').toBeGreaterThan(0);
		const onlyThere = story.facts.filter(fact => fact.cites.every(citation => bigNumber.has(where(citation))));
		expect(onlyThere.filter(fact => fact.category !== 'number').map(fact => `${fact.id}: ${fact.category}`)).toEqual([]);
	});

	it('cites both articles', () => {
		const cited = new Set(allCitations().map(entry => entry.citation.article));
		expect([...cited].toSorted()).toEqual(Object.keys(seedFiles).toSorted());
	});
});

const seedsPresent = existsSync(seedsFolder);
if (!seedsPresent) console.warn(`[data-integrity] ${seedsFolder} is absent: citation excerpts are not checked against the article texts`);

describe.skipIf(!seedsPresent)('citations against the article texts in ../shared/seeds', () => {
	let paragraphs: Record<string, string[]> = {};
	// Read here, not in the describe body: a skipped describe still runs its body while collecting.
	beforeAll(() => {
		paragraphs = Object.fromEntries(
			Object.entries(seedFiles).map(([article, file]) => [article, splitParagraphs(readFileSync(seedsFolder + file, 'utf8'))]),
		);
	});

	it('counts paragraphs from the headline (Forbes) and the section label (Rappler)', () => {
		expect(paragraphs['forbes-2023-09-12']![0]).toBe('North Korea’s Kim Jong Un Arrives In Russia For Putin Summit');
		expect(paragraphs['rappler-2023-09-11']![0]).toBe('North Korea');
	});

	it('starts every section at the paragraph holding its heading', () => {
		// A crosshead may share its block with the line before it (Rappler ¶20): it is the block's last line.
		for (const article of story.articles) {
			for (const section of article.sections) {
				expect(paragraphs[article.id]![section.from - 1]?.split('\n').at(-1), article.id).toBe(section.title);
			}
		}
	});

	it('marks as reading lists exactly the paragraphs that are headlines of linked articles', () => {
		// A linked article's headline is a single line ending with its outlet in brackets: "… (Reuters)".
		const linkedHeadline = /^[^\n]+ \([A-Z][\w .&-]*\)$/;
		const headlines = Object.entries(paragraphs).flatMap(([article, texts]) =>
			texts.flatMap((text, index) => (linkedHeadline.test(text) ? [`${article} ¶${index + 1}`] : [])),
		);
		expect(headlines.length).toBeGreaterThan(0);
		expect(headlines.toSorted()).toEqual([...paragraphsUnder(readingListTitle)].toSorted());
	});

	it('finds every excerpt verbatim in the paragraph it names', () => {
		const misses = allCitations().filter(({citation}) => {
			const paragraph = paragraphs[citation.article]?.[citation.paragraph - 1] ?? '';
			return !paragraph.includes(citation.excerpt);
		});
		expect(misses.map(({owner, citation}) => `${owner} → ${citation.article} ¶${citation.paragraph}: ${citation.excerpt}`)).toEqual([]);
	});

	it('quotes exactly the words inside quotation marks in the cited paragraph', () => {
		for (const quote of story.quotes) {
			const paragraph = paragraphs[quote.cites[0]!.article]![quote.cites[0]!.paragraph - 1]!;
			// Double quotes pair simply; a single closing mark is told from an apostrophe by what follows it.
			const quoted = [...paragraph.matchAll(/“([^”]+)”|"([^"]+)"|‘(.+?)’(?=[\s.,;:)]|$)/g)].map(match => match[1] ?? match[2] ?? match[3]);
			expect(quoted, quote.id).toContain(quote.text);
		}
	});

	it('names every person the articles name', () => {
		const names = story.people.flatMap(person => [person.name, ...person.aliases]);
		for (const name of ['Kim Jong Un', 'Kim Jong-un', 'Vladimir Putin', 'Dmitry Peskov', 'Moon Jae-in', 'Donald Trump', 'Ramon Pacheco Pardo', 'Alexander Zemlianichenko']) {
			expect(names).toContain(name);
		}
	});
});
