import type {EntityKind} from './entities.js';
import {titleAbbreviations} from './lexicon.js';
import type {Mention} from './mentions.js';
import type {QuoteSpan} from './quote-spans.js';
import type {SentenceContext} from './attribution-types.js';
import {hasTag, isCapitalised, type Token} from './tokens.js';

// The names an attribution reads around its verb of saying: a mention ending at a word, the first name
// after the verb, an honorific and a surname ("Mr. Hale"), a surname alone, the person before a role
// ("X, president and CEO of Y"). Which of them is the speaker is attributions.ts's and
// attribution-subjects.ts's to decide.

export const honorifics = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Prof)\.?$/;

/** "Mr. Hale", "Dr Obi": an honorific and a surname that one person of the article has; the person and the surname's token. */
export function honorificSurname(tokens: Token[], at: number, surnames: ReadonlyMap<string, number> | undefined): {entity: number; last: number} | undefined {
	const honorific = tokens[at];
	const surname = tokens[at + 1];
	const titled = honorifics.test(honorific?.text ?? '') || (titleAbbreviations.has(honorific?.text.toLowerCase() ?? '') && /^\./u.test(honorific?.post ?? ''));
	if (!surnames || !honorific || !surname || !titled || !isCapitalised(surname.text)) return undefined;
	// "Mrs. Clinton" with two Clintons named: the woman ("ms:clinton"), "Mr. Clinton" the man.
	const sex = /^(?:Mrs|Ms|Miss)\.?$/u.test(honorific.text) ? 'ms' : /^Mr\.?$/u.test(honorific.text) ? 'mr' : undefined;
	const entity = (sex ? surnames.get(`${sex}:${surname.text.toLowerCase()}`) : undefined) ?? surnames.get(surname.text.toLowerCase());
	return entity === undefined ? undefined : {entity, last: at + 1};
}

/**
 * "Blackwell said", "said Blackwell": a capitalised word alone that is the surname of exactly one person of
 * the article names that person, where the name reader found no mention (a run of capitals is another name).
 */
export function bareSurname(tokens: Token[], at: number, surnames: ReadonlyMap<string, number> | undefined): number | undefined {
	const token = tokens[at];
	if (!surnames || !token || !/^\p{Lu}\p{Ll}/u.test(token.text)) return undefined;
	const before = tokens[at - 1];
	if (before && isCapitalised(before.text) && /^\s+$/u.test(before.post) && !titleAbbreviations.has(before.text.toLowerCase().replace(/\.$/u, '')) && !honorifics.test(before.text)) return undefined;
	const after = tokens[at + 1];
	if (after && isCapitalised(after.text) && /^\s+$/u.test(token.post)) return undefined;
	return surnames.get(token.text.toLowerCase());
}

export function insideQuote(token: Token, spans: QuoteSpan[]): boolean {
	return spans.some(span => token.start >= span.start && token.start < span.end);
}

export function mentionEndingAt(token: Token, mentions: Mention[]): Mention | undefined {
	return mentions.find(mention => mention.start <= token.start && mention.end >= token.end);
}

/** The first named entity within a few words after `from`: "said Kremlin spokesperson Dmitry Peskov". */
export function mentionAfter(tokens: Token[], from: number, mentions: Mention[], limit = 6, kinds?: EntityKind[]): Mention | undefined {
	for (let index = from; index < Math.min(tokens.length, from + limit); index++) {
		const mention = mentionEndingAt(tokens[index]!, mentions);
		// "by former US president Donald Trump", "said Marquette pollster Ana Ruiz": a place or body before a
		// title only says whose president or pollster.
		let last = index;
		while (mention && last + 1 < tokens.length && tokens[last + 1]!.end <= mention.end) last++;
		if (mention && kinds !== undefined && kinds[mention.entity] !== 'person' && !/[,.;:!?]/u.test(tokens[last]!.post)) {
			const person = mentionAfter(tokens, last + 1, mentions, limit - (last - from) - 1);
			if (person && kinds[person.entity] === 'person') return person;
		}
		if (mention) return mention;
		// "said on Twitter", "said in a statement to Reuters": a name after a preposition is not who speaks.
		if (hasTag(tokens[index]!, 'Preposition')) return undefined;
		const title = titleAbbreviations.has(tokens[index]!.text.toLowerCase()) && /^\.\s+$/u.test(tokens[index]!.post);
		if (!title && /[,.;:!?“”"]/u.test(tokens[index]!.post)) return undefined;
	}
	return undefined;
}

/** The token before a parenthesis that `index` closes ("Jim Jordan (R-Ohio)", "Gwen Moore (D-Wis.)" → the surname), else `index`. */
export function beforeParenthesis(tokens: Token[], index: number): number {
	// A state's abbreviation keeps its full stop inside the parenthesis: "(D-Wis.)".
	if (!/^\.?\)/u.test(tokens[index]?.post ?? '')) return index;
	for (let open = index; open >= Math.max(0, index - 6); open--) if (tokens[open]!.pre.includes('(')) return open - 1;
	return index;
}

/** "associate professor", "acting director": a word the tagger reads as a verb that modifies the role noun after it. */
export const modifiesRoleNoun = (role: Token[], at: number) => hasTag(role[at + 1] ?? role[at]!, 'Actor') && at + 1 < role.length && /^\s+$/u.test(role[at]!.post);

/** "the Clinton campaign", "its board": a word the tagger reads as a verb right after a determiner, a possessive or a name is a noun. */
export const insideNounPhrase = (role: Token[], at: number) => at > 0 && /^\s+$/u.test(role[at - 1]!.post) && (/^(?:the|a|an|its|his|her|their|our)$/iu.test(role[at - 1]!.text) || /['’]s?$/u.test(role[at - 1]!.text) || /^\p{Lu}/u.test(role[at - 1]!.text));

/** Words at most in a role between a person's name and the body it belongs to ("X, president and CEO of Y"). */
const roleWords = 6;

/**
 * The person named right before a comma that opens a role ending at `last` ("Ana Ruiz, president and CEO"
 * of the body): the role's words are lower-case or titles, no verb, no quotation.
 */
export function personBeforeRole(tokens: Token[], last: number, {mentions, kinds, spans}: SentenceContext): number | undefined {
	for (let index = last; index >= Math.max(1, last - roleWords + 1); index--) {
		const token = tokens[index]!;
		if (hasTag(token, 'Verb') || insideQuote(token, spans) || mentionEndingAt(token, mentions) || /[;:“”"]/u.test(token.post)) return undefined;
		if (index < last && /,/u.test(token.post)) return undefined;
		if (!/,\s*$/u.test(tokens[index - 1]!.post)) continue;
		const person = mentionEndingAt(tokens[index - 1]!, mentions);
		return person && kinds[person.entity] === 'person' && /^\p{Ll}/u.test(token.text) ? person.entity : undefined;
	}
	return undefined;
}
