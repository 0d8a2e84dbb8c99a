import {isFirstName} from './first-names.js';
import {everydayPeopleNouns, ministryDomains, nameParticles, organizationDescriptors, organizationHeads, personTitles, placeNouns, roleModifiers, speechVerbs} from './lexicon.js';
import {bare, neverAName, possessive} from './name-words.js';
import {hasTag, isCapitalised, type Token} from './tokens.js';
import type {RunContext} from './entity-rule-types.js';

// The words around a name that say what someone is: a title inside the run of capitals ("Finance
// Minister Ivo Dahl"), lower-case role words before it ("Kremlin spokesperson"), an apposition after it
// ("X, the head of Y,"), and whether the run starts with a first name.

/** Index of the last title word in a run that still has name words after it, or -1. */
export function titleEnd(tokens: Token[], start: number, end: number): number {
	let last = -1;
	for (let index = start; index < end - 1; index++) {
		if (personTitles.has(bare(tokens[index]!.text)) || hasTag(tokens[index]!, 'Honorific')) last = index;
	}
	if (last === -1) return -1;
	// "Ministry of Foreign Affairs", "Council on Foreign Relations": a title word after a body's head and its
	// connector belongs to the body's name.
	for (let index = start + 1; index < last; index++) {
		if (/^(?:of|on|for)$/u.test(tokens[index]!.text) && tokens.slice(start, index).some(token => organizationHeads.has(bare(token.text)))) return -1;
	}
	// The rest must read as a name, not as a title of its own ("Prime Minister").
	const rest = tokens.slice(last + 1, end);
	// Nor as a body: "Foreign Ministry" is no person called Ministry.
	const body = rest.every(token => organizationHeads.has(bare(token.text)));
	return rest.some(token => !personTitles.has(bare(token.text))) && isCapitalised(rest[0]!.text) && !body ? last : -1;
}

/** The role a title in the run gives, with "former" or "Finance" before it: "Finance Minister". */
export function titleRole(tokens: Token[], start: number, titleIndex: number, text: string): string {
	let roleStart = start;
	// "Finance Minister X" when "Finance" opened the sentence outside the name; "former President X".
	for (let index = start - 1; index >= Math.max(0, start - 2); index--) {
		const modifier = tokens[index]!;
		if (!/^\s+$/u.test(modifier.post)) break;
		if (roleModifiers.has(bare(modifier.text.replace(/-.*$/, ''))) || (isCapitalised(modifier.text) && personTitles.has(bare(modifier.text)))) roleStart = index;
		else break;
	}
	return text.slice(tokens[roleStart]!.start, tokens[titleIndex]!.end);
}

/** Lower-case role words right before a name: "Kremlin spokesperson", "North Korean leader". */
export function roleBefore(tokens: Token[], start: number, text: string): {role?: string; descriptor?: string} {
	const previous = tokens[start - 1];
	if (!previous || !/^\s+$/u.test(previous.post) || isCapitalised(previous.text) || !/^\p{L}[\p{L}-]*$/u.test(previous.text)) return {};
	const word = bare(previous.text);
	if (organizationDescriptors.has(word)) return {descriptor: word};
	if (!hasTag(previous, 'Actor') && !personTitles.has(word.replace(/^.*-/, ''))) return {};
	// Take the modifiers before the role noun: proper adjectives, nouns, "former".
	let first = start - 1;
	while (first > 0 && start - first < 4) {
		const candidate = tokens[first - 1]!;
		if (!/^\s+$/u.test(candidate.post) || candidate.pre !== '') break;
		const usable =
			roleModifiers.has(candidate.text.toLowerCase()) ||
			(!isCapitalised(candidate.text) && personTitles.has(bare(candidate.text))) ||
			(isCapitalised(candidate.text) && !neverAName(candidate) && !possessive.test(candidate.text) && !hasTag(candidate, 'Verb')) ||
			hasTag(candidate, 'Demonym') ||
			(hasTag(candidate, 'Noun') && !hasTag(candidate, 'Pronoun', 'Determiner') && !isCapitalised(candidate.text) && hasTag(candidate, 'Actor'));
		if (!usable) break;
		first--;
	}
	return {role: text.slice(tokens[first]!.start, previous.end)};
}

// A minister's domain ("foreign", "health") is a role word only before a title ("the foreign minister"):
// "China, foreign policy and energy" lists topics, it names no one's role.
function isRoleWord(tokens: Token[], index: number): boolean {
	const word = bare(tokens[index]!.text);
	if (!personTitles.has(word)) return false;
	const next = tokens[index + 1];
	return !ministryDomains.has(word) || (next !== undefined && /^\s+$/u.test(tokens[index]!.post) && personTitles.has(bare(next.text)) && !ministryDomains.has(bare(next.text)));
}

/** A noun that says what a person is: "fisherman", "nurse", "witness", "spokeswoman" (not "human"). */
function isPersonNoun(word: string): boolean {
	const lower = word.toLowerCase();
	return everydayPeopleNouns.has(lower) || (/^\p{Ll}{4,}(?:man|woman|men|women|person)$/u.test(word) && !/^(?:hu|wo)/u.test(lower));
}

const nameAbbreviations = new Set(['Co', 'Corp', 'Inc', 'Ltd', 'Jr', 'Sr', 'St', 'Dr', 'Mt', 'Ft']);

/** "Ramon Pacheco Pardo, the Korea Chair at the Brussels School of Governance," → the role. */
export function roleAfter(tokens: Token[], end: number, text: string): string | undefined {
	const last = tokens[end - 1]!;
	const first = tokens[end];
	if (!first || !/^,\s*$/u.test(last.post)) return undefined;
	// "X, the Korea Chair at …," or "X, chief economist at DNB Markets,".
	const article = /^(?:the|a|an)$/i.test(first.text);
	if (!article && !(!isCapitalised(first.text) && isRoleWord(tokens, end))) return undefined;
	let stop = end;
	while (stop < tokens.length && stop - end < 12) {
		const token = tokens[stop]!;
		if (/[“”"(]/u.test(token.pre)) return undefined;
		// "president of Dana F. Besecker Company," "chief of Acme Inc.'s unit": an initial's or an
		// abbreviation's full stop goes on with the name.
		// "X, a fisherman who helped …": a relative clause tells more of the person; the role ends before it.
		if (stop > end + (article ? 1 : 0) && /^(?:who|whose)$/iu.test(token.text)) {
			stop--;
			break;
		}
		const abbreviated = /^\.\s+$/u.test(token.post) && (/^\p{Lu}$/u.test(token.text) || nameAbbreviations.has(token.text)) && isCapitalised(tokens[stop + 1]?.text ?? '');
		if (/[,.;:!?)—–]/u.test(token.post) && !abbreviated) break;
		stop++;
	}
	if (stop >= tokens.length || stop - end >= 12) return undefined;
	const words = tokens.slice(article ? end + 1 : end, stop + 1);
	// An apposition is a noun phrase: "Utah, the agency said" is a clause.
	if (words.some(token => hasTag(token, 'Verb') && !hasTag(token, 'Participle', 'Gerund') && !/ed$/.test(token.text))) return undefined;
	if (words.some(token => hasTag(token, 'Verb') && speechVerbs.has(token.text))) return undefined;
	if (!words.some((token, index) => hasTag(token, 'Actor') || isPersonNoun(token.text) || isRoleWord(tokens, (article ? end + 1 : end) + index))) return undefined;
	return text.slice(words[0]!.start, words.at(-1)!.end);
}

const determiners = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);

/**
 * "The league's disciplinary chair, Ines Okafor, said": a role in apposition before the name, opened by a
 * determiner and closed by the comma before the name, with the name closed by a comma or the sentence's end. The last word
 * is the role noun ("chair", "chief executive"), or the role noun is followed by "of/for/at" and its body
 * ("a spokesman for the ministry, Ivan Petrov,").
 */
export function roleApposedBefore(tokens: Token[], start: number, end: number, text: string): string | undefined {
	const comma = tokens[start - 1];
	// The name is closed by a comma, or ends the sentence ("…, according to the city's chief medical officer, X.").
	if (!comma || !/^,\s+$/u.test(comma.post) || !/^(?:,|[.;](?:\s|$))/u.test(tokens[end - 1]!.post)) return undefined;
	let roleStart = -1;
	for (let index = start - 1; index >= Math.max(0, start - 8); index--) {
		const token = tokens[index]!;
		// compromise's "is" read from "'s" ("Harwell Marine's former director"): no word, the possessive before it stands.
		if (token.text === '') continue;
		if (index < start - 1 && !/^\s+$/u.test(token.post) && tokens[index + 1]?.text !== '') return undefined;
		if (/[“”"(]/u.test(token.pre + token.post)) return undefined;
		// "a spokesman for the ministry": past a determiner that follows of/for/at, to the phrase's own.
		if (determiners.has(token.text.toLowerCase()) && !/^(?:of|for|at)$/u.test(tokens[index - 1]?.text ?? '')) {
			roleStart = index + 1;
			break;
		}
		// "Mr Lund's lawyer, Dana Ekdahl,": a name owning the role stands for the determiner, and is part of the role.
		if (index < start - 1 && possessive.test(token.text) && isCapitalised(token.text)) {
			roleStart = index;
			while (roleStart > 0 && isCapitalised(tokens[roleStart - 1]!.text) && /^\s+$/u.test(tokens[roleStart - 1]!.post)) roleStart--;
			break;
		}
	}
	if (roleStart === -1 || roleStart === start) return undefined;
	const words = tokens.slice(roleStart, start).filter(token => token.text !== '');
	const preposition = words.findIndex(token => /^(?:of|for|at)$/u.test(token.text));
	const nounIndex = preposition === -1 ? words.length - 1 : preposition - 1;
	if (nounIndex < 0 || isCapitalised(words[nounIndex]!.text) || !(isRoleWord(tokens, tokens.indexOf(words[nounIndex]!)) || isPersonNoun(words[nounIndex]!.text))) return undefined;
	// A clause is no apposition: "the agency said, Ines Okafor …".
	if (words.some(token => hasTag(token, 'Verb') && !hasTag(token, 'Participle', 'Gerund', 'Adjective') && !/ed$/.test(token.text))) return undefined;
	return text.slice(words[0]!.start, words.at(-1)!.end);
}

/** A first name (compromise's or the lists') and one to three more capitalised words, none a known place or body. */
export function startsWithFirstName(name: Token[]): boolean {
	const [first, ...rest] = name;
	if (!first || rest.length === 0 || rest.length > 3) return false;
	if (!(hasTag(first, 'FirstName') || isFirstName(first.text)) || personTitles.has(bare(first.text))) return false;
	return !hasTag(first, 'Country', 'City', 'Organization') && !rest.some(token => hasTag(token, 'Place', 'Country', 'City', 'Organization')) && rest.every(token => isCapitalised(token.text) || nameParticles.has(token.text) || token.pre === '');
}

/** A lower-case word for a body before the name ("news agency KCNA") or in apposition ("the union, Unite,"). */
export function descriptorBefore(run: RunContext): string | undefined {
	const before = roleBefore(run.tokens, run.start, run.text);
	// "The operators' association, Havenwerkgevers Nederland, called": a descriptor in apposition.
	const apposed = run.tokens[run.start - 1];
	return before.descriptor ?? (apposed && /^,\s*$/u.test(apposed.post) && /^,/u.test(run.last.post) && organizationDescriptors.has(bare(apposed.text)) ? bare(apposed.text) : undefined);
}

/**
 * "Unite, the union representing the workers,", "Varda, a food company based in Lyon,": an apposition after the
 * name (its last token at `last`) whose head is a word for a body; that word, capitalised. Not when the word
 * modifies a role ("X, the company chairman,") or is a possessive ("X, the company's founder,"): then the
 * apposition describes a person.
 */
export function bodyApposedAfter(tokens: Token[], last: number): string | undefined {
	if (!/^,\s+$/u.test(tokens[last]!.post) || !/^(?:the|a|an)$/iu.test(tokens[last + 1]?.text ?? '')) return undefined;
	for (let index = last + 2; index < Math.min(tokens.length, last + 6); index++) {
		const token = tokens[index]!;
		if (isCapitalised(token.text) || possessive.test(token.text)) return undefined;
		const word = bare(token.text);
		if (organizationDescriptors.has(word)) {
			const after = tokens[index + 1];
			const roleNext = after !== undefined && /^\s+$/u.test(token.post) && (personTitles.has(bare(after.text)) || hasTag(after, 'Actor'));
			return roleNext ? undefined : word.charAt(0).toUpperCase() + word.slice(1);
		}
		// The apposition's head comes before any preposition or verb: "X, the participation of this team" is no team.
		if (!/^\s+$/u.test(token.post) || hasTag(token, 'Preposition', 'Determiner', 'Verb', 'Conjunction', 'Pronoun')) return undefined;
	}
	return undefined;
}

/** A lower-case place noun right after the name: "the Skarvik peninsula", "the Amur region". */
export const placeNounAfter = ({next, last}: Pick<RunContext, 'next' | 'last'>) => next !== undefined && /^\s+$/u.test(last.post) && !isCapitalised(next.text) && placeNouns.has(bare(next.text));
