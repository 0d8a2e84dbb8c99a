import {readDateline} from './datelines.js';
import {applyEntityRules} from './entity-rules.js';
import {titleEnd, titleRole} from './entity-roles.js';
import {regionsNamed} from '../geo/regions.js';
import {directions, nameConnectors, nationalInstitutions, personTitles, placeNameWords} from './lexicon.js';
import {isAdjectivePhrase, neverAnEntity} from './name-boundaries.js';
import {bare, capitalise, headOf, isAcronym, possessive, opensVesselName} from './name-words.js';
import {hasTag, normaliseName, type Sentence, type Token} from './tokens.js';
import {isCreditLine} from './clutter-shapes.js';
import {commonNounInitialisms, isCommonInitialism} from './common-initialisms.js';
import {isKnownPlace} from './entity-groups.js';
import type {AnalysedParagraph, EntityKind, ExtractedEntity, NameOccurrence, Votes} from './entity-types.js';
import type {CaseEvidence} from './case-evidence.js';
import {innerJoiners, nameRuns} from './name-runs.js';

export type {AnalysedParagraph, EntityKind, ExtractedEntity, NameOccurrence} from './entity-types.js';
export {collectCaseEvidence, type CaseEvidence} from './case-evidence.js';

// Finding the people, organisations and places of a set of articles. compromise tags the words (first
// names, countries, cities, organisations it knows); the rules here find whole names by their
// capitals, read the evidence around each occurrence (titles, "news agency X", "the city of X", a
// place after a comma), add it up over every occurrence in every article, and merge the forms of one
// name: "Kim Jong Un" and "Kim Jong-un", "Kim" once a longer name has it, "US" for "United States".

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
	// "the ferry MS Vesterlys", "HMS Dauntless": a ship's prefix in capitals (not the title "Ms") opens a
	// vessel's name, which is no person, body or place.
	if (opensVesselName(tokens, runStart)) return undefined;
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
	// A slash ends a name ("X/Reuters"), and so does a colon opening a quotation written without a space ("X:"We …").
	const surface = text.slice(name[0]!.start, last.end).replace(possessive, '').replace(/(?:\/|:["“‘']).*$/u, '');
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
		// Captions' credits name photographers and agencies, not the story's people (before datelines:
		// "AGENCY/VIA REUTERS" has a dateline's capitals).
		if (isCreditLine(paragraph.text)) continue;
		// Datelines open the first paragraphs of wire copy; their capitals are read by their shape.
		const dateline = paragraph.paragraph <= 6 ? readDateline(paragraph) : undefined;
		if (dateline) found.push(...dateline.occurrences);
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
