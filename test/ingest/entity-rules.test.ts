import {describe, expect, it} from 'vitest';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {collectCaseEvidence, findNameOccurrences, groupEntities} from '../../source/ingest/entities.js';
import {entityRules} from '../../source/ingest/entity-rules.js';

// One test per entity rule, from the example in its table row: on the rules' own reading (which the name
// tagger then reads as features, name-tagger/), the example's name comes out as the example's kind, and
// the rule is among those recorded as having voted for it.

function explain(text: string, name: string) {
	const paragraphs = analyseArticles([parseArticleText(text, 'example.txt', {outlet: 'Example', published: '2024-03-06'})]);
	const found = groupEntities(findNameOccurrences(paragraphs, collectCaseEvidence(paragraphs))).find(entity => entity.name === name);
	return {kind: found?.kind, rules: found?.rules.map(rule => rule.replace(/ ×\d+$/, '')) ?? []};
}

describe('entity rules, each on its own example', () => {
	it('has unique ids', () => {
		expect(new Set(entityRules.map(rule => rule.id)).size).toBe(entityRules.length);
	});
	for (const rule of entityRules) {
		it(`${rule.id}: ${rule.pattern}`, () => {
			const result = explain(rule.example.text, rule.example.name);
			expect(result.kind, `“${rule.example.name}” in “${rule.example.text}”`).toBe(rule.example.kind);
			expect(result.rules).toContain(rule.id);
		});
	}
});
