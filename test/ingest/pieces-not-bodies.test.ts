import {describe, expect, it} from 'vitest';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {collectCaseEvidence} from '../../source/ingest/entities.js';
import {kindOf} from '../../source/ingest/entity-groups.js';
import type {NameOccurrence} from '../../source/ingest/entity-types.js';
import {bodiesListedAfterTheirKind} from '../../source/ingest/name-tagger/bodies-unread.js';
import {labels, type Label, type Weights} from '../../source/ingest/name-tagger/perceptron.js';
import {withoutPiecesAsBodies} from '../../source/ingest/name-tagger/pieces-not-bodies.js';
import {readNamesLearned} from '../../source/ingest/name-tagger/tag-names.js';
import {analyseParagraph, normaliseName} from '../../source/ingest/tokens.js';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Bodies that are pieces of something else, and bodies the tagger's reading let go, on invented sentences.
type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;
const occurrence = (text: string, surface: string, kind: 'person' | 'organization' | 'place'): Occurrence => {
	const start = text.indexOf(surface);
	return {surface, key: normaliseName(surface), tokenCount: surface.split(' ').length, start, end: start + surface.length, votes: {person: 0, organization: 0, place: 0, [kind]: 2}, acronym: /^\p{Lu}+$/u.test(surface)};
};

describe('letters after a person\'s name are the person\'s rank, not a body', () => {
	it('"Tom Pellow, SC, said" names a person and no body "SC"', () => {
		const found = namesOf(ingestText({text: 'Speaking for the parents, Tom Pellow, SC, said they had acted in good faith.'}));
		expect(found.organizations).toEqual([]);
		expect(found.people).toEqual(['Tom Pellow']);
	});

	it('after a town the letters are still read as the tagger read them ("Columbia, SC,")', () => {
		const text = 'The plant in Dunmore, SC, closed.';
		const read = [occurrence(text, 'Dunmore', 'place'), occurrence(text, 'SC', 'organization')];
		expect(withoutPiecesAsBodies(read, text).map(kept => kept.surface)).toEqual(['Dunmore', 'SC']);
		const after = 'Later Ann Vale, SC, spoke.';
		expect(withoutPiecesAsBodies([occurrence(after, 'Ann Vale', 'person'), occurrence(after, 'SC', 'organization')], after).map(kept => kept.surface)).toEqual(['Ann Vale']);
	});
});

describe('a prefix joined to a name by a dash is no body', () => {
	it('"Post" of a heading "Post–Famine Years" is dropped, "Post" alone as a newspaper stays', () => {
		const heading = 'Post–Famine Years';
		expect(withoutPiecesAsBodies([occurrence(heading, 'Post', 'organization')], heading)).toEqual([]);
		const paper = 'The Post reported the fire.';
		expect(withoutPiecesAsBodies([occurrence(paper, 'Post', 'organization')], paper).map(kept => kept.surface)).toEqual(['Post']);
	});
});

describe('what a name the rules are sure of leaves of the tagger\'s longer span', () => {
	// Hand-made weights: the tagger reads "Halls of Congress" as one body; the rules are sure of "Congress" alone.
	const row = (values: Partial<Record<Label, number>>) => labels.map(label => values[label] ?? 0);
	const rows: Record<string, Partial<Record<Label, number>>> = {'w=halls': {'B-organization': 5}, 'w=of': {'I-organization': 5}, 'w=congress': {'I-organization': 5}};
	const weights: Weights = {rows: new Map(Object.keys(rows).map((feature, index) => [feature, index])), values: Float64Array.from(Object.values(rows).flatMap(row))};

	it('is no name where it ends on a connector ("Halls of")', () => {
		const paragraphs = analyseArticles([parseArticleText('The decree told the army to clear the Halls of Congress by noon.', 'invented.txt')]);
		const read = readNamesLearned(paragraphs, collectCaseEvidence(paragraphs), [], weights);
		expect(read.map(name => [name.surface, kindOf(name.votes)])).toEqual([['Congress', 'organization']]);
	});
});

describe('a platform described by the words only a company has around it is a body', () => {
	it('"Facebook co-founder X" names the company; "posted on Facebook" alone names none', () => {
		expect(namesOf(ingestText({text: 'Facebook co-founder Mark Zuckerberg wrote to the student on Monday.'})).organizations).toEqual(['Facebook']);
		expect(namesOf(ingestText({text: 'The student posted the photo on Facebook on Monday.'})).organizations).toEqual([]);
	});
});

describe('a list of publications names bodies', () => {
	it('"publications, like AM Tolvern," reads the name as a body', () => {
		const text = 'Several publications, like AM Tolvern, ran the story on Tuesday.';
		const bodies = bodiesListedAfterTheirKind([], analyseParagraph(text)[0]!.tokens, text);
		expect(bodies.map(body => [body.surface, kindOf(body.votes)])).toEqual([['AM Tolvern', 'organization']]);
	});
});

describe('an event named like a body is no body', () => {
	it('a name headed by an event\'s word names the event; a body named after one keeps its head', () => {
		const text = 'Crowds filled the Harbour Expo Canada and the Festival of Lanterns, run by the Expo Organising Committee.';
		const read = ['Harbour Expo Canada', 'Festival of Lanterns', 'Expo Organising Committee'].map(name => occurrence(text, name, 'organization'));
		expect(withoutPiecesAsBodies(read, text).map(kept => kept.surface)).toEqual(['Expo Organising Committee']);
	});

	it('"Games" and "Fair" end companies and magazines as often, and stay bodies', () => {
		const text = 'Tolvern Games sold the studio to Vanity Fair.';
		const read = ['Tolvern Games', 'Vanity Fair'].map(name => occurrence(text, name, 'organization'));
		expect(withoutPiecesAsBodies(read, text)).toEqual(read);
	});
});

describe('a listed body read up to its head runs on over "of" and the capitals after it', () => {
	it('"X Society of Canada" in a list of groups is one body, and the country it is named after stays named', () => {
		const text = 'Other fan groups included The Harbour Kites, Tolvern Puzzle Society of Canada, and Klingvale Club.';
		const read = [occurrence(text, 'Harbour Kites', 'organization'), occurrence(text, 'Tolvern Puzzle Society', 'organization'), occurrence(text, 'Canada', 'place'), occurrence(text, 'Klingvale Club', 'organization')];
		const found = bodiesListedAfterTheirKind(read, analyseParagraph(text)[0]!.tokens, text);
		expect(found.map(name => [name.surface, kindOf(name.votes)])).toEqual([
			['Harbour Kites', 'organization'],
			['Tolvern Puzzle Society of Canada', 'organization'],
			['Canada', 'place'],
			['Klingvale Club', 'organization'],
		]);
	});
});

describe('an initialism in brackets after the capitalised words it stands for', () => {
	it('is no body where those words were read as none, and stays one where they were', () => {
		const text = 'She won the Reading of the Week (ROTW) prize, and the Harbour Workers Guild (HWG) paid for it.';
		const guild = occurrence(text, 'Harbour Workers Guild', 'organization');
		const read = [occurrence(text, 'ROTW', 'organization'), guild, occurrence(text, 'HWG', 'organization')];
		expect(withoutPiecesAsBodies(read, text).map(kept => kept.surface)).toEqual(['Harbour Workers Guild', 'HWG']);
	});
});
