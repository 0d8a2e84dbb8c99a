import {describe, expect, it} from 'vitest';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {buildStory} from '../../source/ingest/build-story.js';
import {quoteSieves, speakerRules} from '../../source/ingest/quote-sieves.js';
import {fullNamesOfSurnames} from '../../source/ingest/stage-quotes.js';

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

	it('a question put to someone is not their quote, but their own question and their answer after "asked about" are', () => {
		const text = 'Mayor Ana Ruiz met reporters on Monday.\n\nAsked “Will the bridge reopen?”, Ms Ruiz said it would.\n\nRuiz, asked about the budget, said it was “tight but fair.”\n\n“Who pays for it?” Ruiz asked.';
		expect(attribute(text, 'Will the bridge reopen?').speaker).toBeNull();
		expect(attribute(text, 'tight but fair.').speaker).toBe('Ana Ruiz');
		expect(attribute(text, 'Who pays for it?').speaker).toBe('Ana Ruiz');
	});

	it('words a reporter puts in a question are nobody\'s, though the one asked answers right after', () => {
		const text = 'Mayor Ana Ruiz met reporters on Monday.\n\nAt one point a reporter asked whether the city would “raise the toll again” — to which Ruiz replied, “Not this year.”';
		expect(attribute(text, 'raise the toll again').speaker).toBeNull();
		expect(attribute(text, 'Not this year.').speaker).toBe('Ana Ruiz');
	});

	it('a body or place before a title and a name only says whose pollster the speaker is', () => {
		const result = attribute('“The lead is safe,” said Harbor Institute pollster Ana Ruiz.', 'The lead is safe,');
		expect(result.speaker).toBe('Ana Ruiz');
	});

	it('“X of the Y wrote”: the person, not the body', () => {
		const result = attribute('“Tax cuts do not work,” Priya Raman of the Lumo Policy Institute wrote recently.', 'Tax cuts do not work,');
		expect(result.speaker).toBe('Priya Raman');
	});
});

describe('surnames as the reader means them', () => {
	it('a person known by a surname alone is the one person whose full name ends with it, suffixes aside', () => {
		const kinds = ['person', 'person', 'person', 'person', 'organization'] as const;
		const names = ['Joseph R. Biden Jr.', 'Biden', 'Ana Ruiz', 'Ruiz', 'Hale'];
		expect([...fullNamesOfSurnames([...kinds], names)]).toEqual([[1, 0], [3, 2]]);
	});

	it('"Mrs. Clinton" with two Clintons named: the one whose first name agrees', () => {
		const text = 'Hillary Clinton and Bill Clinton campaigned in Ohio on Monday.\n\n“We will win Ohio,” Mrs. Clinton said.';
		expect(attribute(text, 'We will win Ohio,').speaker).toBe('Hillary Clinton');
	});

	it('a surname two people share stays as it is', () => {
		expect(fullNamesOfSurnames(['person', 'person', 'person'], ['Bill Clinton', 'Hillary Clinton', 'Clinton']).size).toBe(0);
	});
});
