import {describe, expect, it} from 'vitest';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {buildStory} from '../../source/ingest/build-story.js';
import {quoteSieves, speakerRules} from '../../source/ingest/quote-sieves.js';

// One test per sieve and speaker rule, from the example in its table row: the example's quote gets the
// example's speaker, and the rule is among those recorded as deciding it.

function attribute(text: string, quote: string) {
	const {story, explanations} = buildStory([parseArticleText(text, 'example.txt', {outlet: 'Example', published: '2024-03-06'})]);
	const found = story.quotes.find(item => item.text === quote);
	const names = new Map([...story.people, ...story.organizations, ...story.places].map(entity => [entity.id, entity.name]));
	return {speaker: found?.speaker ? names.get(found.speaker) : null, rules: explanations.find(item => item.item === found?.id)?.rules ?? [], found: found !== undefined};
}

describe('quote sieves, each on its own example', () => {
	for (const rule of [...quoteSieves, ...speakerRules]) {
		it(`${rule.id}: ${rule.pattern}`, () => {
			const result = attribute(rule.example.text, rule.example.quote);
			expect(result.found, `the quote “${rule.example.quote}” is found`).toBe(true);
			expect(result.speaker ?? null).toBe(rule.example.speaker);
			expect(result.rules).toContain(rule.id);
		});
	}
});

describe('quote attribution beyond single sieves', () => {
	it('an open quotation nobody is named for takes the speaker of the paragraph it runs into', () => {
		const result = attribute('"We have waited long enough.\n\n"The vote is today," Dr. Ama Mensah said.', 'We have waited long enough.');
		expect(result.speaker).toBe('Ama Mensah');
		expect(result.rules[0]).toBe('quote-runs-into-attributed');
	});

	it('the nearest attribution in the sentences a long quotation spans', () => {
		const result = attribute('Teacher Kofi Boateng lives in Accra. “The road is gone. We walk now,” he said.', 'The road is gone. We walk now,');
		expect(result.speaker).toBe('Kofi Boateng');
	});

	it('leaves the speaker empty when two people fit a description', () => {
		const result = attribute('Finance Minister Ivo Dahl met Trade Minister Lea Roth on Monday.\n\n“Rates will stay,” the minister said.', 'Rates will stay,');
		expect(result.speaker).toBeNull();
	});

	it('a passive naming verb gives the quotation to its agent', () => {
		const result = attribute('The plan, branded by Senator Maria Costa as “a fantasy”, passed on Monday.', 'a fantasy');
		expect(result.speaker).toBe('Maria Costa');
	});
});
