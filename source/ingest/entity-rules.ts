import type {EntityKind} from './entities.js';
import {roleAfter, roleBefore, startsWithFirstName} from './entity-roles.js';
import {lookUpPlace} from './gazetteer.js';
import {
	directions,
	inhabitantNouns,
	institutionWords,
	motionWords,
	newsAgencies,
	organizationDescriptors,
	organizationHeads,
	partyPlurals,
	personTitles,
	placeHeads,
	placeNouns,
	speechVerbs,
} from './lexicon.js';
import {bare, capitalise, possessive, startsClause} from './name-words.js';
import {hasTag, isCapitalised, type Token} from './tokens.js';

// What a run of capitals is, from the evidence of its own words and of its surroundings: each rule is
// a table row (an id, the general pattern it serves, the kind it votes for and how strongly, and an
// example sentence, from which each rule has its own unit test), evaluated in order by one loop that
// records which rules fired. The votes of every occurrence of a name are added up over all articles
// (groupEntities in entities.ts), so one sentence rarely decides alone.

/** A run of capitals and its surroundings, as the rules read them. */
export type RunContext = {
	tokens: Token[];
	/** The name's first token (after a title) and the token after its last. */
	start: number;
	end: number;
	/** The paragraph the token offsets point into. */
	text: string;
	name: Token[];
	head: Token;
	headWord: string;
	last: Token;
	previous?: Token;
	beforePrevious?: Token;
	next?: Token;
	/** Whether a space (and nothing else) follows the name. */
	spaced: boolean;
	acronym: boolean;
	surface: string;
	/** The role a title inside the run gives ("Finance Minister" of "Finance Minister Ivo Dahl"). */
	titleRole?: string;
	/** Every word a place word ("North Korea", "São Paulo"). */
	placeWords: boolean;
	/** Every word tagged as part of a personal name by compromise. */
	personTagged: boolean;
	/** Set after the role rules: a title or a role word has made this a person. */
	namedAsPerson: boolean;
};

type Found = boolean | {weight?: number; detail?: string; role?: string};

export type EntityRule = {
	id: string;
	pattern: string;
	votes: EntityKind | 'acronym';
	weight: number;
	example: {text: string; name: string; kind: EntityKind};
	/** 'role' rules run first; the evidence rules then know whether the name was made a person. */
	phase: 'role' | 'evidence';
	match: (run: RunContext) => Found;
};

const prepositionOfPlace = /^(?:in|at|near|into|across|outside|inside|towards?|from|on)$/;

/** "the Kremlin on Monday announced": a speech verb after at most a few words of time or manner. */
function speaksSoon({tokens, end}: RunContext): boolean {
	for (let index = end; index < Math.min(tokens.length, end + 4); index++) {
		if (speechVerbs.has(tokens[index]!.text) && hasTag(tokens[index]!, 'Verb')) return true;
		if (index > end && !/^\s+$/u.test(tokens[index - 1]!.post)) return false;
		if (!hasTag(tokens[index]!, 'Preposition', 'Date', 'Adverb', 'Value', 'Auxiliary')) return false;
	}
	return false;
}

function descriptorBefore(run: RunContext): string | undefined {
	const before = roleBefore(run.tokens, run.start, run.text);
	// "The operators' association, Havenwerkgevers Nederland, called": a descriptor in apposition.
	const apposed = run.tokens[run.start - 1];
	return before.descriptor ?? (apposed && /^,\s*$/u.test(apposed.post) && /^,/u.test(run.last.post) && organizationDescriptors.has(bare(apposed.text)) ? bare(apposed.text) : undefined);
}

const placeNounAfter = ({next, last}: RunContext) => next !== undefined && /^\s+$/u.test(last.post) && !isCapitalised(next.text) && placeNouns.has(bare(next.text));

export const entityRules: EntityRule[] = [
	{
		id: 'person-title-in-name',
		pattern: 'a title inside the run of capitals: "Finance Minister Ivo Dahl", "Dr. Ama Mensah"',
		votes: 'person',
		weight: 3,
		phase: 'role',
		example: {text: 'Finance Minister Ivo Dahl presented the budget.', name: 'Ivo Dahl', kind: 'person'},
		match: run => (run.titleRole ? {role: run.titleRole} : false),
	},
	{
		id: 'organization-descriptor-before',
		pattern: 'a lower-case word for a body before the name or in apposition: "news agency KCNA", "the union, Unite,"',
		votes: 'organization',
		weight: 3,
		phase: 'role',
		example: {text: 'The broadcaster Telemundi reported the fire.', name: 'Telemundi', kind: 'organization'},
		match: run => {
			if (run.titleRole) return false;
			const descriptor = descriptorBefore(run);
			return descriptor ? {detail: capitalise(descriptor)} : false;
		},
	},
	{
		id: 'person-role-before',
		pattern: 'lower-case role words right before the name: "Kremlin spokesperson X", "North Korean leader X"',
		votes: 'person',
		weight: 3,
		phase: 'role',
		example: {text: 'The harbour spokesperson Lind Ostby said nothing.', name: 'Lind Ostby', kind: 'person'},
		match: run => {
			if (run.titleRole || descriptorBefore(run)) return false;
			const {role} = roleBefore(run.tokens, run.start, run.text);
			return role ? {role} : false;
		},
	},
	{
		id: 'person-apposition-after',
		pattern: 'an apposition with a role after the name: "X, the head of research at Y,"',
		votes: 'person',
		weight: 2,
		phase: 'role',
		example: {text: 'The plan was criticised by Ewa Nowak, the head of research at the institute, on Monday.', name: 'Ewa Nowak', kind: 'person'},
		match: run => {
			const role = roleAfter(run.tokens, run.end, run.text);
			return role ? {role} : false;
		},
	},
	{
		id: 'person-tagged-name',
		pattern: 'compromise knows every word as part of a personal name: "Anna Berg"',
		votes: 'person',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Anna Berg arrived on Friday.', name: 'Anna Berg', kind: 'person'},
		match: run => run.personTagged && !run.name.some(token => hasTag(token, 'Place', 'Organization')) && {weight: run.name.length > 1 ? 2 : 1},
	},
	{
		id: 'person-listed-first-name',
		pattern: 'a first name from the name lists, then a surname compromise does not know: "Brahim Edmu", "Thandiwe Nkosi"',
		votes: 'person',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Later that day Thandiwe Nkosi reached the village.', name: 'Thandiwe Nkosi', kind: 'person'},
		match: run => !(run.personTagged && !run.name.some(token => hasTag(token, 'Place', 'Organization'))) && startsWithFirstName(run.name) && !run.namedAsPerson,
	},
	{
		id: 'place-tagged-head',
		pattern: 'compromise knows the head word as a place; more when every word is one ("North Korea")',
		votes: 'place',
		weight: 3,
		phase: 'evidence',
		example: {text: 'The train crossed into North Korea at dawn.', name: 'North Korea', kind: 'place'},
		match: run => hasTag(run.head, 'Place', 'Country', 'City', 'Region') && !run.namedAsPerson && {weight: run.placeWords ? 3 : 1},
	},
	{
		id: 'organization-news-agency',
		pattern: 'a wire or photo agency that news text cites: "Reuters", "TASS", "RIA Novosti"',
		votes: 'organization',
		weight: 4,
		phase: 'evidence',
		example: {text: 'The pictures were first published by Reuters.', name: 'Reuters', kind: 'organization'},
		match: run => newsAgencies.has(bare(run.name[0]!.text)),
	},
	{
		id: 'organization-tagged',
		pattern: 'compromise knows a word of the name as an organisation (not an acronym alone: it tags them all)',
		votes: 'organization',
		weight: 3,
		phase: 'evidence',
		example: {text: 'Shares in Microsoft rose.', name: 'Microsoft', kind: 'organization'},
		match: run => run.name.some(token => hasTag(token, 'Organization')) && !run.acronym,
	},
	{
		id: 'organization-head-word',
		pattern: 'the name ends in the head of an institution name: "Harbour Workers Union", "Bank of England"',
		votes: 'organization',
		weight: 3,
		phase: 'evidence',
		example: {text: 'Talks with the Harbour Workers Union resumed.', name: 'Harbour Workers Union', kind: 'organization'},
		match: run => run.name.length > 1 && organizationHeads.has(run.headWord) && !run.namedAsPerson,
	},
	{
		id: 'place-head-word',
		pattern: 'the name ends in the head of a place name: "Red Sea", "Volta Region", "Vostochny Cosmodrome"',
		votes: 'place',
		weight: 3,
		phase: 'evidence',
		example: {text: 'Boats waited off the Quiet Bay for a week.', name: 'Quiet Bay', kind: 'place'},
		match: run => run.name.length > 1 && placeHeads.has(run.headWord) && !run.namedAsPerson,
	},
	{
		id: 'acronym-alone',
		pattern: 'an acronym is weak evidence of a body ("AI", "CEO" are not), counted once per name',
		votes: 'acronym',
		weight: 1,
		phase: 'evidence',
		example: {text: 'The ZNRT said on Monday that the ZNRT would appeal.', name: 'ZNRT', kind: 'organization'},
		match: run => run.acronym && !hasTag(run.head, 'Place', 'Country'),
	},
	{
		id: 'place-noun-of',
		pattern: '"the city of X", "north of X", "residents of X": a place noun and "of" before the name',
		votes: 'place',
		weight: 3,
		phase: 'evidence',
		example: {text: 'They reached the village of Talmount by noon.', name: 'Talmount', kind: 'place'},
		match: ({previous, beforePrevious}) =>
			previous?.text === 'of' && beforePrevious !== undefined && (placeNouns.has(bare(beforePrevious.text)) || directions.has(bare(beforePrevious.text)) || inhabitantNouns.has(bare(beforePrevious.text))),
	},
	{
		id: 'place-motion-to',
		pattern: 'movement towards the name: "drove west to X", "fled to X"',
		votes: 'place',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Families fled to Varnok overnight.', name: 'Varnok', kind: 'place'},
		match: ({previous, beforePrevious}) => previous?.text === 'to' && beforePrevious !== undefined && motionWords.test(beforePrevious.text),
	},
	{
		id: 'organization-word-before-country',
		pattern: 'a common word before a country names an institution: "Statistics Norway", "Parks Canada"',
		votes: 'organization',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Prices rose in May, Statistics Norway said.', name: 'Statistics Norway', kind: 'organization'},
		match: run => run.name.length > 1 && hasTag(run.head, 'Country') && !run.placeWords,
	},
	{
		id: 'place-noun-after',
		pattern: 'a place noun after the name: "Iceland\'s Reykjanes peninsula", "the Amur region"',
		votes: 'place',
		weight: 3,
		phase: 'evidence',
		example: {text: 'Lava reached the Skarvik peninsula on Monday.', name: 'Skarvik', kind: 'place'},
		match: placeNounAfter,
	},
	{
		id: 'organization-owned-by-place',
		pattern: 'a name owned by a place is an institution of it: "Sweden\'s Riksbank"',
		votes: 'organization',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Rates were raised by Sweden\'s Riksbank on Thursday.', name: 'Riksbank', kind: 'organization'},
		match: run => !placeNounAfter(run) && run.previous !== undefined && possessive.test(run.previous.text) && hasTag(run.previous, 'Place', 'Country', 'City') && !hasTag(run.head, 'Person', 'FirstName', 'LastName'),
	},
	{
		id: 'place-based-suffix',
		pattern: '"X-based", "X-born", "X-headquartered": the name is a place',
		votes: 'place',
		weight: 3,
		phase: 'evidence',
		example: {text: 'The Taldor-based firm hired forty people.', name: 'Taldor', kind: 'place'},
		match: ({last, next}) => last.post === '-' && next !== undefined && /^(?:based|born|headquartered)$/.test(next.text),
	},
	{
		id: 'organization-works-for',
		pattern: 'who someone works for: "a spokesperson for X", "analyst Priya Raman of X"',
		votes: 'organization',
		weight: 2,
		phase: 'evidence',
		example: {text: 'A spokesperson for Lumo Energy declined to comment.', name: 'Lumo Energy', kind: 'organization'},
		match: ({previous, beforePrevious}) => {
			if (!previous || !/^(?:for|of|at)$/.test(previous.text) || !beforePrevious || inhabitantNouns.has(bare(beforePrevious.text)) || placeNouns.has(bare(beforePrevious.text))) return false;
			const role = !isCapitalised(beforePrevious.text) && (hasTag(beforePrevious, 'Actor') || personTitles.has(bare(beforePrevious.text)));
			return role || (isCapitalised(beforePrevious.text) && hasTag(beforePrevious, 'Person', 'LastName', 'FirstName'));
		},
	},
	{
		id: 'organization-descriptor-after',
		pattern: 'a lower-case word for a body after the name: "the Chosun Ilbo newspaper", "Voltra group"',
		votes: 'organization',
		weight: 3,
		phase: 'evidence',
		example: {text: 'The Harfang newspaper said the talks failed.', name: 'Harfang', kind: 'organization'},
		match: ({next, spaced}) => next !== undefined && spaced && !isCapitalised(next.text) && organizationDescriptors.has(bare(next.text)) && {detail: capitalise(bare(next.text))},
	},
	{
		id: 'organization-reports',
		pattern: '"X reported", "X reports": bodies report',
		votes: 'organization',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Yesterday Nordvik Radio reported heavy snow.', name: 'Nordvik Radio', kind: 'organization'},
		match: ({next, spaced}) => next !== undefined && spaced && /^report(?:s|ed)$/.test(next.text),
	},
	{
		id: 'organization-acronym-speaks',
		pattern: '"KCNA said": an acronym that speaks',
		votes: 'organization',
		weight: 2,
		phase: 'evidence',
		example: {text: 'The strike was over, ZNRT said.', name: 'ZNRT', kind: 'organization'},
		match: ({acronym, next, spaced}) => acronym && next !== undefined && spaced && speechVerbs.has(next.text) && hasTag(next, 'Verb'),
	},
	{
		id: 'organization-acronym-the',
		pattern: '"the UME had sent": an acronym with an article that stands as a noun of its own',
		votes: 'organization',
		weight: 1,
		phase: 'evidence',
		example: {text: 'The talks stalled. The KVTU said the offer was too low.', name: 'KVTU', kind: 'organization'},
		match: ({acronym, previous, next, spaced}) => acronym && previous?.text.toLowerCase() === 'the' && (!next || !spaced || hasTag(next, 'Verb')),
	},
	{
		id: 'place-comma-country',
		pattern: '"Vladivostok, Russia": a place followed by the place it is in',
		votes: 'place',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Delegates met in Kerava, Finland, on Monday.', name: 'Kerava', kind: 'place'},
		match: ({last, next}) => next !== undefined && /^,\s*$/u.test(last.post) && hasTag(next, 'Country', 'Place') && isCapitalised(next.text),
	},
	{
		id: 'place-preposition',
		pattern: '"in X", "to X", "near X": a preposition of place (not when the name only modifies a noun: "in Voltra stores")',
		votes: 'place',
		weight: 2,
		phase: 'evidence',
		example: {text: 'The ferry docked in Vestholm after dark.', name: 'Vestholm', kind: 'place'},
		match: ({previous, next, spaced}) => {
			const modifiesNoun = next !== undefined && spaced && /^\p{Ll}/u.test(next.text) && hasTag(next, 'Noun') && !hasTag(next, 'Pronoun', 'Date');
			return previous !== undefined && prepositionOfPlace.test(previous.text) && /^\s+$/u.test(previous.post) && !modifiesNoun;
		},
	},
	{
		id: 'organization-the-name-speaks',
		pattern: '"the Kremlin said", "the Pentagon\'s", "the Kremlin on Monday announced": a single name with an article that speaks or owns',
		votes: 'organization',
		weight: 2,
		phase: 'evidence',
		example: {text: 'The Quirinal on Monday announced a decree.', name: 'Quirinal', kind: 'organization'},
		match: run =>
			run.previous?.text.toLowerCase() === 'the' && run.name.length === 1 && !run.acronym && (possessive.test(run.last.text) || (run.next !== undefined && run.spaced && (speechVerbs.has(run.next.text) || speaksSoon(run)))),
	},
	{
		id: 'organization-institution-word',
		pattern: 'an institution named by its common noun alone, capitalised: "in Parliament", "Congress passed"',
		votes: 'organization',
		weight: 3,
		phase: 'evidence',
		example: {text: 'The vote in Parliament was delayed.', name: 'Parliament', kind: 'organization'},
		match: run => run.name.length === 1 && institutionWords.has(run.headWord) && !startsClause(run.tokens, run.start),
	},
	{
		id: 'organization-party-plural',
		pattern: 'a party called by its members: "Liz Truss\'s Conservatives", "the Democrats"',
		votes: 'organization',
		weight: 3,
		phase: 'evidence',
		example: {text: 'The vote split the Conservatives again.', name: 'Conservatives', kind: 'organization'},
		match: run => run.name.length === 1 && partyPlurals.has(run.headWord),
	},
	{
		id: 'place-gazetteer',
		pattern: 'a country or a city of 100,000 people or more in the gazetteer (not a person\'s words, a verb, an adjective or a label line)',
		votes: 'place',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Khabarovsk welcomed the delegation on Monday.', name: 'Khabarovsk', kind: 'place'},
		match: run => {
			const label = run.tokens.length < 5 && !/[.!?]/u.test(run.tokens.at(-1)!.post);
			if (label || run.namedAsPerson || run.name.some(token => hasTag(token, 'Person', 'FirstName', 'LastName', 'Honorific', 'Verb', 'Gerund', 'Adjective'))) return false;
			// A small town's name is more often something else's ("Benfica" the club, a district of Lisbon).
			const known = lookUpPlace(run.surface);
			return known !== undefined && (known.kind === 'Country' || (known.population ?? 0) >= 100_000) && {detail: known.kind};
		},
	},
];

export type RuleVotes = Record<EntityKind, number> & {acronym?: number};

/** The one loop: every rule in order, adding its votes; returns the votes, the rules that fired, role and detail. */
export function applyEntityRules(run: Omit<RunContext, 'namedAsPerson'>): {votes: RuleVotes; fired: string[]; role?: string; detail?: string} {
	const votes: RuleVotes = {person: 0, organization: 0, place: 0};
	const fired: string[] = [];
	let role: string | undefined;
	let detail: string | undefined;
	const context: RunContext = {...run, namedAsPerson: false};
	for (const phase of ['role', 'evidence'] as const) {
		// A title or a role word makes a person whatever the surname means ("chief executive Min-jun Park").
		if (phase === 'evidence') context.namedAsPerson = votes.person >= 2;
		for (const rule of entityRules) {
			if (rule.phase !== phase) continue;
			const found = rule.match(context);
			if (!found) continue;
			const weight = typeof found === 'object' && found.weight !== undefined ? found.weight : rule.weight;
			if (rule.votes === 'acronym') votes.acronym = Math.max(votes.acronym ?? 0, weight);
			else votes[rule.votes] += weight;
			fired.push(rule.id);
			if (typeof found === 'object') {
				role ??= found.role;
				detail ??= found.detail;
			}
		}
	}
	return {votes, fired, ...(role ? {role} : {}), ...(detail ? {detail} : {})};
}
