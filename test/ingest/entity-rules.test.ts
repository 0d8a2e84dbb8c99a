import {describe, expect, it} from 'vitest';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {buildStory} from '../../source/ingest/build-story.js';
import {entityRules} from '../../source/ingest/entity-rules.js';

// One test per entity rule, from the example in its table row: the example's name comes out as the
// example's kind, and the rule is among those recorded as having voted for it.

function explain(text: string, name: string) {
	const {story, explanations} = buildStory([parseArticleText(text, 'example.txt', {outlet: 'Example', published: '2024-03-06'})]);
	const kinds = [
		...story.people.map(item => [item, 'person'] as const),
		...story.organizations.map(item => [item, 'organization'] as const),
		...story.places.map(item => [item, 'place'] as const),
	];
	const found = kinds.find(([item]) => item.name === name);
	return {kind: found?.[1], rules: explanations.find(item => item.item === found?.[0].id)?.rules.map(rule => rule.replace(/ ×\d+$/, '')) ?? []};
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
