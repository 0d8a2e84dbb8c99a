import {describe, expect, it} from 'vitest';
import {readDateline} from '../../source/ingest/datelines.js';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

const paragraph = (text: string) => ({article: 0, paragraph: 2, text, sentences: [], headline: false});
const read = (text: string) => readDateline(paragraph(text))?.occurrences.map(item => [item.displayName ?? item.surface, item.votes.place > 0 ? 'place' : 'organization']);

describe('datelines and credit lines', () => {
	it('reads the city, the country and the agency of a wire dateline', () => {
		expect(read('NAIROBI, September 4. /XINHUA/. Heavy rain closed the airport.')).toEqual([
			['Nairobi', 'place'],
			['XINHUA', 'organization'],
		]);
		expect(read('ACCRA, Ghana – The port reopened.')).toEqual([
			['Accra', 'place'],
			['Ghana', 'place'],
		]);
		expect(read('LIMA/SANTIAGO - Talks began.')).toEqual([
			['Lima', 'place'],
			['Santiago', 'place'],
		]);
		// Title-case cities before a spaced colon, or joined by slashes.
		expect(read('Lima/Santiago : Talks began.')).toEqual([
			['Lima', 'place'],
			['Santiago', 'place'],
		]);
		expect(read('New Delhi : The ministry said.')).toEqual([['New Delhi', 'place']]);
		// A double hyphen standing for a dash, as some outlets type it.
		expect(read('NAIROBI -- The port reopened.')).toEqual([['Nairobi', 'place']]);
	});

	it('reads the agencies of a picture credit', () => {
		expect(read('KYODO/VIA REUTERS')).toEqual([
			['KYODO', 'organization'],
			['REUTERS', 'organization'],
		]);
	});

	it('leaves ordinary openings alone', () => {
		expect(read('The port reopened on Monday, officials said.')).toBeUndefined();
		expect(read('NATO said on Monday it would meet.')).toBeUndefined();
		expect(read('Lima: the city voted on Monday.')).toBeUndefined();
		expect(read('Officials said: the port reopened.')).toBeUndefined();
	});

	it('keeps a title-case dateline out of the fact that follows it', () => {
		const story = ingestText({text: 'Talks begin\n\nLima/Santiago : Talks between the two ministers began on Wednesday at the port, officials said.'});
		expect(story.facts.map(fact => fact.text)).toContain('Talks between the two ministers began on Wednesday at the port, officials said.');
	});

	it('names the dateline city as the text writes it elsewhere, citing the dateline without showing its capitals as another name', () => {
		const story = ingestText({text: 'Port reopens\n\nMOMBASA, Kenya – The port reopened on Monday.\n\nTraders in Mombasa welcomed the news.'});
		const place = story.places.find(item => item.name === 'Mombasa');
		// "Mombasa (also MOMBASA)" tells a reader nothing: the same name in a dateline's style.
		expect(place?.aliases).toEqual([]);
		expect(place?.cites.map(cite => cite.excerpt).join(' ')).toContain('MOMBASA, Kenya');
		expect(namesOf(story).places).toContain('Kenya');
	});
});

describe('the place gazetteer', () => {
	it('knows cities compromise does not, and countries by their short names', () => {
		const found = namesOf(ingestText({text: 'Khabarovsk welcomed the delegation on Monday. Britain\'s envoy was there too.'}));
		expect(found.places).toEqual(expect.arrayContaining(['Khabarovsk', 'Britain']));
	});

	it('keeps coordinates with their source', async () => {
		const {lookUpPlace} = await import('../../source/geo/gazetteer.js');
		const lagos = lookUpPlace('Lagos');
		expect(lagos).toMatchObject({kind: 'City', country: 'NG', source: expect.stringContaining('GeoNames')});
		const [longitude, latitude] = lagos?.kind === 'City' ? lagos.coordinates : [];
		expect(longitude).toBeCloseTo(3.39, 0);
		expect(latitude).toBeCloseTo(6.45, 0);
		// A country is found by its ISO code, by which its outline gives its centroid.
		expect(lookUpPlace('Kenya')).toMatchObject({kind: 'Country', country: 'KE', isoNumeric: '404'});
	});

	it('does not make an English word that is also a city a place: "Man’s greed", "Hope remains"', () => {
		const found = namesOf(ingestText({text: '“Man’s greed is hurting the whales,” she said. Hope remains, the elders said.'}));
		expect(found.places).toEqual([]);
	});

	it('does not make a person or a common word a place: "Jackson said", "Further Reading"', () => {
		const found = namesOf(ingestText({text: 'Mayor Ellen Jackson said the bridge would open.\n\nFurther Reading'}));
		expect(found.places).toEqual([]);
	});
});
