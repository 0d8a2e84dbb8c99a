import {describe, expect, it} from 'vitest';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {buildStory} from '../../source/ingest/build-story.js';
import {rankSpeaker, type QuoteRankerModel} from '../../source/ingest/quote-ranker.js';

// The ranker's decisions on hand-made models (what each threshold does), then the trained model on
// invented articles (what a reader would expect of it).

const model: QuoteRankerModel = {
	trainedOn: 'a test',
	keepThreshold: 0.2,
	addThreshold: 0.8,
	judged: ['sieve-chose:quote-in-sentence:speaker-named'],
	weights: {near: 3, far: -3, named: 0.5},
};
const near = {entity: 1, features: ['near']};
const far = {entity: 2, features: ['far', 'sieve-chose:quote-in-sentence:speaker-named']};

describe('the quote ranker on a hand-made model', () => {
	it("drops the sieves' choice when it finds it unlikely, and gives a sure other candidate instead", () => {
		expect(rankSpeaker([near, far], ['none-word'], 2, model)).toMatchObject({entity: 1, how: 'added'});
	});

	it('gives no speaker when no candidate is likely enough', () => {
		const weak = {entity: 1, features: ['named']};
		const vetoed = rankSpeaker([weak, far], [], 2, model);
		expect([vetoed.entity, vetoed.how]).toEqual([undefined, 'vetoed']);
		const none = rankSpeaker([weak], [], undefined, model);
		expect([none.entity, none.how]).toEqual([undefined, 'none']);
	});

	it("keeps the sieves' choice it finds likely enough, and one decided by a rule it was not trained to judge", () => {
		const sure = {entity: 2, features: ['near', 'sieve-chose:quote-in-sentence:speaker-named']};
		expect(rankSpeaker([sure, {entity: 3, features: []}], [], 2, model)).toMatchObject({entity: 2, how: 'kept'});
		const unjudged = {entity: 2, features: ['far', 'sieve-chose:quote-in-sentence:speaker-description-body']};
		expect(rankSpeaker([near, unjudged], [], 2, model)).toMatchObject({entity: 2, how: 'unjudged'});
	});
});

describe('ways of choosing trusted to decide alone', () => {
	it("keeps a trusted way's choice however unlikely the model finds it, and still judges the others", () => {
		const how = 'sieve-how:quote-in-sentence:after the verb';
		const trusting = {...model, trusted: [`sieve-chose:quote-in-sentence:speaker-named|${how}`]};
		expect(rankSpeaker([near, {...far, features: [...far.features, how]}], [], 2, trusting)).toMatchObject({entity: 2, how: 'trusted'});
		expect(rankSpeaker([near, {...far, features: [...far.features, 'sieve-how:quote-in-sentence:a name before the verb']}], [], 2, trusting)).toMatchObject({entity: 1, how: 'added'});
	});
});

describe('the keep threshold of a person the attribution named', () => {
	it("keeps a person named by the attribution ('…,” Ruiz said') at a probability that drops one a pronoun pointed to", () => {
		const lenient: QuoteRankerModel = {...model, keepThreshold: 0.6, namedKeepThreshold: 0.2, judged: ['sieve-chose:quote-in-sentence:speaker-named', 'sieve-chose:quote-in-sentence:speaker-pronoun-in-paragraph']};
		const named = {entity: 2, features: ['kind:person', 'sieve-chose:quote-in-sentence:speaker-named']};
		const pronoun = {entity: 2, features: ['kind:person', 'sieve-chose:quote-in-sentence:speaker-pronoun-in-paragraph']};
		const rival = {entity: 1, features: ['named']};
		// Two candidates and none, equal weights but "named" 0.5: the sieves' choice gets about 0.27.
		expect(rankSpeaker([named, rival], [], 2, lenient)).toMatchObject({entity: 2, how: 'kept'});
		const vetoed = rankSpeaker([pronoun, rival], [], 2, lenient);
		expect([vetoed.entity, vetoed.how]).toEqual([undefined, 'vetoed']);
	});
});

describe('the keep threshold of a body', () => {
	it("keeps a body the sieves chose at a probability that would drop a person's name ('KCNA said', not a mistaken name)", () => {
		const lenient: QuoteRankerModel = {...model, keepThreshold: 0.6, bodyKeepThreshold: 0.2};
		const body = {entity: 2, features: ['kind:organization', 'sieve-chose:quote-in-sentence:speaker-named']};
		const person = {entity: 2, features: ['kind:person', 'sieve-chose:quote-in-sentence:speaker-named']};
		const rival = {entity: 1, features: ['named']};
		// Two candidates and none, equal weights but "named" 0.5: the sieves' choice gets about 0.27.
		expect(rankSpeaker([body, rival], [], 2, lenient)).toMatchObject({entity: 2, how: 'kept'});
		const vetoed = rankSpeaker([person, rival], [], 2, lenient);
		expect([vetoed.entity, vetoed.how]).toEqual([undefined, 'vetoed']);
	});
});

describe('thresholds per class of decision', () => {
	it("keeps the sieves' choice by its class's threshold, and adds a speaker to a quote the sieves gave nobody by that class's", () => {
		const byClass: QuoteRankerModel = {...model, keepThreshold: 0.6, keepThresholds: {'sieve-chose:quote-in-sentence:speaker-named': 0.2, 'sieve-chose:quote-in-sentence:speaker-pronoun-in-paragraph': 0.6}, judged: ['sieve-chose:quote-in-sentence:speaker-named', 'sieve-chose:quote-in-sentence:speaker-pronoun-in-paragraph']};
		const named = {entity: 2, features: ['kind:person', 'sieve-chose:quote-in-sentence:speaker-named']};
		const pronoun = {entity: 2, features: ['kind:person', 'sieve-chose:quote-in-sentence:speaker-pronoun-in-paragraph']};
		const rival = {entity: 1, features: ['named']};
		// Two candidates and none, equal weights but "named" 0.5: the sieves' choice gets about 0.27.
		expect(rankSpeaker([named, rival], [], 2, byClass)).toMatchObject({entity: 2, how: 'kept'});
		const vetoed = rankSpeaker([pronoun, rival], [], 2, byClass);
		expect([vetoed.entity, vetoed.how]).toEqual([undefined, 'vetoed']);
		// A candidate at about 0.95 with the sieves' "nobody": given where its class asks 0.85, not where the rest ask 0.97.
		const sure = {entity: 1, features: ['near']};
		const adding: QuoteRankerModel = {...model, addThreshold: 0.99, addThresholds: {'quote-in-sentence:speaker-unnamed': 0.85, '*': 0.97}};
		expect(rankSpeaker([sure], ['none:sieve:quote-in-sentence', 'none:rule:speaker-unnamed'], undefined, adding)).toMatchObject({entity: 1, how: 'added'});
		const none = rankSpeaker([sure], ['none:sieve:no-sieve', 'none:rule:no-rule'], undefined, adding);
		expect([none.entity, none.how]).toEqual([undefined, 'none']);
	});
});

function speakers(text: string): Array<[string, string | null]> {
	const {story} = buildStory([parseArticleText(text, 'example.txt', {outlet: 'Example', published: '2024-03-06'})]);
	const names = new Map([...story.people, ...story.organizations, ...story.places].map(entity => [entity.id, entity.name]));
	return story.quotes.map(quote => [quote.text, quote.speaker ? names.get(quote.speaker)! : null]);
}

describe('the trained quote ranker on invented articles', () => {
	it('gives the speaker named right after a quotation', () => {
		expect(speakers('Mayor Ana Ruiz met the builders on Monday.\n\n“The bridge will reopen in May,” Ruiz said.')).toEqual([['The bridge will reopen in May,', 'Ana Ruiz']]);
	});

	it('gives a quotation of its own paragraph, after a quoted person, to that person', () => {
		expect(speakers('“We will rebuild,” said Mayor Ana Ruiz, who met the builders on Monday.\n\n“Every family will have a home by winter.”')).toEqual([
			['We will rebuild,', 'Ana Ruiz'],
			['Every family will have a home by winter.', 'Ana Ruiz'],
		]);
	});

	it('leaves a scare quote about a person without a speaker when nobody is said to speak', () => {
		expect(speakers('Critics have long called Senator Ivo Dahl a “dinosaur” of the old party.')).toEqual([['dinosaur', null]]);
	});
});
