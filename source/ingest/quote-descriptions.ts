import type {AnalysedParagraph, EntityKind} from './entities.js';
import {personDescriptionNouns, personTitles, titleAbbreviations} from './lexicon.js';
import type {Mention} from './mentions.js';
import {firstAtLeast} from './sorted-positions.js';
import {hasTag, isCapitalised, type Sentence, type Token} from './tokens.js';

// What a description that stands as a speaker ("the senator said", "the Republican nominee added") can
// mean: the people the article has described with the same words, next to their names, before the quote
// ("Sen. Ann Ray", "campaign manager Ivo Dahl", "Tom Hale, the Republican nominee,"). The name reader
// keeps a role only where a title sits inside the run of capitals; a reader also takes the abbreviated
// title before a name and the apposition after it. The speaker rules (speaker-rules.ts) resolve a
// description that one person fits; the candidates (quote-candidates.ts) take every person who fits.

/** Abbreviated titles and the nouns a later description uses for them ("Sen." → "the senator"). */
const abbreviationNouns: Record<string, string[]> = {
	sen: ['senator'],
	rep: ['representative', 'congressman', 'congresswoman'],
	gov: ['governor'],
	gen: ['general'],
	pres: ['president'],
	sec: ['secretary'],
	amb: ['ambassador'],
	atty: ['attorney'],
	prof: ['professor'],
	lt: ['lieutenant'],
	col: ['colonel'],
	capt: ['captain'],
	adm: ['admiral'],
	rev: ['reverend'],
	supt: ['superintendent'],
	det: ['detective'],
};

/** Nouns a description may use for a role written another way: "the spokeswoman" for a spokesperson, "the chair" for a chairwoman. */
const sameRole: string[][] = [
	['spokesman', 'spokeswoman', 'spokesperson'],
	['chairman', 'chairwoman', 'chair', 'chairperson'],
	['adviser', 'advisor'],
];

/** Wider nouns a role may be called by: a senator is "the lawmaker", a nominee "the candidate" (never the other way round). */
const widerNouns: Record<string, string[]> = {
	senator: ['lawmaker', 'legislator'],
	representative: ['lawmaker', 'legislator'],
	congressman: ['lawmaker', 'legislator'],
	congresswoman: ['lawmaker', 'legislator'],
	nominee: ['candidate'],
};

/** The nouns a role word may be called by in a description, itself included. */
export function roleNouns(word: string): string[] {
	const nouns = [word, ...(abbreviationNouns[word] ?? [])].flatMap(noun => sameRole.find(group => group.includes(noun)) ?? [noun]);
	return [...new Set([word, ...nouns, ...nouns.flatMap(noun => widerNouns[noun] ?? [])])];
}

/** Words that open an apposition after a name and may describe the person: "X, the Republican nominee,", "X, his campaign manager,". */
const appositionOpener = /^,\s+(?:the|a|an|his|her|their|its)\s+$/iu;
/** Words that end an apposition's description: what follows says whose or where ("a spokeswoman for the campaign"). */
const descriptionEnd = /^(?:of|for|at|in|on|from|with|to|and|who|whose|which|that|since|under)$/iu;

const isTitleWord = (token: Token) => {
	const word = token.text.toLowerCase().replace(/\.$/u, '');
	return personTitles.has(word) || personDescriptionNouns.has(word) || (titleAbbreviations.has(word) && /^\./u.test(token.post));
};

/** A word that may modify a role before its noun: lower case, or a party, nationality or proper adjective ("Republican nominee"). */
const isModifier = (token: Token) => /^\p{L}[\p{L}-]*$/u.test(token.text) && !hasTag(token, 'Verb', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction') && (!isCapitalised(token.text) || hasTag(token, 'Demonym', 'Adjective') || partyWords.test(token.text));

/** A party's adjective, which the tagger may read as a name: "the Republican nominee", "Democratic senator". */
export const partyWords = /^(?:Republican|Democratic|Democrat|Conservative|Labour|Liberal|Libertarian|Green)$/u;

/** The role words written right before a mention ("Sen.", "Republican nominee", "campaign manager"), lower case. */
function wordsBefore(tokens: Token[], first: number): string[] {
	const head = tokens[first - 1];
	if (!head || !isTitleWord(head) || !/^[.\s]+$/u.test(head.post)) return [];
	const words = [head.text.toLowerCase().replace(/\.$/u, '')];
	for (let index = first - 2; index >= Math.max(0, first - 3); index--) {
		const token = tokens[index]!;
		if (!/^\s+$/u.test(token.post) || !isModifier(token)) break;
		words.unshift(token.text.toLowerCase());
	}
	return words;
}

/** The description in an apposition right after a mention ("X, the Republican nominee, said"), lower case, up to its noun. */
function wordsAfter(paragraph: AnalysedParagraph, tokens: Token[], last: number, mention: Mention): string[] {
	const opener = tokens[last + 1];
	if (!opener || !appositionOpener.test(paragraph.text.slice(mention.end, opener.end) + ' ')) return [];
	const words: string[] = [];
	for (let index = last + 2; index < Math.min(tokens.length, last + 7); index++) {
		const token = tokens[index]!;
		if (descriptionEnd.test(token.text) || !/^\p{L}[\p{L}-]*$/u.test(token.text)) break;
		words.push(token.text.toLowerCase());
		if (!/^\s+$/u.test(token.post)) break;
	}
	return words.length > 0 && words.length <= 4 ? words : [];
}

/**
 * The words each person of an article is described by next to a mention: an abbreviated or lower-case
 * title before the name and an apposition after it, lower case, abbreviations with the nouns they stand for.
 */
export function describedRoles(paragraphs: AnalysedParagraph[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[], kinds: EntityKind[]): Map<number, Set<string>> {
	const roles = new Map<number, Set<string>>();
	for (const paragraph of paragraphs) {
		if (paragraph.headline) continue;
		// Sentences and tokens found by bisection: a run-on paragraph may hold thousands of names.
		const ends = paragraph.sentences.map(sentence => sentence.end);
		const tokenStarts = new Map<Sentence, number[]>();
		for (const mention of mentionsOf(paragraph)) {
			if (kinds[mention.entity] !== 'person') continue;
			const sentence = paragraph.sentences[firstAtLeast(ends, mention.start + 1)];
			if (!sentence || mention.start < sentence.start) continue;
			const starts = tokenStarts.get(sentence) ?? tokenStarts.set(sentence, sentence.tokens.map(token => token.start)).get(sentence)!;
			const first = firstAtLeast(starts, mention.start);
			if (first >= sentence.tokens.length) continue;
			let last = first;
			while (last + 1 < sentence.tokens.length && sentence.tokens[last + 1]!.end <= mention.end) last++;
			const words = [...wordsBefore(sentence.tokens, first), ...wordsAfter(paragraph, sentence.tokens, last, mention)];
			if (words.length === 0) continue;
			const set = roles.get(mention.entity) ?? roles.set(mention.entity, new Set()).get(mention.entity)!;
			for (const word of words) for (const noun of roleNouns(word)) set.add(noun);
		}
	}
	return roles;
}

/** Words before a description's noun that say nothing of whom it means: "the former senator", "the new coach". */
const plainModifiers = /^(?:former|new|top|senior|veteran|longtime|then|current|likely|presumptive|presumed|eventual|outgoing|incoming|acting)$/u;

/** Whether a person described by `roles` fits a description ("republican nominee"): its noun is one of the roles, every other word too or plain. */
export function fitsDescription(words: string[], roles: ReadonlySet<string> | undefined): boolean {
	if (!roles || words.length === 0) return false;
	const noun = words.at(-1)!;
	if (!roleNouns(noun).some(each => roles.has(each))) return false;
	return words.slice(0, -1).every(word => roles.has(word) || plainModifiers.test(word) || personDescriptionNouns.has(word));
}
