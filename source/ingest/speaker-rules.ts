import type {Subject} from './attributions.js';
import type {EntityKind} from './entities.js';
import {documentNouns, personDescriptionNouns} from './lexicon.js';
import type {Mention} from './mentions.js';
import {fitsDescription} from './quote-descriptions.js';
import type {QuoteSpan} from './quote-spans.js';

// The speaker rules, the second step of quote attribution (quote-sieves.ts is the first): they turn what
// an attribution found (a name, a pronoun, a description such as "the minister") into an entity, with
// what the article has said so far, or leave it empty: a wrong speaker is worse than none. Each rule is
// a table row with an id, the general pattern it serves and an example (each has a unit test built from it).

/** What the speaker rules know: each entity's kind, the nouns that stand for a body, the words of a person's roles. */
export type SpeakerCandidates = {
	kinds: EntityKind[];
	nouns: Array<ReadonlySet<string>>;
	/** Each body's name in lower-case words, for "the fisheries department" (Department of Fisheries). */
	nameWords?: Array<ReadonlySet<string>>;
	roles: Array<ReadonlySet<string>>;
	/** The person each surname stands for, where one person of the article has it ("Mr. Hale" → Tom Hale). */
	surnames?: ReadonlyMap<string, number>;
	/** Every person of each surname (full names only), for a surname two people share. */
	surnameOwners?: ReadonlyMap<string, number[]>;
	/** Each person's gender by their first name, where the lists know it, for "he" and "she". */
	genders?: ReadonlyArray<'male' | 'female' | undefined>;
};

/** The article read so far, as the speaker rules need it. */
export type ArticleSoFar = {
	lastSpeaker?: {entity: number; paragraph: number};
	/** Bodies named so far, most recent last, with the paragraph they were named in. */
	recentBodies: Array<{entity: number; paragraph: number}>;
	/** People named so far, most recent last, with the paragraph (index in the article) they were named in. */
	people: Array<{entity: number; paragraph: number; start: number}>;
	/** Who issued the statement, report … that a sentence so far named with its attribution ("X said in a statement"). */
	documents: Map<string, {entity: number; paragraph: number}>;
	/** People a later "he" or "she" most likely means, most recent last: each sentence's subject and each person quoted. */
	salient?: Array<{entity: number; paragraph: number; start: number}>;
	paragraph: number;
};

/** Whether "he" or "she" can stand for the person: the first name's gender agrees, or is unknown. */
function agrees(word: string, entity: number, {genders}: SpeakerCandidates): boolean {
	const gender = genders?.[entity];
	return gender === undefined || gender === (word === 'she' ? 'female' : 'male');
}

export type SpeakerRule = {
	id: string;
	pattern: string;
	example: {text: string; quote: string; speaker: string | null};
	resolve: (subject: Subject, at: number, soFar: ArticleSoFar, candidates: SpeakerCandidates) => number | null | undefined;
};

/** Paragraphs back that "he said" may still reach for the last speaker. */
const pronounReach = 3;
/** Paragraphs back that "the company said" may reach for a body named only once. */
const bodyReach = 3;

export const speakerRules: SpeakerRule[] = [
	{
		id: 'speaker-named',
		pattern: 'the attribution names the speaker',
		example: {text: 'Rosa Lind, the head of the Harbour Workers Union, said the offer was “an insult.”', quote: 'an insult.', speaker: 'Rosa Lind'},
		resolve: subject => (subject.kind === 'named' ? subject.entity : undefined),
	},
	{
		id: 'speaker-pronoun-in-paragraph',
		pattern: 'he or she is the person quoted in the same paragraph, else the nearest subject before it there, of a gender that agrees',
		example: {text: 'Minister Ada Obi spoke first. “Prices will fall,” she said.', quote: 'Prices will fall,', speaker: 'Ada Obi'},
		resolve: (subject, at, soFar, candidates) => {
			if (subject.kind !== 'pronoun') return undefined;
			if (soFar.lastSpeaker?.paragraph === soFar.paragraph && agrees(subject.word, soFar.lastSpeaker.entity, candidates)) return soFar.lastSpeaker.entity;
			const subjectHere = soFar.salient?.findLast(person => person.paragraph === soFar.paragraph && person.start < at && agrees(subject.word, person.entity, candidates));
			return subjectHere?.entity ?? soFar.people.find(person => person.paragraph === soFar.paragraph && person.start < at && agrees(subject.word, person.entity, candidates))?.entity;
		},
	},
	{
		id: 'speaker-pronoun-last-speaker',
		pattern: 'he or she, with nobody named in the paragraph, is the last person quoted or made the subject of a sentence since, a few paragraphs before, of a gender that agrees',
		example: {text: 'The delay was expected, said Victor Osei, an engineer at the port.\n\n“We lost two days,” he said.', quote: 'We lost two days,', speaker: 'Victor Osei'},
		resolve: (subject, _at, soFar, candidates) => {
			if (subject.kind !== 'pronoun') return undefined;
			const last = soFar.salient?.findLast(person => person.paragraph < soFar.paragraph && agrees(subject.word, person.entity, candidates));
			if (last && soFar.paragraph - last.paragraph <= pronounReach) return last.entity;
			const speaker = soFar.lastSpeaker;
			return speaker && soFar.paragraph - speaker.paragraph <= pronounReach && agrees(subject.word, speaker.entity, candidates) ? speaker.entity : undefined;
		},
	},
	{
		id: 'speaker-pronoun-previous-paragraph',
		pattern: 'he or she, with nobody quoted before, is the one person named in the paragraph before (none when two are)',
		example: {text: 'The prices are watched by the skipper Tomas Brun, 40 years a fisherman.\n\n“Halibut is cheap this week,” he said.', quote: 'Halibut is cheap this week,', speaker: 'Tomas Brun'},
		resolve: (subject, _at, soFar, candidates) => {
			if (subject.kind !== 'pronoun') return undefined;
			const named = new Set(soFar.people.filter(person => person.paragraph === soFar.paragraph - 1 && agrees(subject.word, person.entity, candidates)).map(person => person.entity));
			return named.size === 1 ? [...named][0] : null;
		},
	},
	{
		id: 'speaker-description-document',
		pattern: '"the statement said", "the report says": whoever issued the statement named with an attribution a few paragraphs before',
		example: {text: 'The Lumo Council said in a statement that the bridge would close.\n\n“Repairs will take a month,” the statement said.', quote: 'Repairs will take a month,', speaker: 'Lumo Council'},
		resolve: (subject, _at, soFar) => {
			if (subject.kind !== 'description' || !documentNouns.has(subject.words.at(-1)!)) return undefined;
			const issued = soFar.documents.get(subject.words.at(-1)!);
			return issued && soFar.paragraph - issued.paragraph <= pronounReach ? issued.entity : null;
		},
	},
	{
		id: 'speaker-description-body',
		pattern: '"the bank said", "the fisheries department said": the body last named that the noun describes (and whose name has the words before it, where one has), named a few paragraphs before or more than once so far',
		example: {text: 'Rates rose at Lumo Bank on Monday.\n\nThe bank said the rise was “needed.”', quote: 'needed.', speaker: 'Lumo Bank'},
		resolve: (subject, _at, soFar, {nouns, nameWords}) => {
			if (subject.kind !== 'description') return undefined;
			const noun = subject.words.at(-1)!;
			const fitting = soFar.recentBodies.filter(({entity}) => nouns[entity]?.has(noun));
			if (fitting.length === 0) return undefined;
			// "the fisheries department" with two departments named: the one whose name says fisheries.
			const modifiers = subject.words.slice(0, -1);
			const named = fitting.filter(({entity}) => modifiers.length > 0 && modifiers.every(word => nameWords?.[entity]?.has(word)));
			const last = (named.length > 0 ? named : fitting).at(-1)!;
			// A body named once, long before ("an analyst of the Harbor Research Company"), is not who "the company" is
			// pages later: the article's own subject may be a company the name reader did not read.
			const times = soFar.recentBodies.filter(({entity}) => entity === last.entity).length;
			return soFar.paragraph - last.paragraph <= bodyReach || times > 1 ? last.entity : null;
		},
	},
	{
		id: 'speaker-description-person',
		pattern: '"the Russian dictator noted", "the minister said", "the senator said": the one person named so far whose role (a title or an apposition by the name) has the same noun',
		example: {text: 'Finance Minister Ivo Dahl met bankers on Monday.\n\n“Rates will stay,” the minister said.', quote: 'Rates will stay,', speaker: 'Ivo Dahl'},
		resolve: (subject, _at, soFar, {roles}) => {
			if (subject.kind !== 'description') return undefined;
			const noun = subject.words.at(-1)!;
			if (!personDescriptionNouns.has(noun)) return null;
			const fitting = [...new Set(soFar.people.map(person => person.entity))].filter(entity => fitsDescription(subject.words, roles[entity]));
			// Two people who both fit ("the minister" with two ministers named) leave it open.
			return fitting.length === 1 ? fitting[0] : null;
		},
	},
];

/** The speaker for a subject, and the id of the rule that decided it; no rule, no speaker. */
export function resolveSubject(subject: Subject, at: number, soFar: ArticleSoFar, candidates: SpeakerCandidates): {speaker?: number; rule: string} {
	if (subject.kind === 'unnamed') return {rule: 'speaker-unnamed'};
	for (const rule of speakerRules) {
		const found = rule.resolve(subject, at, soFar, candidates);
		if (found === null) return {rule: `${rule.id} (none fits)`};
		if (found !== undefined) return {speaker: found, rule: rule.id};
	}
	return {rule: 'speaker-unresolved'};
}

/** Words before a name that make it no sentence's subject: "with Obama", "told Reuters". */
const notSubjectBefore = /(?:^|\s)(?:to|by|for|with|at|from|of|about|on|against|told|asked|than|and|or|like|under|into|after|before|over|toward|towards|between|among|thanked|praised|attacked|criticized|criticised|called|urged|met|beat|defeated|endorsed|backed|supported)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/iu;

/** The mentions of a sentence range that are people or bodies, to keep the article's memory current. */
export function remember(soFar: ArticleSoFar, mentions: Mention[], from: number, to: number, kinds: EntityKind[], spans: QuoteSpan[], text?: string): void {
	let subjectSeen = false;
	for (const mention of mentions) {
		if (mention.start < from || mention.end > to) continue;
		if (spans.some(span => mention.start >= span.start && mention.end <= span.end)) continue;
		if (kinds[mention.entity] === 'organization') soFar.recentBodies.push({entity: mention.entity, paragraph: soFar.paragraph});
		if (kinds[mention.entity] === 'person') soFar.people.push({entity: mention.entity, paragraph: soFar.paragraph, start: mention.start});
		// The sentence's subject: its first person or body that no preposition or verb before makes an object.
		if (!subjectSeen && text !== undefined && (kinds[mention.entity] === 'person' || kinds[mention.entity] === 'organization') && !notSubjectBefore.test(text.slice(Math.max(from, mention.start - 40), mention.start))) {
			subjectSeen = true;
			if (kinds[mention.entity] === 'person') (soFar.salient ??= []).push({entity: mention.entity, paragraph: soFar.paragraph, start: mention.start});
		}
	}
}
