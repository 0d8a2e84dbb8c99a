import type {Article, Difference, Fact} from '../model/schema.js';
import {articleSentences, createSideFacts, type ArticleSentence} from './article-sentences.js';
import {happeningWords} from './merge-happenings.js';

// Where one outlet states in its own voice what another only attributes to someone ("officials fear
// that …", "there was speculation that …"): the two sentences speak of the same thing when they share
// three words of substance, two of them rare in the story (said by few of its articles), so that a
// common word of the story ("meeting", "leader") never makes a pair. Read from the articles' kept text,
// so the same rule serves an import and `--into` (where the older articles' sentences are not facts).

// A statement someone is said to make is the same for this purpose as one said to be suspected, feared
// or alleged: what matters is that the outlet does not say it itself. Only the hedged kinds (suspicion,
// allegation, speculation, concern) make a difference: "officials said" beside a plain statement is
// ordinary sourcing, but a suspicion stated by another outlet as fact is where the two part.
const attribution =
	/\b(?:said|says|say|told|tells|according to|reported(?:ly)?|claim(?:s|ed)?|alleg(?:e|es|ed|edly|ation|ations)|believed?|suspect(?:s|ed)?|speculat(?:ion|ed)|rumou?r(?:s|ed)?|concerns?|fear(?:s|ed)?|accus(?:e|es|ed)|citing|insist(?:s|ed)?|den(?:y|ies|ied)|reveal(?:s|ed)|disclos(?:e|es|ed)|(?:has|have|had) learned)\b/iu;
const hedged = /\b(?:reportedly|claim(?:s|ed)?|alleg(?:e|es|ed|edly|ation|ations)|believed|suspect(?:s|ed)?|speculat(?:ion|ed)|rumou?r(?:s|ed)?|concerns?|fear(?:s|ed)?|accus(?:e|es|ed)|unconfirmed|unverified)\b/iu;
const quotation = /[“”"«»]/u;

type Sentence = ArticleSentence & {words: Set<string>; attributed: boolean; hedged: boolean};

function sentencesOf(article: Article): Sentence[] {
	return articleSentences(article).map(sentence => {
		// Capitalised words are names (or a dateline): they say who and where, not what.
		const names = new Set(sentence.text.split(/\s+/).filter(word => /^\p{Lu}/u.test(word)).map(word => word.toLowerCase().replace(/[^\p{L}]/gu, '')));
		return {...sentence, words: happeningWords(sentence.text.replace(/\d+/gu, ' '), names), attributed: attribution.test(sentence.text), hedged: hedged.test(sentence.text)};
	});
}

/** A word's stem ("ammunit") as the sentence writes it ("ammunition"), for the reader. */
function asWritten(stem: string, text: string): string {
	for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (happeningWords(word, new Set()).has(stem)) return word;
	return stem;
}

/** Words of substance two sentences share before they are taken for the same statement, and rare ones among them. */
export const sharedWordsNeeded = 3;
const rareWordsNeeded = 2;

export type VoiceOutcome = {differences: Difference[]; facts: Fact[]};

/**
 * Own voice against attribution between the articles' sentences; with `fresh` (the articles `--into`
 * adds) only pairs with a side in one of them. A sentence a fact already holds is cited through that
 * fact; any other side becomes a fact (a claim when attributed, context in the outlet's own voice).
 */
export function voiceDifferences(articles: Article[], facts: Fact[], newId: (fallback: string) => string, fresh?: Set<string>): VoiceOutcome {
	const outletOf = new Map(articles.map(article => [article.id, article.outlet]));
	const all = articles.flatMap(sentencesOf);
	// In how many articles each word is said: rare words (said by few) say what a sentence is about.
	const articlesOf = new Map<string, Set<string>>();
	for (const sentence of all) for (const word of sentence.words) articlesOf.set(word, (articlesOf.get(word) ?? new Set()).add(sentence.article));
	const rareAt = Math.max(3, Math.ceil(articles.length * 0.3));
	const byWord = new Map<string, Sentence[]>();
	for (const sentence of all.filter(item => item.hedged)) for (const word of sentence.words) if ((articlesOf.get(word)?.size ?? 0) <= rareAt) byWord.set(word, [...(byWord.get(word) ?? []), sentence]);
	const sideFacts = createSideFacts(facts, newId);
	const factFor = (sentence: Sentence) => sideFacts.factFor(sentence, sentence.attributed ? 'claim' : 'context');
	const differences: Difference[] = [];
	const used = new Set<Sentence>();
	for (const own of all) {
		if (own.attributed || quotation.test(own.text)) continue;
		// For each other outlet, its attributed sentence sharing the most with this one.
		const best = new Map<string, {sentence: Sentence; shared: string[]}>();
		for (const other of new Set([...own.words].flatMap(word => byWord.get(word) ?? []))) {
			if (used.has(other) || outletOf.get(other.article) === outletOf.get(own.article)) continue;
			if (fresh && !fresh.has(own.article) && !fresh.has(other.article)) continue;
			const shared = [...own.words].filter(word => other.words.has(word));
			const rare = shared.filter(word => (articlesOf.get(word)?.size ?? 0) <= rareAt);
			if (shared.length < sharedWordsNeeded || rare.length < rareWordsNeeded) continue;
			const outlet = outletOf.get(other.article) ?? other.article;
			if ((best.get(outlet)?.shared.length ?? 0) < shared.length) best.set(outlet, {sentence: other, shared});
		}
		if (best.size === 0) continue;
		const others = [...best.values()];
		for (const {sentence} of others) used.add(sentence);
		const words = [...new Set(others.flatMap(other => other.shared))].filter(word => (articlesOf.get(word)?.size ?? 0) <= rareAt);
		const ownOutlet = outletOf.get(own.article) ?? own.article;
		const attributedOutlets = [...best.keys()];
		differences.push({
			id: newId(`difference-voice-${differences.length + 1}`),
			topic: `Who says so: ${own.text.split(/\s+/).slice(0, 8).join(' ')} …`,
			note: `${ownOutlet} says it in its own voice; ${attributedOutlets.join(', ')} ${attributedOutlets.length > 1 ? 'attribute' : 'attributes'} it to someone. Found automatically: the sentences share the words ${words.map(word => `"${asWritten(word, own.text)}"`).join(', ')}.`,
			sides: [own, ...others.map(other => other.sentence)].map(sentence => ({article: sentence.article, refs: [factFor(sentence).id]})),
		});
	}
	return {differences, facts: sideFacts.added};
}
