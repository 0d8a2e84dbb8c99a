import {readDateline} from './datelines.js';
import {applyEntityRules} from './entity-rules.js';
import {titleEnd, titleRole} from './entity-roles.js';
import {isFirstName} from './first-names.js';
import {lookUpPlace} from '../geo/gazetteer.js';
import {regionsNamed} from '../geo/regions.js';
import {compoundSuffixes, connectorHeads, directions, nameConnectors, nameParticles, nationalInstitutions, organizationHeads, personTitles, placeNameWords} from './lexicon.js';
import {isAdjectivePhrase, neverAnEntity, personStartsAt} from './name-boundaries.js';
import {bare, capitalise, headOf, isAcronym, isCommonWord, isOpeningThe, neverAName, possessive, startsClause} from './name-words.js';
import {hasTag, isCapitalised, normaliseName, type Sentence, type Token} from './tokens.js';
import {isCreditLine} from './clutter-shapes.js';
import {commonNounInitialisms, isCommonInitialism} from './common-initialisms.js';
import {isKnownPlace, noVotes} from './entity-groups.js';
import type {AnalysedParagraph, EntityKind, ExtractedEntity, NameOccurrence, Votes} from './entity-types.js';

export type {AnalysedParagraph, EntityKind, ExtractedEntity, NameOccurrence} from './entity-types.js';

// Finding the people, organisations and places of a set of articles. compromise tags the words (first
// names, countries, cities, organisations it knows); the rules here find whole names by their
// capitals, read the evidence around each occurrence (titles, "news agency X", "the city of X", a
// place after a comma), add it up over every occurrence in every article, and merge the forms of one
// name: "Kim Jong Un" and "Kim Jong-un", "Kim" once a longer name has it, "US" for "United States".



/**
 * Words seen capitalised inside sentences, words seen in lower case, nationality words, and two capitalised
 * words seen side by side inside a sentence ("at Whole Foods"), over all the text.
 */
export type CaseEvidence = {capitalisedInside: Set<string>; lowerCase: Set<string>; demonyms: Set<string>; capitalisedPairs: Set<string>};

export function collectCaseEvidence(paragraphs: AnalysedParagraph[]): CaseEvidence {
	const capitalisedInside = new Set<string>();
	const lowerCase = new Set<string>();
	const demonyms = new Set<string>();
	const capitalisedPairs = new Set<string>();
	for (const paragraph of paragraphs) {
		if (paragraph.headline) continue;
		for (const sentence of paragraph.sentences) {
			sentence.tokens.forEach((token, index) => {
				const word = bare(token.text);
				// compromise tags some countries as nationality words ("Philippines"): a country is a name.
				if (hasTag(token, 'Demonym') && lookUpPlace(token.text)?.kind !== 'Country') demonyms.add(word);
				if (!isCapitalised(token.text)) lowerCase.add(word);
				else if (index > 0 && !startsClause(sentence.tokens, index)) {
					capitalisedInside.add(word);
					const next = sentence.tokens[index + 1];
					if (next && isCapitalised(next.text) && /^ $/u.test(token.post)) capitalisedPairs.add(`${word} ${bare(next.text)}`);
				}
			});
		}
	}
	return {capitalisedInside, lowerCase, demonyms, capitalisedPairs};
}


function isNameWord(tokens: Token[], index: number, evidence: CaseEvidence): boolean {
	const token = tokens[index]!;
	if (!isCapitalised(token.text)) return false;
	// "Jan van der Berg", "May Lin": a month's name before another name (not before a day number) is a first name.
	if (hasTag(token, 'Month') && !startsClause(tokens, index)) {
		const next = tokens[index + 1];
		return next !== undefined && /^\s+$/u.test(token.post) && (nameParticles.has(next.text) || (isCapitalised(next.text) && !hasTag(next, 'Date', 'Value')));
	}
	if (neverAName(token)) return false;
	const word = bare(token.text);
	if (/^\p{Lu}[\p{Lu}.]+$/u.test(token.text) && token.text.length > 1) {
		// All capitals: an acronym (KCNA, U.S.), not a shouted word (MEETING).
		return hasTag(token, 'Acronym', 'ProperNoun', 'Organization', 'Place', 'Person') || !hasTag(token, 'Verb', 'Adjective', 'Expression', 'Gerund');
	}
	// An opening "The" is the sentence's capital, however compromise tags it ("The Bank of England held …").
	if (isOpeningThe(tokens, index)) return false;
	if (!startsClause(tokens, index)) return !hasTag(token, 'Adverb') || hasTag(token, 'ProperNoun');
	// At the start of a sentence every word has a capital: trust it only with other evidence.
	const tagged = hasTag(token, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName');
	// The gazetteer vouches for a city or country at the start of a sentence ("Khabarovsk welcomed …").
	return (tagged || evidence.capitalisedInside.has(word) || isKnownPlace(word)) && !evidence.lowerCase.has(word);
}

/** Whether two adjacent words of a name are joined only by a space or a hyphen. */
function joined(left: Token, right: Token): 'space' | 'hyphen' | undefined {
	if (right.pre !== '') return undefined;
	if (left.post === '-' || left.post === '‐') return 'hyphen';
	// "Ellen M. Smith": a middle initial before a surname compromise reads as part of a person's name.
	if (/^\p{Lu}$/u.test(left.text) && /^\.\s+$/u.test(left.post) && hasTag(left, 'Person') && isCapitalised(right.text) && hasTag(right, 'Person', 'LastName', 'ProperNoun', 'Organization')) return 'space';
	// "St. Louis", "Mt. Everest": an abbreviation of Saint or Mount opens the name after it.
	if (/^(?:St|Ste|Mt)$/u.test(left.text) && /^\.\s+$/u.test(left.post) && isCapitalised(right.text)) return 'space';
	return /^\s+$/u.test(left.post) || left.post === '' ? 'space' : undefined;
}

/** A city or country the gazetteer knows, and not also an everyday word. */

/** Whether the words before a hyphen (from `start`) and those right after it (one or two) both name known places. */
function placesAcrossHyphen(tokens: Token[], start: number, end: number): boolean {
	const before = tokens.slice(start, end).map(token => bare(token.text)).join(' ');
	const after = [tokens[end], tokens[end + 1]].filter((token): token is Token => token !== undefined);
	const afterNames = [bare(after[0]!.text), ...(after[1] && joined(after[0]!, after[1]) === 'space' ? [`${bare(after[0]!.text)} ${bare(after[1].text)}`] : [])];
	// Unless the whole is itself one place: "Guinea-Bissau", "Baden-Baden", "Baden-Württemberg".
	if (afterNames.some(name => isKnownPlace(`${before}-${name}`) || regionsNamed(`${before}-${name}`).length > 0)) return false;
	return isKnownPlace(before) && afterNames.some(isKnownPlace);
}

const innerJoiners = new Set(['and', '&', 'on']);

/** Where a country's name read across the "and" at `at` ends ("Trinidad and Tobago"), if the gazetteer knows the whole. */
function countryAcrossAnd(tokens: Token[], start: number, at: number): number | undefined {
	for (let end = at + 2; end <= Math.min(tokens.length, at + 4); end++) {
		if (!isCapitalised(tokens[end - 1]!.text)) continue;
		if (lookUpPlace(tokens.slice(start, end).map(token => token.text).join(' '))?.kind === 'Country') return end;
	}
	return undefined;
}

/**
 * Whether the joiner at `at` is inside one body's name: "on" right after an organisation's head word
 * ("Centre on …"), "and" in a name that already has a connector ("Centre on Housing and Work"), or a
 * joiner whose capitalised words after it end in an organisation's head word ("Fire and Rescue Service").
 */
function joinsOneName(tokens: Token[], start: number, at: number, evidence: CaseEvidence): boolean {
	const joiner = tokens[at]!.text;
	const before = bare(tokens[at - 1]!.text);
	if (joiner === 'on') return organizationHeads.has(before);
	if (tokens.slice(start, at).some(token => token.text === 'on' || nameConnectors.has(token.text)) && tokens.slice(start, at).some(token => organizationHeads.has(bare(token.text)))) return true;
	// "American Airlines and Southwest Airlines": words that already end in a body's head word are a whole
	// name; the joiner lists a second body ("Research and Development Agency" has one word before it).
	if (at - start >= 2 && organizationHeads.has(before)) return false;
	let index = at + 1;
	while (index < tokens.length && index <= at + 4 && isNameWord(tokens, index, evidence)) {
		if (organizationHeads.has(bare(tokens[index]!.text)) && index > at + 1) return true;
		if (!/^\s+$/u.test(tokens[index]!.post)) break;
		index++;
	}
	return false;
}

/** Maximal runs of name words in a sentence: [start, end) token indexes. */
function nameRuns(tokens: Token[], evidence: CaseEvidence): Array<[number, number]> {
	const runs: Array<[number, number]> = [];
	// "van der Berg": one or two particles, then a name word.
	const particleBefore = (at: number): boolean =>
		nameParticles.has(tokens[at]!.text) &&
		tokens[at + 1] !== undefined &&
		// "al-Karim": the particle may be joined to the name by a hyphen.
		joined(tokens[at]!, tokens[at + 1]!) !== undefined &&
		(isNameWord(tokens, at + 1, evidence) || (nameParticles.has(tokens[at + 1]!.text) && at + 2 < tokens.length && isNameWord(tokens, at + 2, evidence)));
	// At the start of a sentence, a capitalised word right before a name is part of it ("Statistics Norway
	// reported", "Norges Bank stands pat") unless it is a function word or seen in lower case, where the
	// text does not write the two together inside a sentence too ("Whole Foods" beside "whole paycheck").
	const startsName = (at: number) =>
		at === 0 &&
		isCapitalised(tokens[0]!.text) &&
		!neverAName(tokens[0]!) &&
		(!evidence.lowerCase.has(bare(tokens[0]!.text)) || (tokens[1] !== undefined && evidence.capitalisedPairs.has(`${bare(tokens[0]!.text)} ${bare(tokens[1].text)}`))) &&
		!hasTag(tokens[0]!, 'Verb', 'Adverb') &&
		tokens[1] !== undefined &&
		joined(tokens[0]!, tokens[1]) === 'space' &&
		isNameWord(tokens, 1, evidence);
	let index = 0;
	while (index < tokens.length) {
		if (!isNameWord(tokens, index, evidence) && !particleBefore(index) && !startsName(index)) {
			index++;
			continue;
		}
		const start = index;
		let end = index + 1;
		// A possessive or a slash ("Zemlianichenko/Pool via Reuters") ends a name.
		// "Workers' Party": a plural possessive before the head of an institution's name stays inside it.
		const endsName = (at: number) => possessive.test(tokens[at]!.text) || (/s[’']$/u.test(tokens[at]!.text + tokens[at]!.post.trim()) && !organizationHeads.has(bare(tokens[at + 1]?.text ?? '')));
		while (end < tokens.length && !endsName(end - 1) && !tokens[end - 1]!.text.includes('/')) {
			const pluralPossessive = /^[’']\s+$/u.test(tokens[end - 1]!.post) && /s$/u.test(tokens[end - 1]!.text) && organizationHeads.has(bare(tokens[end]!.text)) && tokens[end]!.pre === '';
			const link = joined(tokens[end - 1]!, tokens[end]!) ?? (pluralPossessive ? 'space' : undefined);
			if (!link) break;
			const next = tokens[end]!;
			// "Jae-in", "Jong-un": a lower-case part after a hyphen belongs to the name ("Denver-based" does not).
			if (link === 'hyphen' && !isCapitalised(next.text) && /^\p{L}+$/u.test(next.text) && !compoundSuffixes.has(next.text)) {
				end++;
				continue;
			}
			// "the Russia-North Korea border", "US-China talks": two places joined by a hyphen are a pair
			// of places, not one; the name ends before the hyphen and the next one starts after it.
			if (link === 'hyphen' && isCapitalised(next.text) && placesAcrossHyphen(tokens, start, end)) break;
			if (personStartsAt(tokens, end, isFirstName, evidence.lowerCase)) break;
			if ((isNameWord(tokens, end, evidence) && !startsClause(tokens, end)) || (link === 'space' && particleBefore(end))) {
				end++;
				continue;
			}
			// "Bosnia and Herzegovina", "Saint Vincent and the Grenadines": a country whose name has "and" in it.
			const country = next.text === 'and' ? countryAcrossAnd(tokens, start, end) : undefined;
			if (country) {
				end = country;
				continue;
			}
			// "Centre on Housing and Work", "Harbour Fire and Rescue Service": "and", "&" or "on" inside the name
			// of a body, when a head word of an organisation comes before "on", or ends the words after it.
			const after = tokens[end + 1];
			if (innerJoiners.has(next.text) && after && joined(next, after) === 'space' && isNameWord(tokens, end + 1, evidence) && joinsOneName(tokens, start, end, evidence)) {
				end += 2;
				continue;
			}
			// "School of Governance", "Bank of England".
			if (
				nameConnectors.has(next.text) &&
				connectorHeads.has(bare(tokens[end - 1]!.text)) &&
				after &&
				joined(next, after) === 'space' &&
				isNameWord(tokens, end + 1, evidence)
			) {
				end += 2;
				continue;
			}
			break;
		}
		runs.push([start, end]);
		index = end;
	}
	return runs;
}








/** "Russian state media", "South Korean government": a nationality adjective before a common noun. */
function isNationality(head: Token, next: Token | undefined, evidence: CaseEvidence): boolean {
	const word = bare(head.text);
	if (evidence.demonyms.has(word)) return true;
	return /(?:ian|ean|ese|ish)$/u.test(word) && next !== undefined && /^\s+$/u.test(head.post) && /^\p{Ll}/u.test(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Verb');
}

/**
 * "Russian Tuva", "Chinese Xinjiang": a nationality adjective opening a place's name says whose the place
 * is; the name starts after it (unless the whole is one place: "American Samoa", "British Columbia").
 */
function nationalityBeforePlace(tokens: Token[], start: number, end: number, evidence: CaseEvidence): boolean {
	const adjective = tokens[start]!;
	if (end - start < 2 || !/^\s+$/u.test(adjective.post) || !(evidence.demonyms.has(bare(adjective.text)) || hasTag(adjective, 'Demonym'))) return false;
	const rest = tokens.slice(start + 1, end);
	const whole = tokens.slice(start, end).map(token => token.text).join(' ');
	if (isKnownPlace(whole) || regionsNamed(whole).length > 0) return false;
	return rest.every(token => hasTag(token, 'Place', 'Country', 'City', 'Region')) || isKnownPlace(rest.map(token => token.text).join(' '));
}

/** One run of capitals as an occurrence of a name, with the votes of the entity rules; undefined when it is no name. */
function voteForRun(tokens: Token[], runStart: number, end: number, text: string, evidence: CaseEvidence): Omit<NameOccurrence, 'article' | 'paragraph'> | undefined {
	const titleIndex = titleEnd(tokens, runStart, end);
	const start = titleIndex >= 0 ? titleIndex + 1 : nationalityBeforePlace(tokens, runStart, end, evidence) ? runStart + 1 : runStart;
	const name = tokens.slice(start, end);
	const last = name.at(-1)!;
	const head = headOf(name);
	const headWord = bare(head.text);
	// "North Korean", "Russian": adjectives of nationality, not names.
	if (isNationality(last, tokens[end], evidence) || isAdjectivePhrase(name, tokens[end], evidence.demonyms)) {
		// "the Russian government": a country's institution, named by its nationality and the noun.
		const noun = tokens[end];
		const after = tokens[end + 1];
		// Not as a modifier: "South Korean government sources" are sources.
		const modifier = after !== undefined && /^\s+$/u.test(noun?.post ?? '') && /^\p{Ll}/u.test(after.text) && hasTag(after, 'Noun') && !hasTag(after, 'Verb', 'Pronoun', 'Date');
		if (!noun || !nationalInstitutions.has(noun.text) || !/^\s+$/u.test(last.post) || titleIndex >= 0 || modifier) return undefined;
		const surface = text.slice(name[0]!.start, noun.end);
		const rules = ['organization-national-institution'];
		return {surface, key: normaliseName(surface), tokenCount: name.length + 1, start: name[0]!.start, end: noun.end, votes: {person: 0, organization: 3, place: 0}, acronym: false, detail: capitalise(noun.text), rules};
	}
	if (neverAnEntity(name)) return undefined;
	// "Minister of Natural Resources": a title with its portfolio is a role, not a body.
	if (name.length > 2 && personTitles.has(bare(name[0]!.text)) && nameConnectors.has(name[1]!.text)) return undefined;
	if (name.length === 1 && personTitles.has(headWord)) return undefined;
	const surface = text.slice(name[0]!.start, last.end).replace(possessive, '').replace(/\/.*$/u, '');
	const acronym = name.length === 1 && isAcronym(last.text.replace(possessive, ''));
	const {votes, fired, role, detail} = applyEntityRules({
		tokens,
		start,
		end,
		text,
		name,
		head,
		headWord,
		last,
		previous: tokens[start - 1],
		beforePrevious: tokens[start - 2],
		next: tokens[end],
		spaced: /^\s+$/u.test(last.post),
		acronym,
		surface,
		...(titleIndex >= 0 ? {titleRole: titleRole(tokens, runStart, titleIndex, text)} : {}),
		placeWords: name.every(token => hasTag(token, 'Place', 'Country', 'City', 'Region') || directions.has(bare(token.text)) || placeNameWords.has(token.text.toLowerCase())),
		personTagged: name.every(token => hasTag(token, 'Person', 'FirstName', 'LastName', 'Honorific') || (token.pre === '' && /^\p{Ll}/u.test(token.text))),
	});
	const kindDetail = detail ?? (hasTag(head, 'Country') ? 'Country' : hasTag(head, 'City') ? 'City' : undefined);
	return {surface, key: normaliseName(surface), tokenCount: name.length, start: name[0]!.start, end: name[0]!.start + surface.length, votes, role, acronym, detail: kindDetail, rules: fired};
}

/** A run of capitals in a sentence ([start, end) token indexes) and the rules' reading of it, if they see a name. */
export type RuleRun = {start: number; end: number; occurrence?: Omit<NameOccurrence, 'article' | 'paragraph'>};

/** The runs of capitals of one sentence, each with the votes of the entity rules. */
export function ruleRuns(tokens: Token[], text: string, evidence: CaseEvidence, after = -1): RuleRun[] {
	const runs: RuleRun[] = [];
	let previousRun: {end: number; votes: Votes} | undefined;
	for (const [start, end] of nameRuns(tokens, evidence)) {
		if (tokens[start]!.start < after) continue;
		const found = voteForRun(tokens, start, end, text, evidence);
		const occurrence = found && found.key !== '' ? found : undefined;
		// "Harbour Fire and Rescue Service", "Centre on Housing and Work": one name across "and" or "on".
		if (occurrence && tokens.slice(start + 1, end - 1).some(token => innerJoiners.has(token.text))) occurrence.rules = [...(occurrence.rules ?? []), 'name-joined-by-and-on'];
		runs.push({start, end, ...(occurrence ? {occurrence} : {})});
		if (!occurrence) continue;
		// "in Paiporta and Alfafar": names joined by "and" or "or" share the kind of place.
		const joiner = tokens[start - 1];
		if (previousRun && previousRun.end === start - 1 && joiner && /^(?:and|or)$/.test(joiner.text) && previousRun.votes.place >= 2 && occurrence.votes.place < 2) occurrence.votes.place += 2;
		previousRun = {end, votes: occurrence.votes};
	}
	return runs;
}

// The rules' runs of a sentence, kept for one more reading of it: readNamesLearned reads the text with
// the rules alone, then again with the tagger, and the runs depend only on these inputs (the evidence is
// made once per import and never changed). Each reading gets runs of its own: the first a copy, the
// second the runs kept, so that what one reading does to its occurrences never reaches the other.
const keptRuns = new WeakMap<Token[], {text: string; evidence: CaseEvidence; after: number; runs: RuleRun[]}>();

function ruleRunsOnce(tokens: Token[], text: string, evidence: CaseEvidence, after: number): RuleRun[] {
	const kept = keptRuns.get(tokens);
	if (kept && kept.text === text && kept.evidence === evidence && kept.after === after) {
		keptRuns.delete(tokens);
		return kept.runs;
	}
	const runs = ruleRuns(tokens, text, evidence, after);
	keptRuns.set(tokens, {text, evidence, after, runs});
	return structuredClone(runs);
}

/** Reads the names of one sentence from its rule runs: the rules alone, or a learned tagger over them. */
export type SentenceNameReader = (sentence: Sentence, runs: RuleRun[], paragraph: AnalysedParagraph, evidence: CaseEvidence, after: number) => Array<Omit<NameOccurrence, 'article' | 'paragraph'>>;

/** The rules' own reading: every run they see as a name. */
export const rulesAlone: SentenceNameReader = (_sentence, runs) => runs.flatMap(run => (run.occurrence ? [run.occurrence] : []));

/** Every capitalised name in the prose, with the evidence of its surroundings. */
export function findNameOccurrences(paragraphs: AnalysedParagraph[], evidence: CaseEvidence, readNames: SentenceNameReader = rulesAlone): NameOccurrence[] {
	const found: NameOccurrence[] = [];
	const commonInitialisms = commonNounInitialisms(paragraphs);
	for (const paragraph of paragraphs) {
		// Headlines capitalise every word; their names are found later from the prose.
		if (paragraph.headline) continue;
		// Datelines open the first paragraphs of wire copy; their capitals are read by their shape.
		const dateline = paragraph.paragraph <= 6 ? readDateline(paragraph) : undefined;
		if (dateline) found.push(...dateline.occurrences);
		// Captions' credits name photographers and agencies, not the story's people.
		if (isCreditLine(paragraph.text)) continue;
		for (const sentence of paragraph.sentences) {
			const runs = ruleRunsOnce(sentence.tokens, paragraph.text, evidence, dateline?.end ?? -1);
			for (const occurrence of readNames(sentence, runs, paragraph, evidence, dateline?.end ?? -1)) {
				if (isCommonInitialism(occurrence, paragraph.text, commonInitialisms)) continue;
				found.push({...occurrence, article: paragraph.article, paragraph: paragraph.paragraph});
			}
		}
	}
	return found;
}

export {groupEntities, kindOf} from './entity-groups.js';
