import {describe, expect, it} from 'vitest';
import {placeArticle, placeThreshold, type StoryOnDisk} from '../../source/feeds/place-article.js';
import {inventedStory, type InventedStory} from '../fixtures/invented-story.js';

const onDisk = (spec: InventedStory): StoryOnDisk => {
	const story = inventedStory(spec);
	return {id: story.story.id, file: `/library/${story.story.id}.json`, story};
};

const harbourStrike = onDisk({
	id: 'harbour-strike',
	title: 'Dock workers strike at Port Velden over pay',
	published: '2031-05-02',
	people: ['Mira Vantongeren', 'Tomas Ekwueme'],
	organizations: ['Velden Dockers Union', 'Port Authority of Velden'],
	places: ['Port Velden', {name: 'Norland', kind: 'Country'}],
});
const orchestraTour = onDisk({
	id: 'orchestra-tour',
	title: 'Norland Philharmonic begins its autumn tour',
	published: '2031-04-20',
	people: ['Ilse Barrowdale'],
	organizations: ['Norland Philharmonic'],
	places: ['Gransby', {name: 'Norland', kind: 'Country'}],
});

describe('placing a new article into a followed story', () => {
	it('places an article that names the story\'s people, union and port days later, and says why', () => {
		const article = inventedStory({title: 'Velden strike enters its third day as talks stall', published: '2031-05-04', people: ['Mira Vantongeren'], organizations: ['Velden Dockers Union'], places: ['Port Velden']});
		const placement = placeArticle(article, [harbourStrike, orchestraTour]);
		expect(placement.story).toBe('harbour-strike');
		expect(placement.score).toBeGreaterThanOrEqual(placeThreshold);
		expect(placement.reasons.join('\n')).toMatch(/shares 1 person: Mira Vantongeren/);
		expect(placement.reasons.join('\n')).toMatch(/headline words in common: .*velden/i);
		expect(placement.reasons.join('\n')).toMatch(/2 days from the story's latest/);
	});

	it('finds a person named by surname alone, and an organisation by its initials, at a lower weight', () => {
		const full = placeArticle(inventedStory({title: 'Talks resume', published: '2031-05-03', people: ['Mira Vantongeren'], organizations: ['Port Authority of Velden']}), [harbourStrike]);
		const short = placeArticle(inventedStory({title: 'Talks resume', published: '2031-05-03', people: ['Vantongeren'], organizations: ['PAV']}), [harbourStrike]);
		expect(short.reasons.join('\n')).toMatch(/a surname only: Vantongeren/);
		expect(short.reasons.join('\n')).toMatch(/shares 1 organisation: PAV/);
		expect(short.score).toBeLessThan(full.score);
	});

	it('leaves an article that shares only its country with a story in the inbox, saying so', () => {
		const article = inventedStory({title: 'Norland wins the regional football cup', published: '2031-05-03', people: ['Oskar Lindqvale'], places: [{name: 'Norland', kind: 'Country'}, 'Hestra']});
		const placement = placeArticle(article, [harbourStrike, orchestraTour]);
		expect(placement.story).toBeUndefined();
		expect(placement.reasons.at(-1)).toMatch(/^not placed: /);
	});

	it('does not place an article that names a story\'s people when it is years away from it', () => {
		const near = placeArticle(inventedStory({title: 'Union leader speaks', published: '2031-05-05', people: ['Mira Vantongeren'], organizations: ['Velden Dockers Union'], places: ['Port Velden']}), [harbourStrike]);
		const far = placeArticle(inventedStory({title: 'Union leader speaks', published: '2034-09-01', people: ['Mira Vantongeren'], organizations: ['Velden Dockers Union'], places: ['Port Velden']}), [harbourStrike]);
		expect(near.story).toBe('harbour-strike');
		expect(far.story).toBeUndefined();
		expect(far.reasons.join('\n')).toMatch(/-4 \d+ days from the story's latest/);
	});

	it('leaves an article that fits two stories equally well in the inbox rather than guess', () => {
		const twin = onDisk({...{id: 'harbour-strike-two', title: 'Dock workers strike at Port Velden over pay', published: '2031-05-02', people: ['Mira Vantongeren', 'Tomas Ekwueme'], organizations: ['Velden Dockers Union'], places: ['Port Velden']}});
		const article = inventedStory({title: 'Velden strike talks', published: '2031-05-03', people: ['Mira Vantongeren', 'Tomas Ekwueme'], organizations: ['Velden Dockers Union'], places: ['Port Velden']});
		const placement = placeArticle(article, [harbourStrike, twin]);
		expect(placement.story).toBeUndefined();
		expect(placement.reasons.at(-1)).toMatch(/within 3 of the best/);
	});

	it('sends everything to the inbox when no story is followed', () => {
		expect(placeArticle(inventedStory({title: 'Anything', published: '2031-05-03'}), [])).toEqual({story: undefined, score: 0, reasons: ['no followed story to compare with']});
	});

	it('does not take two people with the same initials for one', () => {
		const placement = placeArticle(inventedStory({title: 'A gallery opens', published: '2031-05-02', people: ['Marta Velasquez', 'Teo Eriksen']}), [harbourStrike]);
		expect(placement.reasons.join('\n')).not.toMatch(/shares .*person/);
	});
});
