import {describe, expect, it} from 'vitest';
import {voiceDifferences} from '../../source/library/voice-differences.js';
import type {Article, Fact} from '../../source/model/schema.js';

// Invented articles about one invented story: a port strike in Vik.
const article = (id: string, outlet: string, paragraphs: string[]): Article => ({id, outlet, title: `${outlet} on the strike`, publishedBasis: 'given', sections: [], paragraphs});
const filler = (outlet: string) => [`The strike at the port of Vik entered its third day on Monday as ferries stayed in harbour, ${outlet} reported.`, 'Passengers waited at the terminal while the union and the operator met for talks that lasted into the evening.'];
const ownVoice = article('times', 'Times', [...filler('the Times'), 'For the operator, the strike is a chance to replace the old diesel ferries that the long dispute has left idle.']);
const suspicion = article('post', 'Post', [...filler('the Post'), 'Union leaders have expressed concern that the operator would use the strike to replace diesel ferries left idle by the dispute.']);
const others = [article('wire', 'Wire', filler('the wire')), article('daily', 'Daily', filler('the Daily'))];
let counter = 0;
const newId = (fallback: string) => `${fallback}-${++counter}`;

describe('own voice against a suspicion', () => {
	it('sets an outlet that states it against one that reports it as a concern, each side a fact citing its sentence', () => {
		const {differences, facts} = voiceDifferences([ownVoice, suspicion, ...others], [], newId);
		expect(differences).toHaveLength(1);
		const [difference] = differences;
		expect(difference!.topic).toMatch(/^Who says so: For the operator, the strike/u);
		expect(difference!.note).toMatch(/^Times says it in its own voice; Post attributes it to someone/u);
		expect(difference!.note).toContain('"diesel"');
		// The words as the sentence writes them, not their stems ("replac", "disput").
		expect(difference!.note).toContain('"replace", "diesel", "dispute"');
		const sideFacts = difference!.sides.map(side => facts.find(fact => side.refs.includes(fact.id))!);
		expect(sideFacts.map(fact => [fact.category, fact.cites[0]!.article, fact.cites[0]!.paragraph])).toEqual([
			['context', 'times', 3],
			['claim', 'post', 3],
		]);
		expect(sideFacts[1]!.cites[0]!.excerpt.split(/\s+/).length).toBeLessThanOrEqual(30);
	});

	it('cites a fact the story already has rather than adding it again', () => {
		const known: Fact = {id: 'concern', text: suspicion.paragraphs![2]!, category: 'to-watch', about: [], cites: [{article: 'post', paragraph: 3, excerpt: 'Union leaders have expressed concern'}]};
		const {differences, facts} = voiceDifferences([ownVoice, suspicion, ...others], [known], newId);
		expect(differences[0]!.sides[1]!.refs).toEqual(['concern']);
		expect(facts.map(fact => fact.cites[0]!.article)).toEqual(['times']);
	});

	it('lists nothing for plain sourcing ("said"), for words the whole story shares, within one outlet, or between two old articles', () => {
		const said = article('post', 'Post', [...filler('the Post'), 'Union leaders said the operator would use the strike to replace diesel ferries left idle by the dispute.']);
		expect(voiceDifferences([ownVoice, said, ...others], [], newId).differences).toEqual([]);
		const common = article('post', 'Post', [...filler('the Post'), 'Union leaders have expressed concern that the talks at the terminal would last into the evening again.']);
		expect(voiceDifferences([ownVoice, common, ...others], [], newId).differences).toEqual([]);
		// "The Post revealed that …" says who found it out: an attribution, not the outlet's own voice.
		const revealed = article('times', 'Times', [...filler('the Times'), 'The Herald revealed that the operator would use the strike to replace diesel ferries left idle by the dispute.']);
		expect(voiceDifferences([revealed, suspicion, ...others], [], newId).differences).toEqual([]);
		const sameOutlet = {...suspicion, outlet: 'Times'};
		expect(voiceDifferences([ownVoice, sameOutlet, ...others], [], newId).differences).toEqual([]);
		expect(voiceDifferences([ownVoice, suspicion, ...others], [], newId, new Set(['wire'])).differences).toEqual([]);
		expect(voiceDifferences([ownVoice, suspicion, ...others], [], newId, new Set(['post'])).differences).toHaveLength(1);
	});
});
