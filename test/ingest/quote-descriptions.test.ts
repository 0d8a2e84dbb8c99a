import {describe, expect, it} from 'vitest';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {collectCaseEvidence, findNameOccurrences, groupEntities, type AnalysedParagraph} from '../../source/ingest/entities.js';
import {createMentionFinder, type Mention} from '../../source/ingest/mentions.js';
import {textToArticleInput} from '../../source/ingest/page-input.js';
import {describedRoles, fitsDescription} from '../../source/ingest/quote-descriptions.js';
import {articleQuoteCandidates, speakerKnowledge} from '../../source/ingest/stage-quotes.js';
import {ingestText, speakersOf} from '../helpers/ingest-text.js';

// "the senator said", "said the Republican nominee": a description stands for the person the article
// described with the same words by their name before (invented articles).

function read(...paragraphs: string[]) {
	const articleParagraphs = analyseArticles([textToArticleInput(paragraphs.join('\n\n'), 'example.txt')]);
	const entities = groupEntities(findNameOccurrences(articleParagraphs, collectCaseEvidence(articleParagraphs)));
	const findMentions = createMentionFinder(entities);
	const cache = new Map<AnalysedParagraph, Mention[]>();
	const mentionsOf = (paragraph: AnalysedParagraph) => cache.get(paragraph) ?? cache.set(paragraph, findMentions(paragraph)).get(paragraph)!;
	return {articleParagraphs, entities, mentionsOf};
}

function rolesOf(...paragraphs: string[]) {
	const {articleParagraphs, entities, mentionsOf} = read(...paragraphs);
	const roles = describedRoles(articleParagraphs, mentionsOf, speakerKnowledge(entities).kinds);
	return Object.fromEntries(entities.flatMap((entity, index) => (roles.has(index) ? [[entity.name, [...roles.get(index)!].sort()]] : [])));
}

function candidatesOf(...paragraphs: string[]) {
	const {articleParagraphs, entities, mentionsOf} = read(...paragraphs);
	return articleQuoteCandidates(articleParagraphs, mentionsOf, speakerKnowledge(entities), entities.map(entity => entity.name)).map(({quote, candidates}) => ({
		quote: quote.span.text.trim(),
		features: Object.fromEntries(candidates.map(candidate => [entities[candidate.entity]!.name, candidate.features])),
	}));
}

const speakers = (...paragraphs: string[]) => speakersOf(ingestText({text: paragraphs.join('\n\n')}));

describe('the roles an article writes by a name', () => {
	it('reads an abbreviated title before the name, a role before it, and an apposition after it', () => {
		expect(rolesOf('Sen. Ann Ray of Ohio met Tom Hale, the Republican nominee, on Monday.', 'Ivo Dahl, his campaign manager, was there, and Gov. Mary Costa too.')).toEqual({
			'Ann Ray': ['lawmaker', 'legislator', 'sen', 'senator'],
			'Tom Hale': ['candidate', 'nominee', 'republican'],
			'Ivo Dahl': ['campaign', 'manager'],
			'Mary Costa': ['gov', 'governor'],
		});
	});

	it('a description fits where its noun is one of the roles and its other words are roles too, or say nothing of whom', () => {
		const roles = new Set(['republican', 'nominee', 'candidate']);
		expect(fitsDescription(['nominee'], roles)).toBe(true);
		expect(fitsDescription(['republican', 'nominee'], roles)).toBe(true);
		expect(fitsDescription(['presumptive', 'nominee'], roles)).toBe(true);
		expect(fitsDescription(['democratic', 'nominee'], roles)).toBe(false);
		expect(fitsDescription(['senator'], roles)).toBe(false);
	});
});

describe('a description as the speaker', () => {
	it('"the senator said" is the person the article called "Sen." before, "said the Republican nominee" the one it called so', () => {
		expect(speakers('Sen. Ann Ray of Ohio spoke on Monday, and Tom Hale, the Republican nominee, answered her.', 'The crowd cheered for an hour.', '“We will win,” the senator said.', '“We will not,” said the Republican nominee.')).toEqual([
			['We will win,', 'Ann Ray'],
			['We will not,', 'Tom Hale'],
		]);
	});

	it('"the lawmaker said" stands for the one senator named; with two senators named nobody', () => {
		expect(speakers('Sen. Ann Ray of Ohio spoke on Monday.', 'The crowd cheered for an hour.', '“Nobody can say,” the lawmaker said.')).toEqual([['Nobody can say,', 'Ann Ray']]);
		expect(speakers('Sen. Ann Ray of Ohio spoke on Monday, and Sen. Tom Hale answered her.', 'The crowd cheered for an hour.', '“Nobody can say,” the lawmaker said.')).toEqual([['Nobody can say,', null]]);
	});

	it('makes every person the description fits a candidate, the one named last marked, even when the speaker rule leaves it open', () => {
		const [quote] = candidatesOf('Sen. Ann Ray of Ohio spoke on Monday, and Sen. Tom Hale answered her.', 'Ivo Dahl, a farmer, listened.', 'The crowd cheered for an hour.', 'Rain fell on the square.', '“Nobody can say,” the senator said.');
		expect(quote!.features['Ann Ray']).toContain('description-fits:earlier');
		expect(quote!.features['Tom Hale']).toContain('description-fits:latest');
		expect(quote!.features['Ivo Dahl'] ?? []).not.toContain('description-fits');
	});
});

describe('candidates from farther back', () => {
	it('whom a later sieve points at is a candidate, even a place the name reader read (a country\'s statement)', () => {
		const [quote] = candidatesOf('Talks on the harbour treaty opened in Lumo on Monday.', 'The United States said in a statement:', '“We are ready to talk,” said Ana Ruiz, the mayor.');
		expect(quote!.features['United States']).toContain('later-sieve:quote-after-colon-paragraph:against');
	});

	it('"she said" with no woman named in the paragraphs around: the woman named last a few paragraphs before', () => {
		const [quote] = candidatesOf('Mary Costa, a fisher, sold her boat on Monday.', 'Tom Hale bought it.', 'The harbour was quiet that week.', 'Prices rose in the town.', '“It was time,” she said.');
		expect(quote!.features['Mary Costa']).toContain('pronoun-nearest-compatible:far');
	});
});
