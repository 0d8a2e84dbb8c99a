import {clutterKind} from '../ingest/clutter-shapes.js';
import {excerptOf} from '../ingest/mentions.js';
import type {Article, Citation, Fact, FactCategory} from '../model/schema.js';

// The sentences of the articles a story keeps (their cleaned paragraphs), for comparisons between
// outlets that must also reach articles added on earlier days, whose sentences are not all facts; and
// the facts a difference's sides stand on: the story's own fact for a sentence, else a new one citing it.

export type ArticleSentence = {article: string; paragraph: number; text: string; start: number; paragraphText: string};

const sentenceEnd = /(?<=[.!?][”"’)]?)\s+(?=[\p{Lu}“"‘(])/u;

/** Sentences of eight words or more in paragraphs of prose: no heading, caption, credit or question. */
export function articleSentences(article: Article): ArticleSentence[] {
	const sentences: ArticleSentence[] = [];
	for (const [index, paragraphText] of (article.paragraphs ?? []).entries()) {
		if (!/[.!?][”"’)]?$/u.test(paragraphText.trim()) || clutterKind(paragraphText)) continue;
		let start = 0;
		for (const text of paragraphText.split(sentenceEnd)) {
			const at = paragraphText.indexOf(text, start);
			start = at + text.length;
			if (clutterKind(text) || text.split(/\s+/).length < 8 || text.endsWith('?')) continue;
			sentences.push({article: article.id, paragraph: index + 1, text, start: at, paragraphText});
		}
	}
	return sentences;
}

export function createSideFacts(facts: Fact[], newId: (fallback: string) => string): {factFor: (sentence: ArticleSentence, category: FactCategory) => Fact; added: Fact[]} {
	const keyOf = (article: string, paragraph: number, text: string) => `${article}\u0000${paragraph}\u0000${text}`;
	const factAt = new Map<string, Fact>();
	const factsIn = new Map<string, Fact[]>();
	for (const fact of facts) {
		for (const citation of fact.cites) {
			factAt.set(keyOf(citation.article, citation.paragraph, fact.text), fact);
			const paragraphKey = keyOf(citation.article, citation.paragraph, '');
			factsIn.set(paragraphKey, [...(factsIn.get(paragraphKey) ?? []), fact]);
		}
	}
	const added: Fact[] = [];
	const factFor = (sentence: ArticleSentence, category: FactCategory): Fact => {
		const key = keyOf(sentence.article, sentence.paragraph, sentence.text);
		// The story's fact may be the sentence without the dateline that opens it ("LJUBLJANA — The party won …").
		const known = factAt.get(key) ?? factsIn.get(keyOf(sentence.article, sentence.paragraph, ''))?.find(fact => sentence.text.endsWith(` ${fact.text}`) && sentence.text.length - fact.text.length <= 60);
		if (known) return known;
		const citation: Citation = {article: sentence.article, paragraph: sentence.paragraph, excerpt: excerptOf(sentence.paragraphText, sentence.start, sentence.start + sentence.text.length)};
		const fact: Fact = {id: newId(`fact-side-${added.length + 1}`), text: sentence.text, category, about: [], cites: [citation]};
		factAt.set(key, fact);
		added.push(fact);
		return fact;
	};
	return {factFor, added};
}
