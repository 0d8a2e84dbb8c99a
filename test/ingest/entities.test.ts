import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';
import {collectCaseEvidence} from '../../source/ingest/case-evidence.js';
import {nameRuns} from '../../source/ingest/name-runs.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';

const text = (...paragraphs: string[]) => ({text: paragraphs.join('\n\n')});

describe('entities', () => {
	it('strips titles into the role: "Chancellor Anna Berg" is Anna Berg, role Chancellor', () => {
		const story = ingestText(text('Chancellor Anna Berg opened the bridge on Friday.', 'Berg said the bridge had cost less than planned.'));
		const person = story.people.find(item => item.name === 'Anna Berg');
		expect(person?.role).toBe('Chancellor');
		expect(person?.aliases).toContain('Berg');
	});

	it('a police rank is a title: "Police Chief Constable Ada Morrow" is Ada Morrow, Chief Constable', () => {
		const story = ingestText(text('Northmoor Police Chief Constable Ada Morrow said officers would stay away from picket lines.', 'Detective Superintendent Ken Ilic led the inquiry.'));
		expect(story.people.map(person => [person.name, person.role])).toEqual([
			['Ada Morrow', 'Chief Constable'],
			['Ken Ilic', 'Detective Superintendent'],
		]);
	});

	it('takes a role from an apposition naming a trade or what befell someone, up to a relative clause', () => {
		const story = ingestText(
			text('Pier closed', '"The water came up to my knees," said Oskar Lind, a fisherman who helped moor the boats.', 'Vera Holm, a nurse at the harbour clinic, said three people were treated.'),
		);
		expect(story.people.map(person => [person.name, person.role])).toEqual([
			['Oskar Lind', 'fisherman'],
			['Vera Holm', 'nurse at the harbour clinic'],
		]);
	});

	it('reads a title that compromise takes for a verb, opening a sentence, as the role: "Judge Ada Marsh told …"', () => {
		const story = ingestText(text('Fraud case', 'Judge Ada Marsh told the court the loss was grave.', 'Chair Ivo Lund said the vote was close.'));
		expect(story.people.map(person => [person.name, person.role])).toEqual([
			['Ada Marsh', 'Judge'],
			['Ivo Lund', 'Chair'],
		]);
		expect(story.places).toEqual([]);
	});

	it('takes a role owned by a name in apposition before the person: "Mr Lund\'s lawyer, Dana Ekdahl,"', () => {
		const story = ingestText(text('Fraud case', 'Ivo Lund was sentenced on Monday.', "Mr Lund's lawyer, Dana Ekdahl, said he would appeal.", 'The fraud was planned, said Vera Holm, a senior prosecutor with the service.'));
		expect(story.people.find(person => person.name === 'Dana Ekdahl')?.role).toBe("Mr Lund's lawyer");
		// A courtesy title is how someone is addressed, not a role.
		expect(story.people.find(person => person.name === 'Ivo Lund')?.role).toBeUndefined();
		expect(story.people.find(person => person.name === 'Vera Holm')?.role).toBe('senior prosecutor with the service');
	});

	it('gives the role an apposition names over a title of address ("Dr X, a soil chemist at Y,")', () => {
		const story = ingestText(text('Orchard blight', 'Dr Milena Voss, a soil chemist at the agricultural college, said the blight came from the east.', 'Mayor Aldo Ferrante, a former farmer, said the town would help.'));
		expect(story.people.map(person => [person.name, person.role])).toEqual([
			['Milena Voss', 'soil chemist at the agricultural college'],
			['Aldo Ferrante', 'Mayor'],
		]);
	});

	it('gives the role in apposition before a name that ends the sentence ("…, according to the port\'s chief engineer, X.")', () => {
		const story = ingestText(text('Quay closed', 'The quay was closed after the storm, according to the port\'s chief engineer, Iver Lindqvist.'));
		expect(story.people.map(person => [person.name, person.role])).toEqual([['Iver Lindqvist', "port's chief engineer"]]);
	});

	it('keeps the role given to a surname with its particle: "Al-Qadi, the union\'s regional secretary,"', () => {
		const story = ingestText(text('Strike vote', 'Hana al-Qadi spoke first.', "Al-Qadi, the union's regional secretary, told reporters the vote was clear."));
		expect(story.people.map(person => [person.name, person.role])).toEqual([['Hana al-Qadi', "union's regional secretary"]]);
	});

	it('reads a ship\'s prefix in capitals as a vessel, not the title "Ms" nor a body', () => {
		const found = namesOf(ingestText(text('Ferry sinks', 'The ferry MS Kollfjord capsized in the night.', 'The MS Kollfjord was carrying 40 passengers, said Ms Anna Vik of the port.')));
		expect(found.people).toEqual(['Anna Vik']);
		expect(found.organizations).toEqual([]);
	});

	it('takes a role from the words before a name and from an apposition after it', () => {
		const story = ingestText(
			text('Ministry spokesperson Tomas Lind told reporters the talks were over.', 'The plan was criticised by Ewa Nowak, the head of research at the Baltic Policy Institute, on Monday.'),
		);
		expect(story.people.find(item => item.name === 'Tomas Lind')?.role).toBe('Ministry spokesperson');
		expect(story.people.find(item => item.name === 'Ewa Nowak')?.role).toBe('head of research at the Baltic Policy Institute');
		expect(namesOf(story).organizations).toContain('Baltic Policy Institute');
	});

	it('takes a role from an apposition before the name, between commas', () => {
		const story = ingestText(
			text("The orchestra's new director, Mara Lindqvist, said rehearsals would resume.", 'A spokesman for the harbour board, Tavi Rennard, declined to comment.', 'The board said, Olek Brann, the pilot, was safe.'),
		);
		expect(story.people.find(item => item.name === 'Mara Lindqvist')?.role).toBe("orchestra's new director");
		expect(story.people.find(item => item.name === 'Tavi Rennard')?.role).toBe('spokesman for the harbour board');
		// A clause before the comma is no apposition; the role after the name still counts.
		expect(story.people.find(item => item.name === 'Olek Brann')?.role).toBe('pilot');
	});

	it('keeps an initial or an abbreviation inside the body an apposition names', () => {
		const story = ingestText(text('"Prices fell," said Pia Sand, president of Lund K. Berg Company, on Monday.', 'Oskar Holm, a director at Vik Shipping Co. Norway, agreed.'));
		expect(story.people.find(item => item.name === 'Pia Sand')?.role).toBe('president of Lund K. Berg Company');
		expect(story.people.find(item => item.name === 'Oskar Holm')?.role).toBe('director at Vik Shipping Co. Norway');
	});

	it('merges the forms of one name: hyphens, a surname alone, an acronym', () => {
		const story = ingestText(
			text(
				'Premier Lee Jae-sung met officials from the United States in Busan.',
				'Lee Jae Sung later flew home. Lee said the US had offered help.',
			),
		);
		const lee = story.people.filter(person => person.name.startsWith('Lee'));
		expect(lee).toHaveLength(1);
		expect(lee[0]!.aliases).toEqual(expect.arrayContaining(['Lee']));
		const usa = story.places.find(place => place.name === 'United States');
		expect(usa?.aliases).toContain('US');
	});

	it('reads descriptors: "news agency X", "X newspaper", "the city of X"', () => {
		const story = ingestText(text('State news agency Norvik reported the fire, and the Dagbladet Post newspaper said it began in the city of Kallstad.'));
		expect(namesOf(story).organizations).toEqual(expect.arrayContaining(['Norvik', 'Dagbladet Post']));
		expect(namesOf(story).places).toContain('Kallstad');
	});

	it('keeps nationality words and acronyms without evidence out', () => {
		const story = ingestText(text('Finnish officials said the QXV tool was ready. Swedish and Finnish ministers met in Helsinki.'));
		const all = [...namesOf(story).people, ...namesOf(story).organizations, ...namesOf(story).places];
		expect(all).not.toContain('Finnish');
		expect(all).not.toContain('Swedish');
		expect(all).not.toContain('QXV');
		expect(namesOf(story).places).toContain('Helsinki');
	});

	it('keeps name particles: "Jan van der Berg", and "van der Berg" alone is the same person', () => {
		const story = ingestText(text('Mayor Jan van der Berg closed the market.', '"It was necessary," van der Berg said.'));
		expect(namesOf(story).people).toEqual(['Jan van der Berg']);
	});

	it('reads "Van der Hoek" opening a sentence as the surname with its particles, not "Hoek"', () => {
		const paragraphs = ['Mayor Jan van der Hoek closed the market.', 'Van der Hoek, who has led the town since 2019, said it was necessary.'].map((paragraph, index) => ({article: 0, paragraph: index + 1, headline: false, text: paragraph, sentences: analyseParagraph(paragraph)}));
		const evidence = collectCaseEvidence(paragraphs);
		const tokens = paragraphs[1]!.sentences[0]!.tokens;
		expect(nameRuns(tokens, evidence).map(([start, end]) => tokens.slice(start, end).map(token => token.text).join(' '))).toEqual(['Van der Hoek']);
		const story = ingestText(text('Mayor Jan van der Hoek closed the market.', 'Van der Hoek, who has led the town since 2019, said it was necessary.'));
		expect(story.people.map(person => [person.name, person.aliases])).toEqual([['Jan van der Hoek', []]]);
	});

	it('does not take a capitalised first word for a name without other evidence', () => {
		const story = ingestText(text('Residents left the valley on Sunday. Officials said roads were closed.'));
		expect(story.people).toEqual([]);
		expect(story.organizations).toEqual([]);
	});

	it('merges one entity across articles and cites both', () => {
		const story = ingestText(text('Governor Rita Alves visited Porto on Monday.'), text('Rita Alves said Porto would get new funds.'));
		const person = story.people.find(item => item.name === 'Rita Alves')!;
		expect(new Set(person.cites.map(citation => citation.article)).size).toBe(2);
	});

	it('reads "X-based" as a place and who someone speaks for as an organisation', () => {
		const story = ingestText(text('The Lyon-based firm Corvane grew fast. A spokesperson for Corvane said sales fell on Monday.'));
		expect(namesOf(story).places).toContain('Lyon');
		expect(namesOf(story).organizations).toContain('Corvane');
	});

	it('does not take a clause after a comma for an apposition ("Utah, the agency said")', () => {
		const story = ingestText(text('Fires damaged homes in Colorado and Wyoming, the agency said on Friday.'));
		expect(namesOf(story).places).toEqual(expect.arrayContaining(['Colorado', 'Wyoming']));
		expect(story.people).toEqual([]);
	});

	it('reads a one-sentence paragraph full of capitals as prose, not as a headline', () => {
		const story = ingestText(text('President Anna Lee met Governor Tomas Berg in Helsinki on Tuesday.'));
		expect(namesOf(story).people).toEqual(['Anna Lee', 'Tomas Berg']);
		expect(story.events).toHaveLength(1);
	});
});
