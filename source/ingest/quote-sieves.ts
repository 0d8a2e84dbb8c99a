import type {Attribution, Subject} from './attributions.js';
import type {AnalysedParagraph, EntityKind} from './entities.js';
import {documentNouns, personDescriptionNouns} from './lexicon.js';
import type {Mention} from './mentions.js';
import type {QuoteSpan} from './quote-spans.js';

// Who said a quotation, in two steps as Stanford CoreNLP's quote attribution does. First the quote
// sieves find what points at the speaker (an attribution in the quote's own sentence, an earlier quote
// it continues, a colon introduction in the paragraph before, …), most precise first: the first sieve
// that finds something decides, and later ones are not asked. Then the speaker rules turn what was found
// (a name, a pronoun, a description such as "the minister") into an entity, or leave it empty: a
// wrong speaker is worse than none. Each sieve and rule is a table row with an id, the general pattern
// it serves and an example (each has a unit test built from it); the ids that decided are kept for
// `ingest --explain`.

/** An attribution with the speaker it was resolved to when its sentence was read. */
export type ResolvedAttribution = Attribution & {speaker?: number; rule: string; start: number};

export type ParagraphReading = {
	paragraph: AnalysedParagraph;
	spans: QuoteSpan[];
	/** Per sentence of the paragraph. */
	attributions: ResolvedAttribution[][];
	quotes: FoundQuote[];
};

export type FoundQuote = {paragraph: AnalysedParagraph; span: QuoteSpan; sentenceIndex: number; speaker?: number; rules: string[]; reading: ParagraphReading; /** How the deciding attribution found its subject, in short ("after the verb"). */ how?: string; /** The attribution that decided, if one did. */ attribution?: ResolvedAttribution};

export type QuoteSlot = {reading: ParagraphReading; span: QuoteSpan; sentenceIndex: number; previous?: ParagraphReading};

type Finding = {attribution: ResolvedAttribution} | {inherited: FoundQuote} | {speaker: number | undefined};

/** Sieves whose "no speaker" is certain: the ranker gives these quotes no speaker either. */
export const settlingSieves: ReadonlySet<string> = new Set(['quote-in-headline', 'quote-interviewer-question', 'quote-question-put-to-speaker']);

export type QuoteSieve = {
	id: string;
	pattern: string;
	example: {text: string; quote: string; speaker: string | null};
	find: (slot: QuoteSlot) => Finding | undefined;
};

const distanceTo = (span: QuoteSpan) => (attribution: ResolvedAttribution) => (attribution.start < span.start ? span.start - attribution.start : attribution.start - span.end);

/** Sentences a quote covers: from the one it opens in to the one it closes in. */
function coveredSentences({reading, span}: QuoteSlot): number[] {
	const sentences = reading.paragraph.sentences;
	const first = Math.max(0, sentences.findIndex(sentence => span.start - 1 < sentence.end));
	let last = sentences.findIndex(sentence => span.end <= sentence.end);
	if (last < 0) last = sentences.length - 1;
	return Array.from({length: Math.max(1, last - first + 1)}, (_, index) => first + index);
}

/** A quotation that is its whole paragraph (its marks aside). */
export const spansWholeParagraph = (span: Pick<QuoteSpan, 'start' | 'end'>, paragraphText: string) => span.start <= 1 && span.end >= paragraphText.trimEnd().length - 1;
const isWholeParagraph = (slot: QuoteSlot) => spansWholeParagraph(slot.span, slot.reading.paragraph.text);

/**
 * "When asked (by reporters) whether", "Asked about", "was asked": a passive verb of asking, with at most
 * its agent and a few words of the question's lead-in between it and the quotation. The one asked answers
 * later in the sentence; the quoted words are the asker's. So are they when the asker is only a reporter
 * ("a reporter asked whether …"): a question from nobody named is nobody's quote. An active "X asked “…”"
 * with X named is X's own question.
 */
const passiveAskBeforeQuote = /(?:^|[,;:(—–-]\s*|\b(?:when|after|once|if|being|been|was|were|is|are|be|and)\s+|\b(?:(?:a|an|the|one|another)\s+(?:[\p{Ll}-]+\s+)?)?(?:reporter|journalist|correspondent|questioner|interviewer)s?\s+)asked(?:\s+(?:him|her|them))?(?:\s+by\s+[^,“”"]{1,40}?)?(?:\s+(?:whether|if|about|why|how|what|when|who|where)\b)?[^“”".?!;,]{0,60}[\s,:]*$/iu;

function isQuestionPut({reading, span, sentenceIndex}: QuoteSlot): boolean {
	const sentence = reading.paragraph.sentences[sentenceIndex];
	if (!sentence || span.start <= sentence.start) return false;
	// The words of the quote's sentence before it, from the last clause opening or quotation before.
	const text = reading.paragraph.text;
	let end = span.start;
	while (end > sentence.start && /[“"‘'\s]/u.test(text[end - 1]!)) end--;
	const lead = text.slice(Math.max(sentence.start, end - 120), end).replace(/^.*[“”"]/su, '');
	return passiveAskBeforeQuote.test(lead);
}

export const quoteSieves: QuoteSieve[] = [
	{
		id: 'quote-in-headline',
		pattern: 'words quoted in a headline or a headline-like line are scare quotes: no speaker ("Putin Celebrates ‘Friendship’")',
		example: {text: 'Mayor Ana Ruiz Hails ‘Historic’ Harbour Deal\n\nThe deal was signed on Monday.', quote: 'Historic', speaker: null},
		find: slot => (slot.reading.paragraph.headline ? {speaker: undefined} : undefined),
	},
	{
		id: 'quote-interviewer-question',
		pattern: 'a question in a paragraph labelled as the interviewer\'s ("Q: “…?”", "Question: …") is the reporter\'s, never the answer\'s: no speaker',
		example: {text: 'Mayor Ana Ruiz took questions on Monday.\n\nQ: “Will the bridge reopen in May?”\n\nRuiz: “We will see.”', quote: 'Will the bridge reopen in May?', speaker: null},
		find: slot => (/^\s*(?:Q|Question|Reporter|Journalist)\s*:/iu.test(slot.reading.paragraph.text) && /\?\W*$/u.test(slot.span.text) ? {speaker: undefined} : undefined),
	},
	{
		id: 'quote-question-put-to-speaker',
		pattern: 'a quotation that is the question put to someone ("When asked by reporters whether “…”", "Asked “…?”, X said") is the asker\'s, never the answer\'s: no speaker',
		example: {text: 'Mayor Ana Ruiz spoke to reporters on Monday.\n\nWhen asked by reporters whether “the bridge will reopen in May,” Ms Ruiz replied that it would.', quote: 'the bridge will reopen in May,', speaker: null},
		find: slot => (isQuestionPut(slot) ? {speaker: undefined} : undefined),
	},
	{
		id: 'quote-in-sentence',
		pattern: 'an attribution in the sentences the quotation spans, the nearest one ("…,” X said", "X said: “…”", "according to X")',
		example: {text: '“The bridge will reopen in May,” Mayor Ana Ruiz said on Monday.', quote: 'The bridge will reopen in May,', speaker: 'Ana Ruiz'},
		find: slot => {
			const all = coveredSentences(slot).flatMap(index => slot.reading.attributions[index] ?? []);
			// A reporting verb ("X dismissed it as “…”") counts only where no verb of saying does.
			const candidates = all.some(attribution => !attribution.weak) ? all.filter(attribution => !attribution.weak) : all;
			const nearest = candidates.toSorted((a, b) => distanceTo(slot.span)(a) - distanceTo(slot.span)(b))[0];
			return nearest ? {attribution: nearest} : undefined;
		},
	},
	{
		id: 'quote-after-quote-in-paragraph',
		pattern: 'a later quotation of a paragraph, without its own attribution, is the speaker of the quotation before it',
		example: {text: 'Minister Ada Obi spoke first. “Prices will fall,” she said. “Not this month, but soon.”', quote: 'Not this month, but soon.', speaker: 'Ada Obi'},
		find: slot => {
			const before = slot.reading.quotes.at(-1);
			return before ? {inherited: before} : undefined;
		},
	},
	{
		id: 'quote-then-attribution',
		pattern: 'a quotation standing alone as a sentence, with the attribution in the next sentence',
		example: {text: '“The bridge is safe.” Engineer Paul Reyes said so after the inspection.', quote: 'The bridge is safe.', speaker: 'Paul Reyes'},
		find: slot => {
			const next = slot.reading.attributions[coveredSentences(slot).at(-1)! + 1]?.find(attribution => !attribution.weak);
			return next ? {attribution: next} : undefined;
		},
	},
	{
		id: 'quote-runs-on',
		pattern: 'newswire runs a quotation over paragraphs: one left open continues in the next paragraph, with the same speaker',
		example: {text: 'Chief Ola Berg said: “We are ready to work,\n\n“and we will start on Monday.”', quote: 'and we will start on Monday.', speaker: 'Ola Berg'},
		find: ({previous, span}) => {
			const open = previous?.quotes.at(-1);
			return open && !open.span.closed && span.start <= 1 ? {inherited: open} : undefined;
		},
	},
	{
		id: 'quote-after-colon-paragraph',
		pattern: 'a paragraph that ends with an attribution and a colon introduces the quotation of the next paragraph',
		example: {text: 'Coach Lena Park told reporters:\n\n“We were ready for this game.”', quote: 'We were ready for this game.', speaker: 'Lena Park'},
		find: ({previous, span}) => {
			if (!previous || span.start > 1 || !/:\s*$/u.test(previous.paragraph.text)) return undefined;
			const attribution = previous.attributions.at(-1)?.findLast(attribution => !attribution.weak);
			return attribution ? {attribution} : undefined;
		},
	},
	{
		id: 'quote-paragraph-after-quote',
		pattern: 'a paragraph that is one quotation, attributed nowhere, continues the person quoted at the end of the paragraph before',
		example: {text: '“We will rebuild,” Mayor Ana Ruiz said on Monday.\n\n“Every family will have a home by winter.”', quote: 'Every family will have a home by winter.', speaker: 'Ana Ruiz'},
		find: slot => {
			const last = slot.previous?.quotes.at(-1);
			if (!isWholeParagraph(slot) || !last || last.speaker === undefined || slot.reading.attributions.some(list => list.some(attribution => !attribution.weak))) return undefined;
			return {inherited: last};
		},
	},
];

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
		pattern: '"the Russian dictator noted", "the minister said": the person last named whose role has the same noun',
		example: {text: 'Finance Minister Ivo Dahl met bankers on Monday.\n\n“Rates will stay,” the minister said.', quote: 'Rates will stay,', speaker: 'Ivo Dahl'},
		resolve: (subject, _at, soFar, {roles}) => {
			if (subject.kind !== 'description') return undefined;
			const noun = subject.words.at(-1)!;
			if (!personDescriptionNouns.has(noun)) return null;
			const fits = (entity: number) => roles[entity]?.has(noun) && subject.words.slice(0, -1).every(word => personDescriptionNouns.has(word) || roles[entity]!.has(word) || /^(?:former|new|top|senior|veteran)$/.test(word));
			const fitting = [...new Set(soFar.people.map(person => person.entity))].filter(fits);
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
