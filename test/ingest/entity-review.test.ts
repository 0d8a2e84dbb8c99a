import {describe, expect, it} from 'vitest';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {collectCaseEvidence, groupEntities} from '../../source/ingest/entities.js';
import {committedReview, entityFeatures, reviewedClass, reviewEntities, type EntityReviewModel} from '../../source/ingest/name-tagger/entity-review.js';
import {readNamesLearned} from '../../source/ingest/name-tagger/tag-names.js';

// The second look at each grouped name: what its occurrences say together decides whether it stays and
// its kind. Hand-made models on an invented text show the mechanics; the committed one is checked for shape.

function read(text: string) {
	const paragraphs = analyseArticles([parseArticleText(text, 'invented.txt')]);
	const evidence = collectCaseEvidence(paragraphs);
	return {entities: groupEntities(readNamesLearned(paragraphs, evidence)), context: {paragraphs, evidence}};
}

const model = (weights: Record<string, number[]>): EntityReviewModel => ({format: 'summit-entity-review', version: 1, classes: ['none', 'person', 'organization', 'place'], weights, dropMargin: 0.2, retypeMargin: 0.2});

describe('the second look at each name', () => {
	const text = 'Guests of the Harbour Hotel in Porto met Ana Lima, the manager. The Harbour Hotel reopened on Monday, Ana Lima said.';

	it('describes a name by what all its occurrences say', () => {
		const {entities, context} = read(text);
		const hotel = entities.find(entity => entity.name === 'Harbour Hotel');
		expect(hotel).toBeDefined();
		const byPosition = new Map(context.paragraphs.map(paragraph => [`${paragraph.article}/${paragraph.paragraph}`, paragraph]));
		const features = entityFeatures(hotel!, context, byPosition);
		expect(features).toEqual(expect.arrayContaining(['last=hotel', 'words=2', 'count=2']));
	});

	it('retypes a name only when another kind is clearly likelier, and drops one only when "none" is', () => {
		expect(reviewedClass([0.1, 0.2, 0.3, 0.4], 'organization', {dropMargin: 0.2, retypeMargin: 0.2})).toBe('organization');
		expect(reviewedClass([0.1, 0.1, 0.2, 0.6], 'organization', {dropMargin: 0.2, retypeMargin: 0.2})).toBe('place');
		expect(reviewedClass([0.7, 0.1, 0.1, 0.1], 'person', {dropMargin: 0.2, retypeMargin: 0.2})).toBe('none');
	});

	it('applies a model: a hotel becomes a place, a name the model rejects goes, the others stay as they were', () => {
		const {entities, context} = read(text);
		const before = Object.fromEntries(entities.map(entity => [entity.name, entity.kind]));
		expect(before['Ana Lima']).toBe('person');
		const reviewed = reviewEntities(entities, context, model({'last=hotel': [0, 0, 0, 5], 'last=porto': [5, 0, 0, 0]}));
		const after = Object.fromEntries(reviewed.map(entity => [entity.name, entity.kind]));
		expect(after['Harbour Hotel']).toBe('place');
		expect(after['Porto']).toBeUndefined();
		expect(after['Ana Lima']).toBe('person');
		// Without a model nothing changes.
		expect(reviewEntities(entities, context, undefined)).toBe(entities);
	});

	it('has a committed model with a row of four weights per feature', () => {
		const committed = committedReview()!;
		expect(committed.classes).toEqual(['none', 'person', 'organization', 'place']);
		for (const row of Object.values(committed.weights)) expect(row).toHaveLength(4);
	});
});
