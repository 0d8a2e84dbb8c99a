import rankerModel from '../../data/models/quote-ranker.json' with {type: 'json'};
import type {Quote} from '../model/schema.js';
import type {AnalysedParagraph, ExtractedEntity} from './entities.js';
import {genderOfFirstName, isFirstName} from './first-names.js';
import {organizationHeads, placeHeads, placeNameWords} from './lexicon.js';
import {opensLongerName, type Mention} from './mentions.js';
import {speakerCandidates, type QuoteCandidates} from './quote-candidates.js';
import {describedRoles, roleNouns} from './quote-descriptions.js';
import {addThresholdFor, keepThresholdFor, rankSpeaker, type QuoteRankerModel} from './quote-ranker.js';
import {settlesNobody} from './quote-sieves.js';
import {isCrosshead, isScareQuote} from './quoted-terms.js';
import {readQuotes, type SpeakerCandidates} from './quotes.js';
import {cite, type Explanation, type StageContext} from './stage-context.js';

// The quotes stage: every quotation of every article with its speaker (or none). The sieves read the
// attributions; the ranker, trained on PolNeAR's tune part, weighs every candidate (the sieves' choice
// among them) and gives a speaker only when sure enough. The rules and the ranker's probability are
// kept for `ingest --explain`.

const model = rankerModel as QuoteRankerModel;

// Read once per story: the quote stage and the facts (for a transcript's lines) both ask.
const knowledgeOf = new WeakMap<ExtractedEntity[], SpeakerCandidates>();

/** What the speaker rules know of the entities: kinds, the nouns that stand for bodies, the words of people's roles. */
export function speakerKnowledge(entities: ExtractedEntity[]): SpeakerCandidates {
	let knowledge = knowledgeOf.get(entities);
	if (!knowledge) knowledgeOf.set(entities, (knowledge = readSpeakerKnowledge(entities)));
	return knowledge;
}

function readSpeakerKnowledge(entities: ExtractedEntity[]): SpeakerCandidates {
	// A "place" whose name opens with a first name ("Lena Park", "Tyler Livingston") is, when it speaks, a
	// person the name reader misread: the quote stage weighs it as one (the entity keeps its kind elsewhere).
	const kinds = entities.map(entity => (entity.kind === 'place' && entity.type === undefined && looksLikePersonName(entity.name) ? 'person' : entity.kind));
	// The common nouns that can stand for each organisation: the last word of its name when that is the
	// head of an institution's name ("the bank" for Norges Bank), and what the text called it ("agency").
	// The head is the last word before a post-modifier ("Department of Fisheries": "the department").
	const nouns = entities.map(entity => {
		if (entity.kind !== 'organization') return new Set<string>();
		const head = entity.name.split(/\s+(?:of|for|on)\s+/u)[0]!.split(/\s+/).at(-1)!.toLowerCase();
		return new Set([...(organizationHeads.has(head) ? [head] : []), ...(entity.type ? [entity.type.toLowerCase()] : [])]);
	});
	const nameWords = entities.map(entity => new Set(entity.kind === 'organization' ? entity.name.toLowerCase().split(/\s+/) : []));
	// The words of every role a person is given ("Russian dictator", "Finance Minister"), for "the minister said".
	const roles = entities.map(entity => new Set(entity.occurrences.flatMap(occurrence => (occurrence.role ?? '').toLowerCase().split(/[\s-]+/)).filter(Boolean)));
	// Each surname that exactly one person of the article has, for "Mr. Hale said" ("Donald Trump" and
	// "Donald J. Trump" are one person, who owns the surname once, under the fuller name).
	const sameAs = samePeople(kinds, entities.map(entity => entity.name));
	const owners = peopleBySurname(kinds, entities.map(entity => entity.name), sameAs);
	const surnames = new Map([...owners].filter(([, people]) => people.length === 1).map(([surname, people]) => [surname, people[0]!]));
	// "he" and "she" by the first name's gender: only a full name has a first name to tell it.
	const genders = entities.map((entity, index) => (kinds[index] === 'person' && entity.name.includes(' ') ? genderOfFirstName(entity.name.split(/\s+/)[0]!) : undefined));
	return {kinds, nouns, nameWords, roles, surnames, surnameOwners: owners, genders};
}

/** Two or three capitalised words, the first a first name: a person's name, whatever kind it was read as. */
const looksLikePersonName = (name: string) =>
	/^\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(name) && isFirstName(name.split(' ')[0]!) && !name.split(' ').some(word => placeHeads.has(word.toLowerCase()) || placeNameWords.has(word.toLowerCase()) || compassWords.test(word));

/** "North Korea", "West Virginia": a compass word opens a place's name, never a person's. */
const compassWords = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)$/u;

/** Name endings that follow the surname ("Joseph R. Biden Jr."). */
const nameSuffixes = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

/** The surname of a full name (two words or more), lower case: its last word before a suffix. */
function surnameOf(name: string): string | undefined {
	const words = name.split(/\s+/);
	while (words.length > 2 && nameSuffixes.test(words.at(-1)!)) words.pop();
	return words.length > 1 ? words.at(-1)!.toLowerCase() : undefined;
}

/** The people of the article by surname, each full name once (those `leftOut` stand for another). */
function peopleBySurname(kinds: SpeakerCandidates['kinds'], names: string[], leftOut: Map<number, number>): Map<string, number[]> {
	const bySurname = new Map<string, number[]>();
	names.forEach((name, index) => {
		const surname = surnameOf(name);
		if (kinds[index] === 'person' && surname && !leftOut.has(index)) bySurname.set(surname, [...(bySurname.get(surname) ?? []), index]);
	});
	return bySurname;
}

/**
 * People the name reader left apart whose names differ only by a middle name or initial ("Donald Trump",
 * "Donald J. Trump"; "Hillary Clinton", "Hillary Rodham Clinton"): a reader takes them for one person, the
 * one of the fuller name. Each shorter form maps to the fullest.
 */
export function samePeople(kinds: SpeakerCandidates['kinds'], names: string[]): Map<number, number> {
	const byEnds = new Map<string, number[]>();
	names.forEach((name, index) => {
		const surname = surnameOf(name);
		if (kinds[index] === 'person' && surname) {
			const key = `${name.split(/\s+/)[0]!.toLowerCase()} ${surname}`;
			byEnds.set(key, [...(byEnds.get(key) ?? []), index]);
		}
	});
	const same = new Map<number, number>();
	for (const people of byEnds.values()) {
		if (people.length < 2) continue;
		const fullest = people.toSorted((a, b) => names[b]!.split(/\s+/).length - names[a]!.split(/\s+/).length || names[b]!.length - names[a]!.length || a - b)[0]!;
		for (const person of people) if (person !== fullest) same.set(person, fullest);
	}
	return same;
}

/**
 * A person known by the surname alone ("Trump") is the one person of the article whose full name ends
 * with it ("Donald J. Trump"), as a reader takes it, when the name reader left them two entities: the
 * quote goes to the full name. A surname two people share stays as it is.
 */
export function fullNamesOfSurnames(kinds: SpeakerCandidates['kinds'], names: string[]): Map<number, number> {
	const full = samePeople(kinds, names);
	const bySurname = peopleBySurname(kinds, names, full);
	names.forEach((name, index) => {
		if (kinds[index] !== 'person') return;
		// "Mr. Trump", "Mrs. Clinton" read as a person of their own: the surname, and the sex the honorific says.
		const honorific = /^(Mr|Mrs|Ms|Miss|Dr)\.?\s+(?=\S+$)/u.exec(name);
		const bare = honorific ? name.slice(honorific[0].length) : name;
		if (bare.includes(' ')) return;
		const owners = bySurname.get(bare.toLowerCase()) ?? [];
		const sex = honorific?.[1] === 'Mr' ? 'male' : honorific && honorific[1] !== 'Dr' ? 'female' : undefined;
		const agreeing = owners.length > 1 && sex ? owners.filter(owner => genderOfFirstName(names[owner]!.split(/\s+/)[0]!) === sex) : owners;
		if (agreeing.length === 1) full.set(index, agreeing[0]!);
	});
	return full;
}

/** Each person known by a surname alone that several people of the article have, with those people. */
function sharedSurnames(kinds: SpeakerCandidates['kinds'], names: string[], full: Map<number, number>): Map<number, number[]> {
	const bySurname = peopleBySurname(kinds, names, full);
	const shared = new Map<number, number[]>();
	names.forEach((name, index) => {
		const owners = bySurname.get(name.toLowerCase());
		if (kinds[index] === 'person' && !name.includes(' ') && owners && owners.length > 1) shared.set(index, owners);
	});
	return shared;
}

/**
 * Surnames that several people of the article share and that the name reader gave no entity of their
 * own ("Parata", with Hori and Robert Parata named), as written, with those people: the mention finder
 * leaves such a word unread, since it names nobody without the article's order.
 */
function unreadSharedSurnames(kinds: SpeakerCandidates['kinds'], names: string[], full: Map<number, number>): Map<string, number[]> {
	const known = new Set(names);
	const unread = new Map<string, number[]>();
	for (const owners of peopleBySurname(kinds, names, full).values()) {
		const written = names[owners[0]!]!.split(/\s+/).find(word => word.toLowerCase() === surnameOf(names[owners[0]!]!));
		if (owners.length > 1 && written && /^\p{Lu}/u.test(written) && !known.has(written)) unread.set(written, owners);
	}
	return unread;
}

/** Where a paragraph writes one of `surnames` alone (not inside a longer name, not where `taken` already reads a name). */
function surnameOccurrences(paragraph: AnalysedParagraph, surnames: Map<string, number[]>, taken: Mention[]): Array<{start: number; end: number; owners: number[]}> {
	const found: Array<{start: number; end: number; owners: number[]}> = [];
	for (const [surname, owners] of surnames) {
		for (let start = paragraph.text.indexOf(surname); start >= 0; start = paragraph.text.indexOf(surname, start + 1)) {
			const end = start + surname.length;
			if (/[\p{L}\p{N}]/u.test(paragraph.text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(paragraph.text[end] ?? '')) continue;
			if (opensLongerName(paragraph, surname, end) || taken.some(mention => mention.start < end && start < mention.end)) continue;
			found.push({start, end, owners});
		}
	}
	return found;
}

/** One article's quotes, each with its candidate speakers and their features (also what the training reads). */
export function articleQuoteCandidates(paragraphs: AnalysedParagraph[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[], knowledge: SpeakerCandidates, names: string[]): QuoteCandidates[] {
	const full = fullNamesOfSurnames(knowledge.kinds, names);
	const shared = sharedSurnames(knowledge.kinds, names, full);
	const unread = unreadSharedSurnames(knowledge.kinds, names, full);
	const cache = new Map<AnalysedParagraph, Mention[]>();
	const asMeant = (mention: Mention) => (full.has(mention.entity) ? {...mention, entity: full.get(mention.entity)!} : mention);
	if (shared.size > 0 || unread.size > 0) {
		// A surname alone that several people have is the one of them named so far (none when two are), read in the article's order.
		const named: number[] = [];
		const oneNamedSoFar = (owners: number[]) => {
			const before = new Set(named.filter(entity => owners.includes(entity)));
			return before.size === 1 ? named.findLast(entity => owners.includes(entity)) : undefined;
		};
		for (const paragraph of paragraphs) {
			const mentions = mentionsOf(paragraph);
			const occurrences = [...mentions.map(mention => ({mention, owners: shared.get(mention.entity)})), ...surnameOccurrences(paragraph, unread, mentions).map(({start, end, owners}) => ({mention: {entity: -1, start, end}, owners}))].toSorted((a, b) => a.mention.start - b.mention.start);
			const meant: Mention[] = [];
			for (const {mention, owners} of occurrences) {
				if (!owners) {
					const as = asMeant(mention);
					named.push(as.entity);
					meant.push(as);
					continue;
				}
				const person = oneNamedSoFar(owners);
				if (person !== undefined) meant.push({...mention, entity: person});
				else if (mention.entity >= 0) meant.push(mention);
			}
			cache.set(paragraph, meant);
		}
	}
	const mentionsAsMeant = full.size === 0 && shared.size === 0 && unread.size === 0 ? mentionsOf : (paragraph: AnalysedParagraph) => cache.get(paragraph) ?? cache.set(paragraph, mentionsOf(paragraph).map(asMeant)).get(paragraph)!;
	// The roles the name reader kept, with those the article writes by each name ("Sen. Ann Ray", "X, the Republican nominee,"): for "the senator said".
	const described = describedRoles(paragraphs, mentionsAsMeant, knowledge.kinds);
	const roles = knowledge.roles.map((set, entity) => new Set([...set, ...(described.get(entity) ?? [])].flatMap(word => roleNouns(word.replace(/\.$/u, '')))));
	const {quotes, readings} = readQuotes(paragraphs, mentionsAsMeant, {...knowledge, roles});
	return speakerCandidates(quotes, readings, mentionsAsMeant, knowledge.kinds, names, roles);
}

export function quoteRecords({articles, entities, entityIds, mentionsOf, newId}: StageContext): {quotes: Quote[]; explanations: Explanation[]} {
	const knowledge = speakerKnowledge(entities);
	const quotes: Quote[] = [];
	const explanations: Explanation[] = [];
	for (const {article, paragraphs} of articles) {
		for (const {quote, candidates, none} of articleQuoteCandidates(paragraphs, mentionsOf, knowledge, entities.map(entity => entity.name))) {
			// A heading set in marks is nobody's words, whoever is named around it.
			if (isCrosshead(quote, paragraphs[paragraphs.indexOf(quote.paragraph) - 1]?.text)) continue;
			// A headline's scare quote, an interviewer's question, a passive's "was called “…”": the sieves' "nobody" stands.
			const ranked = settlesNobody(quote) ? {entity: undefined, probability: 0, how: 'settled' as const} : rankSpeaker(candidates, none, quote.speaker, model);
			const speaker = ranked.entity;
			if (speaker === undefined && isScareQuote(quote, candidates)) continue;
			const chosen = candidates.find(candidate => candidate.entity === quote.speaker);
			const keep = chosen ? keepThresholdFor(chosen.features, model) : model.keepThreshold;
			const add = addThresholdFor(none, chosen !== undefined, model);
			const text = quote.span.text.trim();
			const id = newId('', `quote-${quotes.length + 1}`);
			const sentence = quote.paragraph.sentences[quote.sentenceIndex]!;
			const verdict = {
				settled: 'ranker not asked: the sieve settles that nobody is the speaker',
				unjudged: 'ranker left the sieves\' speaker alone (a rule its training data hardly shows)',
				trusted: 'ranker not asked: this way of finding the speaker was surely right at least 97% of the time on PolNeAR\'s tune part',
				kept: `ranker kept the sieves' speaker (p ${ranked.probability.toFixed(2)} ≥ ${keep})`,
				vetoed: `ranker dropped the sieves' speaker (p ${ranked.probability.toFixed(2)} < ${keep}), and no other was likely enough`,
				added: `ranker chose the speaker (p ${ranked.probability.toFixed(2)} ≥ ${add})`,
				none: candidates.length === 0 ? 'ranker: no candidate' : `ranker: no candidate likely enough (best p ${ranked.probability.toFixed(2)} < ${add})`,
			}[ranked.how];
			explanations.push({item: id, kind: 'quote', text, rules: [...quote.rules, verdict], ...(speaker === undefined ? {} : {speaker: entities[speaker]!.name})});
			quotes.push({
				id,
				...(speaker === undefined ? {} : {speaker: entityIds[speaker]!}),
				text,
				...(sentence.text.length <= 400 ? {context: sentence.text} : {}),
				cites: [cite(article.id, quote.paragraph, [quote.span.start, quote.span.end])],
			});
		}
	}
	return {quotes, explanations};
}
