import {bareSurname, honorificSurname, insideQuote, mentionAfter, mentionEndingAt} from './attribution-names.js';
import {byAfterQuotation, isParticiple, subjectOf} from './attribution-subjects.js';
import {namingVerbs, reportingVerbs, speechParticles, speechVerbs} from './lexicon.js';
import type {Attribution, SentenceContext} from './attribution-types.js';
import {hasTag} from './tokens.js';

// The attributions of a sentence: each verb of saying ("said", "told", "went on", "according to") with
// what stands as its speaker: a named entity, a pronoun, a description ("the Russian dictator", "the
// bank") or nobody named ("officials said"). Who a pronoun or a description stands for is decided
// later, by the speaker rules in quote-sieves.ts, which know the article so far. The names around a verb
// are found by attribution-names.ts, its subject by attribution-subjects.ts.

export {insideQuote, mentionEndingAt} from './attribution-names.js';

export type {Attribution, SentenceContext, Subject} from './attribution-types.js';

/**
 * A word of saying in -s that is also a plural noun, followed by a plural or continuous form of "be" or by
 * "have" ("the Alibaba shares being left behind", "the Trump claims were false", "the FBI reports have"): a
 * verb of saying in the third person singular never takes those after it, so the word is the noun, the subject
 * of what follows, and names no speaker (a named modifier before it had given its body quotes about it).
 */
function pluralNounBeforeVerb(word: string, next: string | undefined): boolean {
	return word.endsWith('s') && !word.endsWith('ss') && /^(?:being|are|were|have)$/iu.test(next ?? '');
}

/** Every attribution in a sentence, in order: verbs of saying and "according to". */
export function attributionsOf(context: SentenceContext): Attribution[] {
	const {tokens} = context.sentence;
	const found: Attribution[] = [];
	tokens.forEach((token, index) => {
		if (insideQuote(token, context.spans)) return;
		const word = token.text.toLowerCase();
		if (word === 'according' && tokens[index + 1]?.text.toLowerCase() === 'to') {
			const mention = mentionAfter(tokens, index + 2, context.mentions);
			found.push({verb: index, subject: mention ? {kind: 'named', entity: mention.entity} : {kind: 'unnamed'}, how: '"according to X"'});
			return;
		}
		// "Michael P. McDonald: “…”", "More from Jones: “…”": a person named right before a colon that opens a quotation.
		if (/^:\s*$/u.test(token.post) && context.spans.some(span => span.start > token.end && span.start - token.end <= 4)) {
			const mention = mentionEndingAt(token, context.mentions);
			const person = mention && context.kinds[mention.entity] === 'person' && mention.end === token.end ? mention.entity : (honorificSurname(tokens, index - 1, context.surnames)?.entity ?? bareSurname(tokens, index, context.surnames));
			if (person !== undefined) {
				found.push({verb: index, subject: {kind: 'named', entity: person}, how: 'a name and a colon before the quotation ("X: “…”")'});
				return;
			}
		}
		const particle = speechParticles.get(word);
		// "…, saying, “…”": a participle of saying after a comma is a verb, whatever the tagger read it as.
		// "was quoted as saying": a verb, whatever the tagger read it as.
		const quotedAsSaying = word === 'saying' && /^as$/iu.test(tokens[index - 1]?.text ?? '') && /^quoted$/iu.test(tokens[index - 2]?.text ?? '');
		const isVerb = context.headline || hasTag(token, 'Verb') || (isParticiple(word) && /,\s*$/u.test(tokens[index - 1]?.post ?? '')) || quotedAsSaying;
		const speaks = speechVerbs.has(word) || (particle !== undefined && tokens[index + 1]?.text.toLowerCase() === particle);
		const names = namingVerbs.has(word) && (tokens[index + 1]?.text === 'by' || byAfterQuotation(tokens, index, context.spans) !== undefined);
		// compromise reads "was cast by" as a noun; a naming word followed by "by" is the verb.
		const reports = !speaks && reportingVerbs.has(word) && hasTag(token, 'Verb');
		if (!(speaks && isVerb) && !names && !reports) return;
		if (pluralNounBeforeVerb(word, tokens[index + 1]?.text)) return;
		found.push({verb: index, ...subjectOf(tokens, index, context, found), ...(reports && !names ? {weak: true as const} : {})});
	});
	return found;
}
