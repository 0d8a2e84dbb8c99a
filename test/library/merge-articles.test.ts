import {describe, expect, it} from 'vitest';
import {mergeArticlesIntoStory, stampAdded} from '../../source/library/merge-articles.js';
import {keyFactOrder, keyFactsFingerprint} from '../../source/library/story-summary.js';
import {parseStoryText} from '../../source/model/load.js';
import type {StoryFile} from '../../source/model/schema.js';
import {minimalStory} from '../fixtures/minimal-story.js';
import {ingestText} from '../helpers/ingest-text.js';

const coastNews = {
	outlet: 'Coast News',
	published: '2024-03-04',
	text: [
		'Ferry line to resume service',
		'Harbour chief Ines Moller said on Monday that the Vik ferry line would resume at its reopening on April 2, after the storm damaged the pier in Vik.',
		'“We are nearly ready,” Moller said.',
	].join('\n\n'),
};
const fjordDaily = {
	outlet: 'Fjord Daily',
	published: '2024-03-05',
	text: [
		'Vik ferry back next month',
		'Ines Moller, the harbour chief, said on Monday that the ferry line to Vik would restart at its reopening on April 9.',
		'The storm struck on Friday and damaged the pier in Vik.',
	].join('\n\n'),
};

const valid = (story: StoryFile) => parseStoryText(JSON.stringify(story), 'merged').problems;
const allIds = (story: StoryFile) => [...story.articles, ...story.people, ...story.organizations, ...story.places, ...story.facts, ...story.events, ...story.quotes, ...story.differences].map(item => item.id);

const generatedDescription = /^(?:Person|Organisation|Place) named in .+\. Found automatically; the citations show where\./u;

describe('adding articles to an existing story', () => {
	it('never folds two facts the story already has into one, though they say nearly the same', () => {
		const existing = ingestText(coastNews);
		const twin = {...existing.facts[0]!, id: 'fact-twin', text: `${existing.facts[0]!.text.replace(/\.$/u, '')} again.`};
		existing.facts.push(twin);
		const merged = mergeArticlesIntoStory(existing, ingestText(fjordDaily), '2024-03-06').story;
		const ids = new Set(merged.facts.map(fact => fact.id));
		expect(existing.facts.filter(fact => !ids.has(fact.id))).toEqual([]);
	});

	it('keeps the text of every existing item as it was, hand edits included; a confirmation only adds citations and the day', () => {
		const existing = ingestText(coastNews);
		// A person's hand edits: a better description and a role the importer did not find.
		existing.people[0]!.description = 'Checked by hand: head of the Vik harbour authority.';
		existing.people[0]!.role = 'Harbour chief';
		existing.story.title = 'The Vik ferry (edited title)';
		existing.story.summary = 'Edited by hand: the ferry to Vik resumes in April.';
		const merged = mergeArticlesIntoStory(existing, ingestText(fjordDaily), '2024-03-06').story;
		expect(merged.story.title).toBe('The Vik ferry (edited title)');
		expect(merged.story.summary).toBe('Edited by hand: the ferry to Vik resumes in April.');
		for (const collection of ['articles', 'people', 'organizations', 'places', 'facts', 'events', 'quotes', 'differences'] as const) {
			for (const item of existing[collection]) {
				const after = merged[collection].find(other => other.id === item.id) as Record<string, unknown> | undefined;
				expect(after).toBeDefined();
				const {cites: citesAfter, updated, ...rest} = after!;
				const {cites: citesBefore, ...before} = item as Record<string, unknown>;
				// A description the importer wrote is rebuilt from every article naming the entity (issue 23):
				// it still names the first outlet's mentions; any other text stays as it was.
				if (typeof before['description'] === 'string' && generatedDescription.test(before['description'])) {
					expect(rest['description']).toMatch(generatedDescription);
					expect(rest['description']).toContain(/named in (.+?)\. Found/u.exec(before['description'])![1]!);
					delete rest['description'];
					delete before['description'];
				}
				expect(rest).toEqual(before);
				if (citesBefore) expect(citesAfter).toEqual(expect.arrayContaining(citesBefore as unknown[]));
				if (updated !== undefined) {
					expect(updated).toBe('2024-03-06');
					expect((citesAfter as unknown[]).length).toBeGreaterThan((citesBefore as unknown[]).length);
				}
			}
		}
		expect(valid(merged)).toEqual([]);
	});

	it('ranks the key facts again while they are the ones it chose: a new lead at the centre of the story displaces the last', () => {
		const withSevenKeyFacts = (chosenByHand: boolean) => {
			const story = ingestText(coastNews);
			const article = story.articles[0]!.id;
			const filler = Array.from({length: 7}, (_, index) => ({id: `fact-filler-${index + 1}`, text: `Background item ${index + 1}.`, category: 'key-fact' as const, about: [], cites: [{article, paragraph: 2, excerpt: 'the Vik ferry line would resume'}]}));
			story.facts = [...story.facts.filter(fact => fact.category !== 'key-fact'), ...filler];
			story.story.generated = {...story.story.generated, keyFacts: keyFactsFingerprint(chosenByHand ? story.facts.slice(1) : story.facts)};
			return story;
		};
		const merged = mergeArticlesIntoStory(withSevenKeyFacts(false), ingestText(fjordDaily), '2024-03-06').story;
		const keyFacts = merged.facts.filter(fact => fact.category === 'key-fact');
		expect(keyFacts).toHaveLength(7);
		expect(keyFacts.some(fact => fact.text.startsWith('Ines Moller, the harbour chief'))).toBe(true);
		expect(merged.facts.find(fact => fact.id === 'fact-filler-7')!.category).toBe('context');
		// Every view lists key facts in the file's order: the ranking's, not the order the articles came in.
		expect(merged.facts.slice(0, 7).map(fact => fact.id)).toEqual(keyFactOrder(keyFacts, merged.events).map(fact => fact.id));
		expect(merged.story.generated!.keyFacts).toBe(keyFactsFingerprint(merged.facts));
		expect(valid(merged)).toEqual([]);
		// Key facts a person chose stay as they are; the new lead waits as context.
		const kept = mergeArticlesIntoStory(withSevenKeyFacts(true), ingestText(fjordDaily), '2024-03-06').story;
		expect(kept.facts.filter(fact => fact.category === 'key-fact').map(fact => fact.id)).toEqual(Array.from({length: 7}, (_, index) => `fact-filler-${index + 1}`));
	});

	it('rebuilds a summary that is still the generated one from the key facts, citing every outlet', () => {
		const existing = ingestText(coastNews);
		const merged = mergeArticlesIntoStory(existing, ingestText(fjordDaily), '2024-03-06').story;
		expect(merged.story.summary).toContain('Imported automatically from 2 articles');
		expect(merged.story.summary).not.toBe(existing.story.summary);
	});

	it('merges entities with the existing ones by name and alias, and marks only new items as added', () => {
		const existing = ingestText(coastNews);
		const merged = mergeArticlesIntoStory(existing, ingestText(fjordDaily), '2024-03-06').story;
		// Ines Moller is in both articles: one person, the existing one.
		expect(merged.people.filter(person => person.name === 'Ines Moller')).toHaveLength(1);
		expect(merged.people.find(person => person.name === 'Ines Moller')!.added).toBeUndefined();
		const newFacts = merged.facts.filter(fact => !existing.facts.some(old => old.id === fact.id));
		expect(newFacts.length).toBeGreaterThan(0);
		for (const fact of newFacts) expect(fact.added).toBe('2024-03-06');
		// New items that mention Moller point at the existing person.
		const mollerId = existing.people.find(person => person.name === 'Ines Moller')!.id;
		const newEvents = merged.events.filter(event => event.added === '2024-03-06');
		expect(newEvents.some(event => event.involves.includes(mollerId))).toBe(true);
	});

	it('matches an entity by an alias of the existing one, whatever the case and accents', () => {
		const existing = minimalStory() as unknown as StoryFile;
		const imported = minimalStory() as unknown as StoryFile;
		imported.articles = [{id: 'herald', outlet: 'The Herald', title: 'Mayor speaks', publishedBasis: 'Given.', sections: []}];
		imported.people = [{id: 'lima', name: 'LIMA', aliases: [], description: 'Found automatically.', cites: [], organizations: []}];
		imported.organizations = [];
		imported.places = [];
		imported.facts = [{id: 'fact-1', text: 'Lima spoke to the press.', category: 'key-fact', about: ['lima'], cites: [{article: 'herald', paragraph: 1, excerpt: 'Lima spoke'}]}];
		imported.events = [];
		imported.quotes = [];
		const merged = mergeArticlesIntoStory(existing, imported, '2024-03-07');
		expect(merged.story.people).toHaveLength(2);
		expect(merged.story.facts.at(-1)!.about).toEqual(['ana-lima']);
		expect(valid(merged.story)).toEqual([]);
	});

	it('gives new items ids that collide with no existing id', () => {
		const existing = ingestText(coastNews);
		// Both imports number their items from 1: fact-1, quote-1 … exist on both sides.
		const merged = mergeArticlesIntoStory(existing, ingestText(fjordDaily), '2024-03-06').story;
		const ids = allIds(merged);
		expect(new Set(ids).size).toBe(ids.length);
		expect(valid(merged)).toEqual([]);
	});

	it('skips an article already in the story by its address, with a note, and adds nothing from it', () => {
		const existing = stampAdded(ingestText(coastNews), '2024-03-04');
		existing.articles[0]!.url = 'https://coast.example/ferry';
		const again = ingestText(coastNews);
		again.articles[0]!.url = 'https://www.coast.example/ferry/?utm_source=feed';
		const outcome = mergeArticlesIntoStory(existing, again, '2024-03-06');
		expect(outcome.notes.map(note => note.message)).toEqual([expect.stringMatching(/"Ferry line to resume service" \(Coast News\) is already in the story .*the same address.*skipped/)]);
		expect(outcome.story).toEqual(existing);
		expect(Object.values(outcome.added).every(count => count === 0)).toBe(true);
	});

	it('skips an article already in the story by its kept text, however it is laid out', () => {
		const existing = ingestText(coastNews);
		existing.articles[0]!.paragraphs = coastNews.text.split('\n\n');
		const again = ingestText(fjordDaily, coastNews);
		again.articles[1]!.paragraphs = coastNews.text.split('\n\n').map(paragraph => `  ${paragraph.replace(/ /g, '  ')}`);
		again.articles[0]!.paragraphs = fjordDaily.text.split('\n\n');
		const outcome = mergeArticlesIntoStory(existing, again, '2024-03-06');
		expect(outcome.notes.filter(note => note.kind === 'skipped-article')).toHaveLength(1);
		expect(outcome.added.articles).toBe(1);
		expect(outcome.story.articles.map(article => article.outlet)).toEqual(['Coast News', 'Fjord Daily']);
		// Nothing new cites the skipped copy.
		const newItems = [...outcome.story.facts, ...outcome.story.events, ...outcome.story.quotes].filter(item => item.added);
		for (const item of newItems) for (const citation of item.cites) expect(citation.article).toBe(outcome.story.articles[1]!.id);
		expect(valid(outcome.story)).toEqual([]);
	});

	it('finds a new difference between the new article and an existing one: two dates for the reopening', () => {
		const existing = ingestText(coastNews);
		expect(existing.differences).toEqual([]);
		const outcome = mergeArticlesIntoStory(existing, ingestText(fjordDaily), '2024-03-06');
		expect(outcome.added.differences).toBe(1);
		const [difference] = outcome.story.differences;
		expect(difference!.note).toMatch(/Coast News gives 2024-04-02; Fjord Daily gives 2024-04-09/);
		const [old, fresh] = difference!.sides;
		expect(existing.events.some(event => event.id === old!.refs[0])).toBe(true);
		expect(outcome.story.events.find(event => event.id === fresh!.refs[0])!.added).toBe('2024-03-06');
		expect(valid(outcome.story)).toEqual([]);
	});

	it('finds no difference when the new article dates things the same way', () => {
		const existing = ingestText(coastNews);
		const agreeing = {...fjordDaily, text: fjordDaily.text.replace('April 9', 'April 2')};
		expect(mergeArticlesIntoStory(existing, ingestText(agreeing), '2024-03-06').added.differences).toBe(0);
	});

	it('takes the lead of an article already in the story, told without a date, as a confirmation of the dated event a new article brings', () => {
		const undated = ingestText({outlet: 'Coast News', published: '2024-03-05', text: ['Harbour talks in Vik', 'Harbour chief Ines Moller and mayor Ana Lima met in Vik to settle the ferry strike, the harbour office reported, after weeks of cancelled sailings along the coast.'].join('\n\n')});
		const dated = ingestText({outlet: 'Fjord Daily', published: '2024-03-06', text: ['Vik strike talks', 'Harbour chief Ines Moller met mayor Ana Lima in Vik on Tuesday to settle the ferry strike, which has cancelled sailings for weeks.'].join('\n\n')});
		const merged = mergeArticlesIntoStory(undated, dated, '2024-03-06').story;
		const outletOf = new Map(merged.articles.map(article => [article.id, article.outlet]));
		const meeting = merged.events.find(event => event.date === '2024-03-05');
		expect(meeting).toBeDefined();
		expect(new Set(meeting!.cites.map(citation => outletOf.get(citation.article)))).toEqual(new Set(['Coast News', 'Fjord Daily']));
	});

	it('does not repeat a fact the story already states in the same words', () => {
		const existing = ingestText(coastNews);
		const sameWire = {...coastNews, outlet: 'Wire copy', text: `${coastNews.text}\n\nThe pier will be inspected again in May.`};
		const outcome = mergeArticlesIntoStory(existing, ingestText(sameWire), '2024-03-06');
		const texts = outcome.story.facts.map(fact => fact.text);
		expect(new Set(texts).size).toBe(texts.length);
		expect(outcome.notes.some(note => note.kind === 'skipped-item')).toBe(true);
	});
});

describe('stamping a saved story', () => {
	it('marks every item with the day it was added, keeping a day already there', () => {
		const story = ingestText(coastNews);
		story.facts[0]!.added = '2024-01-01';
		const stamped = stampAdded(story, '2024-03-04');
		expect(stamped.facts[0]!.added).toBe('2024-01-01');
		expect([...stamped.people, ...stamped.events, ...stamped.quotes, ...stamped.articles].every(item => item.added === '2024-03-04')).toBe(true);
	});
});

describe('a merged story edited by hand into an inconsistent state', () => {
	it('is reported by the validator, not repaired', () => {
		const story = mergeArticlesIntoStory(ingestText(coastNews), ingestText(fjordDaily), '2024-03-06').story;
		const edited = structuredClone(story);
		edited.facts[0]!.added = '2024-03-06';
		edited.facts[0]!.updated = '2024-03-01';
		edited.events[0]!.cites[0]!.paragraph = 40;
		edited.quotes[0]!.cites[0]!.excerpt = 'words the article never printed';
		const problems = valid(edited).map(problem => `${problem.where}: ${problem.message}`);
		expect(problems).toContain('$.facts[0].updated: updated (2024-03-01) before it was added (2024-03-06)');
		expect(problems.some(problem => /^\$\.events\[0\]\.cites\[0\]\.paragraph: paragraph 40 of "[^"]+", which has \d+$/.test(problem))).toBe(true);
		expect(problems.some(problem => /^\$\.quotes\[0\]\.cites\[0\]\.excerpt: not the words of paragraph \d+ of "[^"]+"/.test(problem))).toBe(true);
		// Nothing else of the merged story is reported: its own excerpts are the articles' words.
		expect(problems).toHaveLength(3);
	});
});
