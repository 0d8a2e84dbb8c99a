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
