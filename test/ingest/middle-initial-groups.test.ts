import {describe, expect, it} from 'vitest';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {collectCaseEvidence, findNameOccurrences, groupEntities} from '../../source/ingest/entities.js';

// A person named with a middle initial in one article and without it in another is one person, and
// the surname alone in either names that person (it was dropped as belonging to two longer names).

const article = (text: string, file: string) => parseArticleText(text, file, {outlet: 'Example', published: '2024-03-06'});

describe('names with and without a middle initial', () => {
	it('group with the surname alone into one person across articles', () => {
		const paragraphs = analyseArticles([
			article('Title: Harbour report\n\nHarbour director Maria T. Okafor said on Monday that the port would reopen. Okafor told reporters the cranes were safe.', 'a.txt'),
			article('Title: Port reopens\n\nThe port reopened after harbour director Maria Okafor signed the order. Okafor thanked the crews on Tuesday.', 'b.txt'),
		]);
		const people = groupEntities(findNameOccurrences(paragraphs, collectCaseEvidence(paragraphs))).filter(entity => entity.name.includes('Okafor'));
		expect(people.map(entity => entity.kind)).toEqual(['person']);
		expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Okafor', 'Maria Okafor']));
	});
});

describe('names written in initials', () => {
	it('are no short form of a person whose last name reads the same ("U.N." is not "Kim Jong Un")', () => {
		const paragraphs = analyseArticles([
			article('Title: Envoy meets Kim\n\nNorth Korean leader Kim Jong Un met the envoy on Monday. For Kim, the visit is a way around crippling U.N. sanctions.', 'a.txt'),
		]);
		const kim = groupEntities(findNameOccurrences(paragraphs, collectCaseEvidence(paragraphs))).find(entity => entity.name === 'Kim Jong Un');
		expect(kim?.aliases).not.toContain('U.N.');
	});
});
