import {describe, expect, it} from 'vitest';
import {parseStoryText} from '../../source/model/load.js';
import {ingestText} from '../helpers/ingest-text.js';

const first = {
	outlet: 'Coast News',
	text: [
		'Ferry line to resume service',
		'Harbour chief Ines Moller said on Monday that the Vik ferry line would resume at its reopening on April 2, after the storm damaged the pier in Vik.',
		'“We are nearly ready,” Moller said.',
	].join('\n\n'),
};
const second = {
	outlet: 'Fjord Daily',
	text: [
		'Vik ferry back next month',
		'Ines Moller, the harbour chief, said on Monday that the ferry line to Vik would restart at its reopening on April 9.',
		'The storm struck on Friday and damaged the pier in Vik.',
	].join('\n\n'),
};

describe('building a story from articles', () => {
	it('writes a story the loader accepts, every citation a verbatim excerpt of at most 30 words', () => {
		const story = ingestText(first, second);
		expect(parseStoryText(JSON.stringify(story), 'imported').problems).toEqual([]);
		const paragraphs = new Map([
			[story.articles[0]!.id, first.text.split('\n\n')],
			[story.articles[1]!.id, second.text.split('\n\n')],
		]);
		const items = [...story.people, ...story.places, ...story.organizations, ...story.facts, ...story.events, ...story.quotes];
		for (const citation of items.flatMap(item => item.cites)) {
			expect(paragraphs.get(citation.article)![citation.paragraph - 1]).toContain(citation.excerpt);
			expect(citation.excerpt.split(/\s+/).length).toBeLessThanOrEqual(30);
		}
	});

	it('merges one entity across articles and one statement made on the same day', () => {
		const story = ingestText(first, second);
		expect(story.people.map(person => person.name)).toEqual(['Ines Moller']);
		const monday = story.events.filter(event => event.date === '2024-03-04');
		expect(monday).toHaveLength(1);
		expect(new Set(monday[0]!.cites.map(citation => citation.article)).size).toBe(2);
	});

	it('merges one happening told by two outlets around different names: the same verb on the same day', () => {
		const story = ingestText(
			{text: 'Barge sinks\n\nA grain barge sank in fog off the Skarn islands on Friday, the coastguard said.', published: '2024-03-09', outlet: 'Coast Post'},
			{text: 'Barge lost\n\nThe barge Marit Fjell sank near Hovden harbour on Friday with six crew aboard.', published: '2024-03-09', outlet: 'Fjord Daily'},
		);
		const friday = story.events.filter(event => event.date === '2024-03-08');
		expect(friday).toHaveLength(1);
		expect(new Set(friday[0]!.cites.map(citation => citation.article)).size).toBe(2);
	});

	it('dates an undated past sentence of the lead by the day the sentence before it told, one sentence only', () => {
		const story = ingestText({
			text: [
				'Mayor quits',
				'Mayor Ana Lima of Vik had a hard day on Monday.',
				'First the council of Vik voted to cut the ferry budget in half.',
				'The budget had grown for years.',
			].join('\n\n'),
		});
		const monday = story.events.filter(event => event.date === '2024-03-04');
		expect(monday.flatMap(event => event.cites.map(citation => citation.paragraph)).toSorted()).toEqual([2, 3]);
		expect(story.events.some(event => event.cites.some(citation => citation.paragraph === 4))).toBe(false);
	});

	it('keeps both dates of the same thing as claims and lists the difference', () => {
		const story = ingestText(first, second);
		expect(story.differences).toHaveLength(1);
		const [difference] = story.differences;
		expect(difference!.topic).toBe('Date of the reopening');
		const dated = difference!.sides.map(side => story.events.find(event => event.id === side.refs[0])!.date);
		expect(dated.toSorted()).toEqual(['2024-04-02', '2024-04-09']);
		expect(story.facts.filter(fact => fact.category === 'claim')).toHaveLength(2);
	});

	it('names each article by its outlet and date, and notes that it was extracted automatically', () => {
		const story = ingestText(first);
		expect(story.articles[0]).toMatchObject({id: expect.stringMatching(/^coast-news-2024-03-06-[0-9a-z]{5}$/), outlet: 'Coast News', title: 'Ferry line to resume service', published: '2024-03-06'});
		expect(story.articles[0]!.note).toMatch(/extracted automatically/i);
	});
});

describe('ids of imported stories', () => {
	it('never collide between stories imported separately, so both open together', async () => {
		const {readStories} = await import('../../source/model/load-stories.js');
		const {mkdtempSync, writeFileSync} = await import('node:fs');
		const {tmpdir} = await import('node:os');
		const path = await import('node:path');
		const folder = mkdtempSync(path.join(tmpdir(), 'summit-ids-'));
		const files = [first, second].map((article, index) => {
			const file = path.join(folder, `story-${index + 1}.json`);
			writeFileSync(file, JSON.stringify(ingestText(article)));
			return file;
		});
		const loaded = await readStories(files);
		expect(loaded.problems).toEqual([]);
		expect(loaded.story!.people.filter(person => person.name === 'Ines Moller')).toHaveLength(2);
	});

	it('are the same when the same articles are imported again', () => {
		const ids = (story: ReturnType<typeof ingestText>) => [...story.people, ...story.facts, ...story.events, ...story.quotes].map(item => item.id);
		expect(ids(ingestText(first, second))).toEqual(ids(ingestText(first, second)));
	});
});

describe('the same sentence from two outlets', () => {
	it('is one quote cited twice, not two quotes', () => {
		const body = 'Port reopens\n\nThe port of Tema reopened on Monday, harbour chief Ines Moller said.\n\n“We are ready to work,” Moller said.';
		const story = ingestText({text: body, outlet: 'Wire A'}, {text: body.replace('Port reopens', 'Tema port back'), outlet: 'Paper B'});
		expect(story.quotes).toHaveLength(1);
		expect(story.quotes[0]!.cites.map(citation => citation.article)).toEqual(story.articles.map(article => article.id));
	});
});
