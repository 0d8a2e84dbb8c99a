import type {EntityRule, RunContext} from './entity-rule-types.js';
import {bodyApposedAfter, descriptorBefore, placeNounAfter} from './entity-roles.js';
import {beliefWords, foreignOrganizationOpeners, inhabitantNouns, institutionWords, newsAgencies, organizationDescriptors, organizationHeads, partyPlurals, personTitles, placeNouns, proclaimedStateHeads, servicePairs, speechVerbs} from './lexicon.js';
import {bare, capitalise, possessive, startsClause} from './name-words.js';
import {hasTag, isCapitalised, type Token} from './tokens.js';
import {lookUpPlace} from '../geo/gazetteer.js';

// The entity rules that vote for an organisation: descriptors, institution heads, agencies, what bodies do (see entity-rules.ts).

/** A country's own name ("Soviet Union", "United Arab Emirates") is a place, whatever words it is made of. */
const namesCountry = (surface: string) => lookUpPlace(surface)?.kind === 'Country';

/** "the Kremlin on Monday announced": a speech verb after at most a few words of time or manner. */
function speaksSoon({tokens, end}: RunContext): boolean {
	for (let index = end; index < Math.min(tokens.length, end + 4); index++) {
		if (speechVerbs.has(tokens[index]!.text) && hasTag(tokens[index]!, 'Verb')) return true;
		if (index > end && !/^\s+$/u.test(tokens[index - 1]!.post)) return false;
		if (!hasTag(tokens[index]!, 'Preposition', 'Date', 'Adverb', 'Value', 'Auxiliary')) return false;
	}
	return false;
}

/** "Islamic State": a state named by a belief, not by a place, is the movement that proclaims it. */
export const isProclaimedState = (name: Token[]) => name.length === 2 && beliefWords.has(bare(name[0]!.text)) && proclaimedStateHeads.has(bare(name[1]!.text));

/**
 * Words that only a company has around its name: its founder, chief executive, shares and headquarters, and
 * its buying and being bought ("Amazon founder", "Nokia's chief executive", "shares of Orla", "acquired by
 * Vessa"). A name that reads as a place (a river, a town) is the company where they stand beside it.
 */
const companyWordsAfter = /^(?:founder|founders|co-founder|cofounder|ceo|shares|shareholders|acquired|acquires|subsidiary)$/u;
// After a possessive only: "the company's London headquarters" names a city.
const companyWordsOwned = /^(?:headquarters|employees|acquisition|shares|founder|ceo|subsidiary)$/u;
const companyWordsBefore = /^(?:acquired by|bought by|shares of|shares in|stake in|subsidiary of|founder of|co-founder of|cofounder of|ceo of|founded|co-founded|cofounded)$/u;
/**
 * "Aeromexico staff", "Voltra employees": the people a body employs, named after it, where the name is
 * no known place ("Chicago workers" are the city's) and no person's by compromise's reading.
 */
const staffWordsAfter = /^(?:staff|staffers|employees|executives|workers)$/u;
/** "Kroger-owned stores", "Hamas-run ministry": what a body owns or runs is named after it with a hyphen. */
const ownerSuffixes = /^(?:owned|operated|run)$/u;
function companyWordsAround({tokens, start, end, name, last, next, spaced}: RunContext): boolean {
	const after = next?.text.toLowerCase() ?? '';
	if (/^[-‐]$/u.test(last.post) && ownerSuffixes.test(after)) return !name.some(token => hasTag(token, 'Demonym', 'Person', 'FirstName'));
	if (possessive.test(last.text)) return companyWordsOwned.test(after) || (after === 'chief' && tokens[end + 1]?.text.toLowerCase() === 'executive');
	if (spaced && companyWordsAfter.test(after)) return true;
	if (spaced && staffWordsAfter.test(after) && lookUpPlace(name.map(token => token.text).join(' ')) === undefined && !name.some(token => hasTag(token, 'Person', 'FirstName', 'LastName', 'Place', 'Demonym'))) return true;
	const before = tokens.slice(Math.max(0, start - 2), start).map(token => token.text.toLowerCase());
	return companyWordsBefore.test(before.join(' ')) || companyWordsBefore.test(before.at(-1) ?? '');
}

export const organizationRules: EntityRule[] = [
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
		id: 'organization-news-agency',
		pattern: 'a wire or photo agency that news text cites: "Reuters", "TASS", "RIA Novosti"',
		votes: 'organization',
		weight: 4,
		phase: 'evidence',
		example: {text: 'The pictures were first published by Reuters.', name: 'Reuters', kind: 'organization'},
		// An agency whose name is a word (Reuters, Sputnik) is cited as a word; the same word in capitals
		// ("SPUTNIK was launched") is a shout or a heading's style, not the agency (TASS, AFP are initialisms).
		match: run => newsAgencies.has(bare(run.name[0]!.text)) && !/^\p{Lu}{5,}$/u.test(run.name[0]!.text),
	},
	{
		id: 'organization-tagged',
		pattern: 'compromise knows a word of the name as an organisation (not an acronym alone: it tags them all)',
		votes: 'organization',
		weight: 3,
		phase: 'evidence',
		example: {text: 'Shares in Microsoft rose.', name: 'Microsoft', kind: 'organization'},
		match: run => run.name.some(token => hasTag(token, 'Organization')) && !run.acronym && !namesCountry(run.surface),
	},
	{
		id: 'organization-head-word',
		pattern: 'the name ends in the head of an institution name: "Harbour Workers Union", "Bank of England"',
		votes: 'organization',
		weight: 3,
		phase: 'evidence',
		example: {text: 'Talks with the Harbour Workers Union resumed.', name: 'Harbour Workers Union', kind: 'organization'},
		// "Port of Rotterdam Authority": a last word that heads institutions outranks the word before "of".
		match: run => run.name.length > 1 && (organizationHeads.has(run.headWord) || organizationHeads.has(bare(run.last.text))) && !run.namedAsPerson && !namesCountry(run.surface),
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
		id: 'organization-word-before-country',
		pattern: 'a common word before a country names an institution: "Statistics Norway", "Parks Canada"',
		votes: 'organization',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Prices rose in May, Statistics Norway said.', name: 'Statistics Norway', kind: 'organization'},
		match: run => run.name.length > 1 && hasTag(run.head, 'Country') && !run.placeWords,
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
		id: 'organization-works-for',
		pattern: 'who someone works for: "a spokesperson for X", "analyst Priya Raman of X"',
		votes: 'organization',
		weight: 2,
		phase: 'evidence',
		example: {text: 'A spokesperson for Lumo Energy declined to comment.', name: 'Lumo Energy', kind: 'organization'},
		match: ({previous, beforePrevious, tokens, start}) => {
			if (!previous || !/^(?:for|of|at)$/.test(previous.text) || !beforePrevious || inhabitantNouns.has(bare(beforePrevious.text)) || placeNouns.has(bare(beforePrevious.text))) return false;
			// "Analysts at Morgan Stanley said": the role word may open the sentence.
			// (Not a capitalised title: "Minister of Fisheries" names a portfolio.)
			const opening = startsClause(tokens, start - 2) && !personTitles.has(bare(beforePrevious.text));
			const role = (!isCapitalised(beforePrevious.text) || opening) && (hasTag(beforePrevious, 'Actor') || personTitles.has(bare(beforePrevious.text)));
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
		// "the US team", "a Canada group": a country before the word says whose the body is; it stays the place.
		match: ({next, spaced, surface}) => next !== undefined && spaced && !isCapitalised(next.text) && organizationDescriptors.has(bare(next.text)) && !namesCountry(surface) && {detail: capitalise(bare(next.text))},
	},
	{
		id: 'organization-apposition-after',
		pattern: 'an apposition after the name headed by a word for a body: "Unite, the union representing the workers,"',
		votes: 'organization',
		weight: 3,
		phase: 'evidence',
		example: {text: 'Harfang, the regional broadcaster, said the talks failed.', name: 'Harfang', kind: 'organization'},
		match: run => {
			// "the Guild of the Lantern, a union of …": the apposition is the whole name's, not its tail's.
			if (namesCountry(run.surface) || run.tokens.slice(Math.max(0, run.start - 2), run.start).some(token => token.text === 'of')) return false;
			const detail = bodyApposedAfter(run.tokens, run.end - 1);
			return detail ? {detail} : false;
		},
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
		id: 'organization-company-words',
		pattern: 'the words of a company around the name: its founder, chief executive, shares, headquarters, an acquisition, what it owns, its staff: "Amazon founder", "shares of X", "X-owned", "X employees"',
		votes: 'organization',
		weight: 4,
		phase: 'evidence',
		example: {text: 'Shares of Orinoco fell after Orinoco founder Dana Reyes sold some.', name: 'Orinoco', kind: 'organization'},
		match: run => !run.namedAsPerson && !namesCountry(run.surface) && companyWordsAround(run),
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
		pattern: 'a party called by its members: "Liz Truss\'s Conservatives", "the Democrats", "the Social Democrats"',
		votes: 'organization',
		weight: 3,
		phase: 'evidence',
		example: {text: 'The vote split the Conservatives again.', name: 'Conservatives', kind: 'organization'},
		match: run => run.name.length <= 3 && partyPlurals.has(run.headWord),
	},
	{
		id: 'organization-foreign-opener',
		pattern: 'a name opened by the word for party, front, movement or army in another language: "Ansar al-Sharia", "Partido Popular"',
		votes: 'organization',
		weight: 4,
		phase: 'evidence',
		example: {text: 'Fighters of Jaish al-Qadar withdrew from the town.', name: 'Jaish al-Qadar', kind: 'organization'},
		match: run => run.name.length > 1 && foreignOrganizationOpeners.has(bare(run.name[0]!.text)) && !run.namedAsPerson,
	},
	{
		id: 'organization-emergency-service',
		pattern: 'a name that ends in the two words of an emergency service: "Harbour Fire and Rescue", "Kestrel Fire and Emergency"',
		votes: 'organization',
		weight: 4,
		phase: 'evidence',
		example: {text: 'Crews from Kestrel Fire and Emergency reached the barn at noon.', name: 'Kestrel Fire and Emergency', kind: 'organization'},
		match: ({name}) => name.length >= 3 && /^(?:and|&)$/u.test(name.at(-2)!.text) && servicePairs.has(`${bare(name.at(-3)!.text).toLowerCase()} ${bare(name.at(-1)!.text).toLowerCase()}`),
	},
	{
		id: 'organization-proclaimed-state',
		pattern: 'a state named by a belief, not a place, is the movement that proclaims it: "Islamic State"',
		votes: 'organization',
		weight: 4,
		phase: 'evidence',
		example: {text: 'The Islamic State claimed the attack on Monday.', name: 'Islamic State', kind: 'organization'},
		match: run => isProclaimedState(run.name),
	},
];
