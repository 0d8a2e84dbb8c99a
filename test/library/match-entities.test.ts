import {describe, expect, it} from 'vitest';
import {createEntityIndex, mergeDuplicateEntities, nameKey} from '../../source/library/match-entities.js';
import type {Organization, Place} from '../../source/model/schema.js';

const organization = (id: string, name: string, cites: Organization['cites'] = []): Organization => ({id, name, aliases: [], description: 'Found automatically.', cites, kind: 'Organisation'});
const entity = (id: string, name: string, extra: Partial<Place> = {}): Place => ({id, name, aliases: [], description: 'Found automatically.', cites: [], kind: 'Place', ...extra});

describe('one entity per entity', () => {
	it('reads "U.S." as "US", and a hyphen as a space', () => {
		expect(nameKey('U.S.')).toBe(nameKey('US'));
		expect(nameKey('Kim Jong-un')).toBe(nameKey('Kim Jong Un'));
	});

	it('matches initials, a division word, a surname, an agency by its first word and a place by its last words', () => {
		const index = createEntityIndex();
		index.add('place', entity('us', 'United States'));
		index.add('organization', entity('un', 'United Nations'));
		index.add('place', entity('primorsky', 'Primorsky Krai'));
		index.add('person', entity('putin', 'Vladimir Putin'));
		index.add('organization', entity('ria', 'RIA Novosti'));
		index.add('place', entity('far-east', 'Russian Far East'));
		expect(index.match('place', entity('x', 'U.S.'))).toBe('us');
		expect(index.match('organization', entity('x', 'UN'))).toBe('un');
		expect(index.match('place', entity('x', 'Primorsky Territory'))).toBe('primorsky');
		expect(index.match('person', entity('x', 'Putin'))).toBe('putin');
		expect(index.match('organization', entity('x', 'RIA'))).toBe('ria');
		expect(index.match('place', entity('x', 'Far East'))).toBe('far-east');
	});

	it("never matches a country by the last words of another country's name, either way round", () => {
		const index = createEntityIndex();
		index.add('place', entity('north', 'Democratic People’s Republic of Korea'));
		expect(index.match('place', entity('x', 'Republic of Korea'))).toBeUndefined();
		const reverse = createEntityIndex();
		reverse.add('place', entity('south', 'Republic of Korea'));
		expect(reverse.match('place', entity('x', 'Democratic People’s Republic of Korea'))).toBeUndefined();
		// A place's last words that are no other country still match ("Far East" above).
	});

	it('matches a person named with and without a middle initial, either way round', () => {
		const index = createEntityIndex();
		index.add('person', entity('trump', 'Donald J. Trump'));
		index.add('person', entity('biden', 'Joe Biden'));
		expect(index.match('person', entity('x', 'Donald Trump'))).toBe('trump');
		const reverse = createEntityIndex();
		reverse.add('person', entity('trump', 'Donald Trump'));
		expect(reverse.match('person', entity('x', 'Donald J. Trump'))).toBe('trump');
		expect(reverse.match('person', entity('x', 'Donald J. Smith'))).toBeUndefined();
	});

	it('matches a place the gazetteer puts at the same feature, but not two countries', () => {
		const index = createEntityIndex();
		const outline = {coordinates: [134.6, 45.1] as [number, number], coordinatesSource: 'Natural Earth admin-1 outline of Primorsky Krai (centroid)'};
		index.add('place', entity('primorsky', 'Primorsky Krai', outline));
		index.add('place', entity('chile', 'Chile', {coordinates: [-71, -35], coordinatesSource: 'Natural Earth country outline (centroid)'}));
		expect(index.match('place', entity('x', 'Primorye', outline))).toBe('primorsky');
		expect(index.match('place', entity('x', 'Argentina', {coordinates: [-64, -34], coordinatesSource: 'Natural Earth country outline (centroid)'}))).toBeUndefined();
	});

	it('never takes two full names with the same initials for one entity, though initials still meet a name', () => {
		const index = createEntityIndex();
		index.add('person', entity('shoigu', 'Sergei Shoigu'));
		index.add('organization', entity('sailors', 'Sailors Society'));
		expect(index.match('person', entity('x', 'S Somanath'))).toBeUndefined();
		expect(index.match('person', entity('x', 'Sam Smith'))).toBeUndefined();
		expect(index.match('organization', entity('x', 'SS'))).toBe('sailors');
		// The other way round: an entity named by its initials is met by the full name.
		const acronyms = createEntityIndex();
		acronyms.add('organization', entity('un', 'UN'));
		expect(acronyms.match('organization', entity('x', 'United Nations'))).toBe('un');
	});

	it('leaves a short name that could be two people alone', () => {
		const index = createEntityIndex();
		index.add('person', entity('jong-un', 'Kim Jong Un'));
		index.add('person', entity('yo-jong', 'Kim Yo Jong'));
		expect(index.match('person', entity('x', 'Kim'))).toBeUndefined();
	});

	it('folds duplicates within one story and moves every reference to the one kept', () => {
		const folded = mergeDuplicateEntities({
			people: [],
			organizations: [organization('un', 'United Nations'), organization('un-2', 'UN', [{article: 'a', paragraph: 2, excerpt: 'the UN'}])],
			places: [],
			facts: [{id: 'f', text: 'The UN met.', category: 'context', about: ['un-2'], cites: [{article: 'a', paragraph: 2, excerpt: 'The UN met'}]}],
			events: [],
			quotes: [{id: 'q', speaker: 'un-2', text: 'Enough.', cites: [{article: 'a', paragraph: 2, excerpt: 'Enough'}]}],
		});
		expect(folded.organizations.map(organization => [organization.name, organization.aliases])).toEqual([['United Nations', ['UN']]]);
		expect(folded.organizations[0]!.cites).toHaveLength(1);
		expect(folded.facts[0]!.about).toEqual(['un']);
		expect(folded.quotes[0]!.speaker).toBe('un');
	});
});
