import {hasTag, type Sentence} from './tokens.js';

// Wire copy opens with what has just happened, in the present perfect and without a date: "Putin has
// met Kim at …", "the probe has touched down on the moon". Such a lead dates its event by the
// publication day. Only the first such sentence of the first two prose paragraphs counts, and only when
// it names no date of its own.

const helper = /^(?:has|have)$/i;

/** Offset (in the paragraph) of the verb of a present-perfect clause, or undefined. */
export function presentPerfectAt(sentence: Sentence): number | undefined {
	const {tokens} = sentence;
	for (const [index, token] of tokens.entries()) {
		if (!helper.test(token.text) || /["“”]/u.test(token.pre)) continue;
		// "who has met", "that have shaped": a relative clause describes someone, it is not the news.
		if (/^(?:who|which|that)$/i.test(tokens[index - 1]?.text ?? '')) continue;
		let next = index + 1;
		while (next < tokens.length && hasTag(tokens[next]!, 'Adverb') && !/[,;]/u.test(tokens[next]!.post)) next++;
		const verb = tokens[next];
		if (verb && hasTag(verb, 'Verb') && (hasTag(verb, 'PastTense', 'Participle') || /(?:ed|en|met|won|lost|left|made|held|struck|hit)$/i.test(verb.text)) && !/^been$/i.test(verb.text)) return verb.start;
	}
	return undefined;
}
