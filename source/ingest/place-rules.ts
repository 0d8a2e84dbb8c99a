import type {EntityRule} from './entity-rule-types.js';
import {placeNounAfter} from './entity-roles.js';
import {lookUpPlace} from '../geo/gazetteer.js';
import {regionsNamed} from '../geo/regions.js';
import {directions, inhabitantNouns, motionWords, organizationHeads, placeHeads, placeNouns} from './lexicon.js';
import {bare, isCommonWord, isOnlyCommonWord, startsClause} from './name-words.js';
import {isProclaimedState} from './organization-rules.js';
import {hasTag, isCapitalised} from './tokens.js';

// The entity rules that vote for a place: place words, prepositions, motion, the gazetteer (see entity-rules.ts).

const prepositionOfPlace = /^(?:in|at|near|into|across|outside|inside|towards?|from|on)$/;

/** "eastern Ukraine", "north-west Syria", "southern Northland": a part of a land named by its side, in lower case. */
const sideOfLand = /^(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|(?:north|south)-?(?:east|west)|central)$/u;

/** The country that owns the name in "New Zealand's Northland", "Japan's Hokkaido": the words before "'s" right before the run. */
function owningCountry(text: string, start: number): string | undefined {
	const owner = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})['’]s\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
	const place = owner === undefined ? undefined : lookUpPlace(owner);
	return place?.kind === 'Country' ? place.country : undefined;
}

export const placeRules: EntityRule[] = [
	{
		id: 'place-tagged-head',
		pattern: 'compromise knows the head word as a place; more when every word is one ("North Korea")',
		votes: 'place',
		weight: 3,
		phase: 'evidence',
		example: {text: 'The train crossed into North Korea at dawn.', name: 'North Korea', kind: 'place'},
		match: run => hasTag(run.head, 'Place', 'Country', 'City', 'Region') && !run.namedAsPerson && !isProclaimedState(run.name) && {weight: run.placeWords ? 3 : 1},
	},
	{
		id: 'place-head-word',
		pattern: 'the name ends in the head of a place name: "Red Sea", "Volta Region", "Vostochny Cosmodrome"',
		votes: 'place',
		weight: 3,
		phase: 'evidence',
		example: {text: 'Boats waited off the Quiet Bay for a week.', name: 'Quiet Bay', kind: 'place'},
		match: run => run.name.length > 1 && placeHeads.has(run.headWord) && !organizationHeads.has(bare(run.last.text)) && !run.namedAsPerson && !isProclaimedState(run.name),
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
		id: 'place-noun-after',
		pattern: 'a place noun after the name: "Iceland\'s Reykjanes peninsula", "the Amur region"',
		votes: 'place',
		weight: 3,
		phase: 'evidence',
		example: {text: 'Lava reached the Skarvik peninsula on Monday.', name: 'Skarvik', kind: 'place'},
		// A word of the language opening a sentence or headline is capitalised by its place and modifies the
		// noun after it ("Harbour city braces for storm", "Border town reopens"): no name.
		match: run => placeNounAfter(run) && !(run.name.length === 1 && startsClause(run.tokens, run.start) && isOnlyCommonWord(run.head.text)),
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
			const known = isCommonWord(run.surface) ? undefined : lookUpPlace(run.surface);
			return known !== undefined && (known.kind === 'Country' || (known.population ?? 0) >= 100_000) && {detail: known.kind};
		},
	},
	{
		id: 'place-side-of-land',
		pattern: 'a land named by its side in lower case ("eastern X", "north-west X"), or a division of the country that owns it ("New Zealand\'s X")',
		votes: 'place',
		weight: 4,
		phase: 'evidence',
		example: {text: 'Floods cut roads across eastern Varnholm on Monday.', name: 'Varnholm', kind: 'place'},
		match: ({tokens, start, text, previous, name}) => {
			if (name.some(token => !isCapitalised(token.text))) return false;
			if (previous !== undefined && /^\s+$/u.test(previous.post) && sideOfLand.test(previous.text)) return true;
			const country = owningCountry(text, tokens[start]!.start);
			return country !== undefined && regionsNamed(name.map(token => bare(token.text)).join(' ')).some(region => region.country === country);
		},
	},
	{
		id: 'place-after-nationality',
		pattern: 'a place named after a nationality adjective that says whose it is: "Russian Tuva", "Chinese Xinjiang"',
		votes: 'place',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Floods hit Russian Tuva on Monday.', name: 'Tuva', kind: 'place'},
		match: ({previous, name}) => previous !== undefined && /^\s+$/u.test(previous.post) && hasTag(previous, 'Demonym') && isCapitalised(previous.text) && name.every(token => hasTag(token, 'Place', 'Country', 'City', 'Region')),
	},
];
