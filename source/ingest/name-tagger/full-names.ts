import {isFirstName} from '../first-names.js';
import {isCommonWord, isOnlyCommonWord, possessive} from '../name-words.js';
import {kindOf, type AnalysedParagraph, type NameOccurrence} from '../entities.js';
import {nameParticles} from '../lexicon.js';
import {normaliseName} from '../tokens.js';
import {pictureLabels} from './person-spans.js';

// A surname alone stands for the full name the story gives elsewhere: in the same article, in another
// article of the story, or only in a headline ("Bolton said" with "John Bolton" named before). The
// gazetteer's town of that name or a tagger's guess is weaker evidence than the full name a reader has
// just read; a preposition of place ("in Bolton") or any other precise rule still decides.

/** Evidence that says only "a place/body of this name exists", not how the text uses the word here. */
const lookupOnlyRules = new Set(['place-gazetteer', 'place-tagged-head', 'name-tagger-place', 'name-tagger-organization', 'name-tagger-person']);

/** A one-word name whose kind comes from lookups alone (or that the tagger already read as a person). */
function couldBeSurname(occurrence: NameOccurrence): boolean {
	if (occurrence.tokenCount !== 1 || occurrence.acronym) return false;
	if (kindOf(occurrence.votes) === 'person') return true;
	return (occurrence.rules ?? []).every(rule => lookupOnlyRules.has(rule));
}

/** Words of grammar a Title Case headline capitalises. */
const headlineGrammar = /^(?:A|An|The|To|By|Or|And|Of|In|On|At|For|With|From|As|Is|Vs)$/u;

/**
 * "Hale" in the text of an article whose headline says "Ravi Hale quits": the surname is the person the
 * headline names in full. Read from the title: a first name of the first-name list and
 * capitalised words up to a surname the text names as a person.
 */
export function headlineFullNames(title: string, surnames: Set<string>): string[] {
	const found: string[] = [];
	const words = [...title.matchAll(/\p{Lu}[\p{L}'’-]*/gu)];
	words.forEach((word, index) => {
		if (!surnames.has(normaliseName(word[0])) || index === 0) return;
		let first = index;
		// Back over adjacent capitalised words (separated by one space) to the first name: a name is a given
		// name, at most two more and the surname, and no possessive is inside it. A title-case headline
		// capitalises every word ("Kim Jong Un Arrives In Russia For Putin"), so capitals alone prove nothing.
		// Nor is a word the language knows ("In", "For": capitalised only by the headline's style), unless it
		// is a listed first name (compromise knows "John" as a word too).
		// Nor is a word of grammar, though the name lists hold some ("To", "By", "The"): "… Racism To Sonia Sotomayor".
		const nameLike = (word: string) => !headlineGrammar.test(word) && (!isCommonWord(word) || isFirstName(word));
		const adjacent = (at: number) => words[at - 1]!.index + words[at - 1]![0].length + 1 === words[at]!.index && !/['’]s$/u.test(words[at - 1]![0]) && nameLike(words[at - 1]![0]);
		// Nor does a name run back over another surname the text uses alone ("Dorothy Tane Defends Varnick" names two
		// people), unless it is a first name ("Eugene" alone is the given name of "Eugene Nida").
		const anotherSurname = (word: string) => surnames.has(normaliseName(word)) && !isFirstName(word);
		while (first > 0 && index - first < 3 && adjacent(first) && !anotherSurname(words[first - 1]![0])) first--;
		const given = words.slice(first, index).findIndex(candidate => isFirstName(candidate[0]) && !headlineGrammar.test(candidate[0]));
		if (given < 0) return;
		const start = words[first + given]!.index;
		found.push(title.slice(start, word.index + word[0].length));
	});
	return found;
}

/**
 * Adds each headline's full names as occurrences of its article, makes a one-word name a person where the
 * story names a person in full ending with it and nothing but lookups said otherwise, and drops a one-word
 * "person" that is only a word of the language.
 */
export function surnamesAsFullNames(found: NameOccurrence[], titles: Array<string | undefined>, paragraphs: AnalysedParagraph[] = []): NameOccurrence[] {
	const all = [...found];
	// Each article's unread capitalised words, found once for the headline's names and the text's.
	const unreadByArticle = new Map<number, Map<string, NameOccurrence[]>>();
	const unreadOf = (article: number) => unreadByArticle.get(article) ?? unreadByArticle.set(article, unreadSurnames(paragraphs.filter(paragraph => paragraph.article === article && !paragraph.headline), found)).get(article)!;
	titles.forEach((title, article) => {
		if (!title) return;
		const surnames = new Set(found.filter(occurrence => occurrence.article === article && couldBeSurname(occurrence)).map(occurrence => occurrence.key));
		const unread = unreadOf(article);
		for (const name of headlineFullNames(title, new Set([...surnames, ...unread.keys()]))) {
			all.push({surface: name, key: normaliseName(name), tokenCount: name.split(/\s+/u).length, article, paragraph: 0, start: 0, end: 0, votes: {person: 2, organization: 0, place: 0}, acronym: false, rules: ['person-full-name-in-headline']});
			// The headline's surname the body uses alone, where nothing read it as a name: an occurrence of the person.
			const surname = normaliseName(name).split(' ').at(-1)!;
			if (!surnames.has(surname)) all.push(...(unread.get(surname) ?? []));
		}
	});
	// "Dorothy Woods, whose husband …" read as a place by its head word, where the text calls her "Woods" alone as a
	// person again and again: a listed first name and a surname the story uses alone for a person (twice or more) are that
	// person, where only lookups or the tagger's guess said otherwise.
	const alone = new Map<string, number>();
	for (const occurrence of all) if (occurrence.tokenCount === 1 && kindOf(occurrence.votes) === 'person') alone.set(occurrence.key, (alone.get(occurrence.key) ?? 0) + 1);
	all.forEach((occurrence, index) => {
		const words = occurrence.surface.split(/\s+/u);
		if (occurrence.tokenCount !== 2 || words.length !== 2 || kindOf(occurrence.votes) === 'person' || !isFirstName(words[0]!) || (alone.get(normaliseName(words[1]!)) ?? 0) < 2) return;
		if (!(occurrence.rules ?? []).every(rule => lookupOnlyRules.has(rule))) return;
		const {detail: _detail, ...rest} = occurrence;
		all[index] = {...rest, votes: {person: Math.max(occurrence.votes.organization, occurrence.votes.place, 2), organization: 0, place: 0}, rules: [...(occurrence.rules ?? []), 'person-first-name-and-surname-used-alone']};
	});
	all.push(...surnamesUnread(all, paragraphs, unreadOf));
	const fullNames = all.filter(occurrence => occurrence.tokenCount > 1 && kindOf(occurrence.votes) === 'person').map(occurrence => occurrence.key.split(' '));
	const personSurnames = new Set(fullNames.map(words => words.at(-1)!));
	// Any word of a full name ("Frank" of "Frank Rich" used alone): the lexicon knows many first names as words.
	const nameWords = new Set(fullNames.flat());
	// "Travel", "Armies", "Daddy": one word the language knows only as a word, read as a person by the tagger
	// alone (no rule's vote), is a capitalised common noun unless it is a word of a full name in the story.
	const commonNoun = (occurrence: NameOccurrence) =>
		occurrence.tokenCount === 1 &&
		kindOf(occurrence.votes) === 'person' &&
		(occurrence.rules ?? []).every(rule => rule === 'name-tagger-person') &&
		!nameWords.has(occurrence.key) &&
		isOnlyCommonWord(occurrence.surface);
	return all.filter(occurrence => !commonNoun(occurrence)).map(occurrence => {
		if (!personSurnames.has(occurrence.key) || kindOf(occurrence.votes) === 'person' || !couldBeSurname(occurrence)) return occurrence;
		const {person, organization, place} = occurrence.votes;
		const {detail: _placeDetail, ...rest} = occurrence;
		return {...rest, votes: {person: Math.max(person, organization, place, 2), organization: 0, place: 0}, rules: [...(occurrence.rules ?? []), 'person-surname-of-full-name']};
	});
}

/**
 * "the loads Ferreira drew (Ferreira 1751)" where the article names "Anna Ferreira" in full: the surname alone, where
 * nothing read it as a name (the tagger's misses of a lone unknown word), is that person, as a reader takes it.
 * Only surnames that are no word of the language, and the same article's full names.
 */
function surnamesUnread(found: NameOccurrence[], paragraphs: AnalysedParagraph[], unreadOf: (article: number) => Map<string, NameOccurrence[]>): NameOccurrence[] {
	const added: NameOccurrence[] = [];
	for (const article of new Set(paragraphs.map(paragraph => paragraph.article))) {
		const inArticle = found.filter(occurrence => occurrence.article === article);
		// (A caption's label read into a name, "… Image", is no surname: "Image: Ann Lee" under every picture.)
		const surnames = new Set(inArticle.filter(occurrence => occurrence.tokenCount > 1 && kindOf(occurrence.votes) === 'person').map(occurrence => occurrence.key.split(' ').at(-1)!).filter(surname => !pictureLabels.test(surname.replace(/^\p{Ll}/u, letter => letter.toUpperCase()))));
		if (surnames.size === 0) continue;
		// (The headline's names may have taken some already.)
		const taken = new Set(inArticle.map(occurrence => `${occurrence.paragraph}:${occurrence.start}`));
		for (const surname of surnames) for (const occurrence of unreadOf(article).get(surname) ?? []) if (!taken.has(`${occurrence.paragraph}:${occurrence.start}`)) added.push({...occurrence, rules: ['person-surname-of-full-name-unread']});
	}
	return added;
}

/**
 * "Lask told staff" under the headline "Ravi Lask resigns": a capitalised word of the body that no reading
 * made a name (an unknown word, neither a word of the language nor part of a longer capitalised run), by its
 * key, with its occurrences as a person's. Only used where a headline gives a full name ending with it.
 */
function unreadSurnames(paragraphs: AnalysedParagraph[], found: NameOccurrence[]): Map<string, NameOccurrence[]> {
	const unread = new Map<string, NameOccurrence[]>();
	const capital = (text: string | undefined) => text !== undefined && /^\p{Lu}/u.test(text);
	for (const paragraph of paragraphs) {
		// The characters some reading made a name, marked once (a long paragraph holds thousands of names).
		const read = new Uint8Array(paragraph.text.length + 1);
		for (const occurrence of found) if (occurrence.article === paragraph.article && occurrence.paragraph === paragraph.paragraph) read.fill(1, occurrence.start, occurrence.end);
		for (const {tokens} of paragraph.sentences) {
			tokens.forEach((token, index) => {
				const word = token.text.replace(possessive, '');
				if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isCommonWord(word) || read.subarray(token.start, token.end).includes(1)) return;
				// One word alone: a capitalised neighbour joined by a space makes it part of a longer name, and so does a
				// particle before it ("Van der Hoek": the surname is the whole).
				if ((capital(tokens[index - 1]?.text) && /^\s+$/u.test(tokens[index - 1]!.post)) || (capital(tokens[index + 1]?.text) && /^\s+$/u.test(token.post))) return;
				if (index > 0 && nameParticles.has(tokens[index - 1]!.text.toLowerCase()) && /^\s+$/u.test(tokens[index - 1]!.post)) return;
				const key = normaliseName(word);
				const occurrence: NameOccurrence = {surface: word, key, tokenCount: 1, article: paragraph.article, paragraph: paragraph.paragraph, start: token.start, end: token.start + word.length, votes: {person: 2, organization: 0, place: 0}, acronym: false, rules: ['person-surname-of-headline-name']};
				unread.set(key, [...(unread.get(key) ?? []), occurrence]);
			});
		}
	}
	return unread;
}
