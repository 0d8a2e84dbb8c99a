import type {Attribution, SentenceContext, Subject} from './attribution-types.js';
import {beforeParenthesis, bareSurname, honorificSurname, insideNounPhrase, insideQuote, mentionAfter, mentionEndingAt, modifiesRoleNoun, personBeforeRole} from './attribution-names.js';
import {attributionFillers, documentNouns, namingVerbs, organizationDescriptors, personPronouns, speechParticles, speechVerbs} from './lexicon.js';
import {partyWords} from './quote-descriptions.js';
import type {QuoteSpan} from './quote-spans.js';
import {hasTag, isCapitalised, type Token} from './tokens.js';

// Who stands as the speaker of one verb of saying: the name before it, after it ("…,” said X"), before an
// apposition or a role ("X, the head of Y, said"), the agent of a passive ("described as “…” by X"), a
// pronoun, a description ("the minister said"), the subject of the clause a participle hangs on, or nobody
// named ("officials said").

/** Words that open an apposition after a name: "X, the head of Y,", "X, 44, a nurse,", "X, who …", "X, who's …". */
const appositionOpeners = /^(?:the|a|an|who|whose|who['’]s|one|\d+)$/iu;

/** Verbs of saying whose object is the one spoken to, never the speaker: "… told Reuters" is no inversion. */
const listenerVerbs = new Set(['tell', 'tells', 'told', 'telling', 'inform', 'informs', 'informed', 'remind', 'reminds', 'reminded', 'assure', 'assures', 'assured']);

/** Participles of saying hang on the clause before them: "X hailed the vote, saying …". */
export const isParticiple = (word: string) => /ing$/u.test(word);

/** Words before a verb within which its clause's subject is looked for: a bound on work in a run-on sentence. */
const subjectReach = 40;

/** A form of "be" before a participle: the passive ("was described", "has been called"). */
const beForms = /^(?:is|are|was|were|be|been|being)$/iu;

/**
 * A naming verb in the passive ("a stranding that was described as “unprecedented”", "has been called
 * “…”"): it names nobody who said the words, unless an agent follows ("… by the department", which the
 * attribution reads as its subject). A participle alone after a noun stays a verb of saying: "Ruiz
 * described it as" cannot be told from it by the words before.
 */
export function isPassiveNaming(tokens: Token[], index: number): boolean {
	const verb = tokens[index];
	if (!verb || !namingVerbs.has(verb.text.toLowerCase())) return false;
	// Past an adverb or two ("was widely described", "has been repeatedly called").
	let before = index - 1;
	while (before >= 0 && index - before <= 2 && hasTag(tokens[before]!, 'Adverb') && !beForms.test(tokens[before]!.text)) before--;
	return before >= 0 && beForms.test(tokens[before]!.text) && /^\s+$/u.test(tokens[before]!.post);
}

/** The subject of the sentence's first clause: its first person or body, when no word makes it an object. */
function clauseSubject(tokens: Token[], verb: number, context: SentenceContext): Subject | undefined {
	if (verb > subjectReach) return undefined;
	for (let index = 0; index < verb; index++) {
		if (insideQuote(tokens[index]!, context.spans)) continue;
		// "Ms. Sherry smiled and said": an honorific and a surname one person has, as the clause's subject.
		const titled = mentionEndingAt(tokens[index + 1] ?? tokens[index]!, context.mentions) ? undefined : honorificSurname(tokens, index, context.surnames);
		if (titled) return index > 0 && (hasTag(tokens[index - 1]!, 'Preposition', 'Verb') || /^(?:and|or|than)$/iu.test(tokens[index - 1]!.text)) && !/,\s*$/u.test(tokens[index - 1]!.post) ? undefined : {kind: 'named', entity: titled.entity};
		const mention = mentionEndingAt(tokens[index]!, context.mentions);
		if (!mention) continue;
		const kind = context.kinds[mention.entity];
		if (kind !== 'person' && kind !== 'organization') continue;
		const first = tokens.findIndex(item => item.start >= mention.start);
		const before = tokens[first - 1]?.text.toLowerCase() ?? '';
		// "After meeting Obama, Clinton said": a name after a preposition or a verb is not the subject.
		if (first > 0 && (hasTag(tokens[first - 1]!, 'Preposition', 'Verb') || /^(?:and|or|than)$/.test(before)) && !/,\s*$/u.test(tokens[first - 1]!.post)) return undefined;
		return {kind: 'named', entity: mention.entity};
	}
	return undefined;
}

/** "the Russian dictator", "the company": lower-case words (or a nationality) after "the", ending at `last`. */
function descriptionEndingAt(tokens: Token[], last: number): string[] | undefined {
	const words: string[] = [];
	for (let index = last; index >= Math.max(0, last - 4); index--) {
		const token = tokens[index]!;
		if (/^the$/i.test(token.text)) return words.length > 0 && !/[,;:”"]/u.test(token.post) ? words : undefined;
		const plain = /^\p{Ll}[\p{Ll}-]*$/u.test(token.text) || hasTag(token, 'Demonym') || (isCapitalised(token.text) && hasTag(token, 'Adjective')) || (index < last && partyWords.test(token.text));
		if (!plain || (index < last && !/^\s+$/u.test(token.post)) || hasTag(token, 'Verb', 'Preposition')) return undefined;
		words.unshift(token.text.toLowerCase());
	}
	return undefined;
}

/** "said he", "said the minister", "said X": the speaker after the verb, in an inverted attribution. */
function subjectAfter(tokens: Token[], verb: number, context: SentenceContext): Subject | undefined {
	const named = mentionAfter(tokens, verb + 1, context.mentions, 6, context.kinds);
	if (named) return {kind: 'named', entity: named.entity};
	const titled = honorificSurname(tokens, verb + 1, context.surnames);
	if (titled) return {kind: 'named', entity: titled.entity};
	const surname = bareSurname(tokens, verb + 1, context.surnames);
	if (surname !== undefined) return {kind: 'named', entity: surname};
	const next = tokens[verb + 1];
	if (next && personPronouns.has(next.text.toLowerCase())) return {kind: 'pronoun', word: next.text.toLowerCase()};
	if (next && /^the$/i.test(next.text)) {
		for (let end = verb + 2; end < Math.min(tokens.length, verb + 6); end++) {
			if (/[,.;:!?]/u.test(tokens[end]!.post) || end === tokens.length - 1) {
				const words = descriptionEndingAt(tokens, end);
				return words ? {kind: 'description', words} : undefined;
			}
		}
	}
	return undefined;
}

/** The "by" after a naming verb's quoted words ("described as “…” by", "called “…” by"): the agent of a passive follows it. */
export function byAfterQuotation(tokens: Token[], verb: number, spans: QuoteSpan[]): number | undefined {
	if (!namingVerbs.has(tokens[verb]?.text.toLowerCase() ?? '')) return undefined;
	let index = verb + 1;
	if (/^as$/iu.test(tokens[index]?.text ?? '')) index++;
	if (!tokens[index] || !insideQuote(tokens[index]!, spans)) return undefined;
	while (tokens[index] && insideQuote(tokens[index]!, spans)) index++;
	return /^by$/iu.test(tokens[index]?.text ?? '') ? index : undefined;
}

/** The agent after "by" that follows a naming verb's quoted words: a name ("by Mayor Ana Ruiz") or a description ("by the fisheries department"). */
function agentAfterQuotation(tokens: Token[], verb: number, context: SentenceContext): Subject | undefined {
	const by = byAfterQuotation(tokens, verb, context.spans);
	if (by === undefined) return undefined;
	const named = mentionAfter(tokens, by + 1, context.mentions, 6, context.kinds);
	if (named) return {kind: 'named', entity: named.entity};
	if (!/^the$/iu.test(tokens[by + 1]?.text ?? '')) return undefined;
	for (let end = by + 2; end < Math.min(tokens.length, by + 6); end++) {
		if (/[,.;:!?]/u.test(tokens[end]!.post) || end === tokens.length - 1) {
			const words = descriptionEndingAt(tokens, end);
			return words ? {kind: 'description', words} : undefined;
		}
	}
	return undefined;
}

export function subjectOf(tokens: Token[], verb: number, context: SentenceContext, earlier: Attribution[]): Omit<Attribution, 'verb'> {
	const {spans, mentions, kinds} = context;
	let index = verb - 1;
	const skipFillers = () => {
		while (index >= 0 && !/[,;:“”"]/u.test(tokens[index]!.post) && (attributionFillers.has(tokens[index]!.text.toLowerCase()) || /^(?:himself|herself|themselves|itself)$/iu.test(tokens[index]!.text) || hasTag(tokens[index]!, 'Adverb', 'Auxiliary', 'Modal'))) index--;
	};
	skipFillers();
	// "X went on to say", "X wanted to add": the verb after "to" speaks for the subject of the verb before it.
	if (/^to$/iu.test(tokens[index]?.text ?? '') && index > 0 && !/[,;:“”"]/u.test(tokens[index - 1]!.post) && (hasTag(tokens[index - 1]!, 'Verb') || speechParticles.has(tokens[index - 2]?.text.toLowerCase() ?? ''))) {
		index -= speechParticles.get(tokens[index - 2]?.text.toLowerCase() ?? '') === tokens[index - 1]!.text.toLowerCase() ? 3 : 2;
		skipFillers();
	}
	// "X was quoted as saying": the one quoted is the subject before the passive.
	if (/^saying$/iu.test(tokens[verb]!.text) && /^as$/iu.test(tokens[index]?.text ?? '') && /^quoted$/iu.test(tokens[index - 1]?.text ?? '') && !/[,;:“”"]/u.test(tokens[index - 1]!.post)) {
		index -= 2;
		skipFillers();
	}
	// "dismissed by the former minister as a “paper tiger”": the agent of a passive.
	if (tokens[verb + 1]?.text === 'by') {
		const agent = mentionAfter(tokens, verb + 2, mentions, 6, kinds);
		if (agent) return {subject: {kind: 'named', entity: agent.entity}, how: 'passive agent ("… by X")'};
	}
	// "described as “heartbreaking” by the department": the agent after the quoted words.
	const agent = agentAfterQuotation(tokens, verb, context);
	if (agent) return {subject: agent, how: 'passive agent after the quotation ("described as “…” by X")'};
	if (namingVerbs.has(tokens[verb]!.text.toLowerCase()) && !speechVerbs.has(tokens[verb]!.text.toLowerCase())) return {subject: {kind: 'unnamed'}, how: 'a naming verb without its agent'};
	// "Ruiz was called “a liar”": the subject of a passive is who is named, never who spoke.
	if (isPassiveNaming(tokens, verb)) return {subject: {kind: 'unnamed'}, how: 'a naming verb in the passive without its agent ("was described as “…”")'};
	if (index < 0) return {subject: subjectAfter(tokens, verb, context) ?? {kind: 'unnamed'}, how: 'verb first'};
	const token = tokens[index]!;
	if (/[,”"]/u.test(token.post) || insideQuote(token, spans)) {
		// "X hailed the vote, saying he …": a participle's subject is the clause's, never the words after it.
		if (isParticiple(tokens[verb]!.text.toLowerCase()) && !insideQuote(token, spans)) {
			const subject = clauseSubject(tokens, verb, context);
			if (subject) return {subject, how: 'the subject of the clause a participle hangs on ("X hailed …, saying")'};
		}
		// "…,” said X" and "…, said X": the speaker follows the verb; after "told" it is the listener ("X, the head of Y, told Reuters").
		const after = listenerVerbs.has(tokens[verb]!.text.toLowerCase()) ? undefined : subjectAfter(tokens, verb, context);
		if (after) return {subject: after, how: 'after the verb ("…,” said X")'};
		// "X, the Korea Chair at Y, said", "X, 44, a nurse, said", "X (R-Ohio), a member, said": the name before an apposition.
		let commas = 0;
		for (let back = index - 1; back >= Math.max(0, index - 30) && commas < 3; back--) {
			if (!/,/u.test(tokens[back]!.post)) continue;
			commas++;
			const mention = mentionEndingAt(tokens[beforeParenthesis(tokens, back)]!, mentions);
			const opened = appositionOpeners.test(tokens[back + 1]?.text ?? '');
			if (mention && opened) return {subject: {kind: 'named', entity: mention.entity}, how: 'a name before its apposition ("X, the …, said")'};
			// "X, legal director of Y, said": a person and a role without an article, no verb or quotation in it.
			const role = tokens.slice(back + 1, index + 1);
			// A role opening in lower case may run longer ("senior lecturer in law at the University of X").
			const plainRole = role.length <= (/^\p{Ll}/u.test(tokens[back + 1]?.text ?? '') ? 16 : 10) && role.every((item, at) => (!hasTag(item, 'Verb') || modifiesRoleNoun(role, at) || insideNounPhrase(role, at)) && !insideQuote(item, spans) && !/[;:“”"]/u.test(item.post));
			const namesSomeone = role.some(item => {
				const inside = mentionEndingAt(item, mentions);
				return inside !== undefined && (kinds[inside.entity] === 'person' || kinds[inside.entity] === 'organization');
			});
			if (mention && kinds[mention.entity] === 'person' && plainRole && (/^\p{Ll}/u.test(tokens[back + 1]?.text ?? '') || !namesSomeone)) return {subject: {kind: 'named', entity: mention.entity}, how: 'a name before its role ("X, director of Y, said")'};
			if (!opened && !/^\d/u.test(tokens[back]!.text)) break;
		}
	}
	if (insideQuote(token, spans)) return sharedByNonFinite(tokens, verb, context, earlier) ?? {subject: {kind: 'unnamed'}, how: 'nothing before the verb but the quotation'};
	// "Governor Mary Fallin (R-OK) said": the name before a parenthesis.
	const mention = mentionEndingAt(tokens[beforeParenthesis(tokens, index)]!, mentions);
	if (mention) {
		// "Priya Raman of Hollis Research said": the person, not the body they belong to.
		const first = tokens.findIndex(item => item.start >= mention.start);
		// "Priya Raman of the Hollis Institute wrote": past the article.
		const article = /^the$/i.test(tokens[first - 1]?.text ?? '') ? 1 : 0;
		const linker = tokens[first - 1 - article];
		if (kinds[mention.entity] !== 'person' && linker && /^(?:of|at|from)$/.test(linker.text)) {
			const person = mentionEndingAt(tokens[first - 2 - article] ?? linker, mentions);
			if (person && kinds[person.entity] === 'person') return {subject: {kind: 'named', entity: person.entity}, how: 'a person of a body ("X of Y said")'};
			// "Ana Ruiz, president and CEO of Lumo Restaurant Association stated": the person before the role, its closing comma left out.
			const titled = personBeforeRole(tokens, first - 2 - article, context);
			if (titled !== undefined) return {subject: {kind: 'named', entity: titled}, how: 'a person before a role of a body ("X, head of Y said")'};
		}
		return {subject: {kind: 'named', entity: mention.entity}, how: 'a name before the verb ("X said")'};
	}
	const titled = honorificSurname(tokens, index - 1, context.surnames);
	if (titled) return {subject: {kind: 'named', entity: titled.entity}, how: 'an honorific and a surname before the verb ("Mr. Hale said")'};
	const surname = bareSurname(tokens, index, context.surnames);
	if (surname !== undefined) return {subject: {kind: 'named', entity: surname}, how: 'a surname alone before the verb ("Blackwell said")'};
	const word = token.text.toLowerCase();
	if (personPronouns.has(word)) return {subject: {kind: 'pronoun', word}, how: 'a pronoun before the verb ("he said")'};
	// "the Chosun Ilbo newspaper said", "the IMF report stated": a name and what it is or issued.
	const previous = tokens[index - 1];
	if ((organizationDescriptors.has(word) || documentNouns.has(word)) && previous) {
		const named = mentionEndingAt(previous, mentions);
		if (named) return {subject: {kind: 'named', entity: named.entity}, how: 'a name and its descriptor ("the X newspaper said")'};
	}
	// "… and warned": the verb shares the subject of the one before it.
	if (/^(?:and|but)$/i.test(word) && earlier.length > 0 && earlier.at(-1)!.subject.kind !== 'unnamed') return {subject: earlier.at(-1)!.subject, how: 'shares the subject of the verb before ("… and warned")'};
	// "Clinton supports pay raises and recalled …": the verb shares the clause's subject.
	if (/^(?:and|but)$/i.test(word)) {
		const subject = clauseSubject(tokens, verb, context);
		if (subject) return {subject, how: 'shares the subject of its clause ("X supports … and recalled")'};
	}
	const description = descriptionEndingAt(tokens, index);
	if (description) return {subject: {kind: 'description', words: description}, how: 'a description before the verb ("the minister said")'};
	return sharedByNonFinite(tokens, verb, context, earlier) ?? {subject: {kind: 'unnamed'}, how: 'no named subject'};
}

/**
 * A verb of saying with no subject of its own because it is a participle or an infinitive ("…,” he said,
 * adding, “…”", "Trump said … before claiming that “…”", "going on to say that “…”") speaks for the subject
 * of the verb of saying before it in the sentence. A finite verb without a named subject ("critics said")
 * stays unnamed, and so does a participle with no verb of saying before it: its clause's first name was
 * its speaker for only 15 of 25 such quotes of PolNeAR's tune part.
 */
function sharedByNonFinite(tokens: Token[], verb: number, context: SentenceContext, earlier: Attribution[]): Omit<Attribution, 'verb'> | undefined {
	if (!isParticiple(tokens[verb]!.text.toLowerCase()) && !/^to$/iu.test(tokens[verb - 1]?.text ?? '')) return undefined;
	const before = earlier.findLast(attribution => attribution.subject.kind !== 'unnamed');
	return before ? {subject: before.subject, how: 'a participle or infinitive shares the subject of the verb of saying before it ("X said …, adding “…”")'} : undefined;
}
