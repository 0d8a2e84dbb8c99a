import {existsSync, readFileSync, readdirSync} from 'node:fs';
import nlp from 'compromise';
import {describe, expect, it} from 'vitest';
import {analyseParagraph, lemma} from '../../source/ingest/tokens.js';

// lemma() names what a dated event did ("met", "signs" → "meet", "sign"); it takes a short way for a
// single verb, which must give exactly what compromise's own chain gives (the words, as the events'
// actions, are in every story an import writes).

const irregular: Record<string, string> = {left: 'leave', leaves: 'leave', leaving: 'leave'};
const byCompromise = (word: string) => (nlp(word).verbs().toInfinitive().text() as string).trim() || irregular[word] || word;

describe('lemma', () => {
	it('gives compromise’s infinitive for verbs of every tense and for words that are no verb', () => {
		const words = ['met', 'signs', 'signed', 'signing', 'arrived', 'has', 'was', 'is', 'be', 'been', 'being', 'left', 'leaves', 'fled', 'told', 'said', 'says', 'saying', 'withdrew', 'undertaken', 'spoke', 'bought', 'sought', 'can', 'will', "didn't", "won't", 'cannot', 're-elected', 'walk', 'quickly', 'table', 'red', 'closed', 'announces', 'dies', 'died', 'lay', 'lied', 'forecast', 'broadcast', 'went', 'gone', 'set up', 'Ferrying', 'MET'];
		expect(words.map(word => lemma(word))).toEqual(words.map(word => byCompromise(word.toLowerCase())));
		// Tenses are read, not guessed: a past tense and a participle go back to the same verb.
		expect(['met', 'signed', 'withdrew', 'undertaken', 'dies'].map(word => lemma(word))).toEqual(['meet', 'sign', 'withdraw', 'undertake', 'die']);
	});

	const articles = '../shared/ingest-dev/articles';
	it.skipIf(!existsSync(articles))('gives compromise’s infinitive for every verb of the development articles', () => {
		const verbs = new Set<string>();
		for (const name of readdirSync(articles).sort()) {
			for (const paragraph of readFileSync(`${articles}/${name}`, 'utf8').split(/\n\s*\n/u).slice(1)) {
				for (const sentence of analyseParagraph(paragraph.trim())) for (const token of sentence.tokens) if (token.tags.has('Verb')) verbs.add(token.text.toLowerCase());
			}
		}
		expect(verbs.size).toBeGreaterThan(200);
		const words = [...verbs];
		expect(words.map(word => lemma(word))).toEqual(words.map(word => byCompromise(word)));
	}, 120_000);
});
