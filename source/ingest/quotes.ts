import {attributionsOf, insideQuote} from './attributions.js';
import {documentNouns} from './lexicon.js';
import type {AnalysedParagraph} from './entities.js';
import type {Mention} from './mentions.js';
import {findQuoteSpans} from './quote-spans.js';
import {quoteSieves, settlingSieves, type Finding, type FoundQuote, type ParagraphReading, type QuoteSlot, type ResolvedAttribution} from './quote-sieves.js';
import {transcriptLine} from './transcript-quotes.js';
import {remember, resolveSubject, type ArticleSoFar, type SpeakerCandidates} from './speaker-rules.js';

// Quotations and who said them, one article at a time: each paragraph is read sentence by sentence
// (attributions resolved to speakers as they come, so "he" means who it meant at that point), then each
// quotation goes through the sieves of quote-sieves.ts. A quotation left open that runs into a paragraph
// whose quotation has a speaker takes that speaker too (the wire style of long quotations).

export {findQuoteSpans, type QuoteSpan} from './quote-spans.js';
export type {FoundQuote, ParagraphReading} from './quote-sieves.js';
export type {SpeakerCandidates} from './speaker-rules.js';


/**
 * The surnames as the speaker rules read them: each one person has, and keyed "ms:" and "mr:" the one person
 * of a surname whose first name agrees, for "Mrs. Clinton" with Bill and Hillary Clinton named. A bare
 * surname two people share stays unresolved: taking the one named last gave more wrong speakers than right
 * on PolNeAR's tune part once the ranker had weighed them.
 */
function surnamesOf(candidates: SpeakerCandidates): ReadonlyMap<string, number> | undefined {
	const {surnames, surnameOwners, genders} = candidates;
	if (!surnameOwners) return surnames;
	let all: Map<string, number> | undefined;
	for (const [surname, owners] of surnameOwners) {
		for (const [key, gender] of [['ms', 'female'], ['mr', 'male']] as const) {
			const agreeing = owners.filter(entity => genders?.[entity] === gender);
			if (agreeing.length === 1) (all ??= new Map(surnames)).set(`${key}:${surname}`, agreeing[0]!);
		}
	}
	return all ?? surnames;
}

/**
 * A surname several people of the article share ("says Parata", another Parata named only later) stands,
 * as a reader takes it, for the one of them named so far. With two of them named before it stays
 * unresolved: taking the one named last gave more wrong speakers than right on PolNeAR's tune part
 * (held out at precision 0.945: right 0.702 -> 0.661).
 */
function surnamesSoFar(surnames: ReadonlyMap<string, number> | undefined, owners: SpeakerCandidates['surnameOwners'], soFar: ArticleSoFar, before: number): ReadonlyMap<string, number> | undefined {
	if (!owners) return surnames;
	let known: Map<string, number> | undefined;
	for (const [surname, people] of owners) {
		if (people.length < 2) continue;
		const named = soFar.people.filter(person => people.includes(person.entity) && (person.paragraph < soFar.paragraph || person.start < before));
		const distinct = new Set(named.map(person => person.entity));
		if (distinct.size === 1) (known ??= new Map(surnames)).set(surname, named.at(-1)!.entity);
	}
	return known ?? surnames;
}

/** The speaker a sieve's finding points at, if any. */
const speakerFound = (found: Finding) => ('attribution' in found ? found.attribution.speaker : 'inherited' in found ? found.inherited.speaker : found.speaker);

function readParagraph(paragraph: AnalysedParagraph, mentions: Mention[], soFar: ArticleSoFar, candidates: SpeakerCandidates, surnames: ReadonlyMap<string, number> | undefined): ParagraphReading {
	const spans = findQuoteSpans(paragraph.text);
	const attributions = paragraph.sentences.map(sentence => {
		const inSentence = spans.filter(span => span.start < sentence.end && span.end > sentence.start);
		const known = surnamesSoFar(surnames, candidates.surnameOwners, soFar, sentence.start);
		remember(soFar, mentions, sentence.start, sentence.end, candidates.kinds, inSentence, paragraph.text);
		const found = attributionsOf({sentence, mentions, kinds: candidates.kinds, headline: paragraph.headline, spans: inSentence, ...(known ? {surnames: known} : {})});
		return found.map((attribution): ResolvedAttribution => {
			const start = sentence.tokens[attribution.verb]!.start;
			const {speaker, rule} = resolveSubject(attribution.subject, start, soFar, candidates);
			if (speaker !== undefined && candidates.kinds[speaker] === 'person' && !attribution.weak) {
				soFar.lastSpeaker = {entity: speaker, paragraph: soFar.paragraph};
				(soFar.salient ??= []).push({entity: speaker, paragraph: soFar.paragraph, start});
			}
			// "X said in a statement": what "the statement" will stand for.
			if (speaker !== undefined && !attribution.weak) for (const token of sentence.tokens) if (documentNouns.has(token.text.toLowerCase()) && !insideQuote(token, inSentence)) soFar.documents.set(token.text.toLowerCase(), {entity: speaker, paragraph: soFar.paragraph});
			return {...attribution, speaker, rule, start};
		});
	});
	return {paragraph, spans, attributions, quotes: []};
}

/** Quotes of one article, paragraph by paragraph, with the speakers (entity indexes) the sieves found. */
export function findQuotes(paragraphs: AnalysedParagraph[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[], candidates: SpeakerCandidates): FoundQuote[] {
	return readQuotes(paragraphs, mentionsOf, candidates).quotes;
}

/** The quotes with the sieves' speakers, and every paragraph as read (the speaker ranker looks around each quote). */
export function readQuotes(paragraphs: AnalysedParagraph[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[], candidates: SpeakerCandidates): {quotes: FoundQuote[]; readings: ParagraphReading[]} {
	const readings: ParagraphReading[] = [];
	const soFar: ArticleSoFar = {recentBodies: [], people: [], documents: new Map(), paragraph: 0};
	const surnames = surnamesOf(candidates);
	const quotes: FoundQuote[] = [];
	let previous: ParagraphReading | undefined;
	paragraphs.forEach((paragraph, index) => {
		soFar.paragraph = index;
		const mentions = mentionsOf(paragraph);
		const reading = readParagraph(paragraph, mentions, soFar, candidates, surnames);
		for (const span of reading.spans) {
			const sentenceIndex = Math.max(0, paragraph.sentences.findIndex(sentence => span.start - 1 < sentence.end));
			const slot: QuoteSlot = {reading, span, sentenceIndex, ...(previous ? {previous} : {})};
			const quote: FoundQuote = {paragraph, span, sentenceIndex, rules: [], reading};
			for (const sieve of quoteSieves) {
				const found = sieve.find(slot);
				if (!found) continue;
				// Later sieves are asked too, only to say whom they would have chosen: their agreement is a feature for the ranker.
				if (quote.rules.length > 0) {
					if (!settlingSieves.has(sieve.id)) (quote.laterFindings ??= []).push({sieve: sieve.id, speaker: speakerFound(found)});
					continue;
				}
				quote.rules.push(sieve.id);
				if ('attribution' in found) {
					quote.rules.push(found.attribution.rule);
					quote.how = found.attribution.how.replace(/\s*\(.*$/u, '');
					quote.attribution = found.attribution;
					if (found.attribution.speaker !== undefined) quote.speaker = found.attribution.speaker;
				} else if ('inherited' in found) {
					if (found.inherited.speaker !== undefined) quote.speaker = found.inherited.speaker;
				} else if (found.speaker !== undefined) quote.speaker = found.speaker;
			}
			reading.quotes.push(quote);
			quotes.push(quote);
		}
		const transcript = reading.spans.length === 0 ? transcriptLine(paragraph, mentions, {kinds: candidates.kinds, surnames}) : undefined;
		if (transcript) {
			reading.spans.push(transcript.span);
			const sentenceIndex = Math.max(0, paragraph.sentences.findIndex(sentence => transcript.span.start < sentence.end));
			const quote: FoundQuote = {paragraph, span: transcript.span, sentenceIndex, rules: ['quote-transcript-label', 'speaker-label'], reading, speaker: transcript.speaker};
			reading.quotes.push(quote);
			quotes.push(quote);
		}
		// An open quotation nobody was found for takes the speaker of the quotation it runs into.
		const open = previous?.quotes.at(-1);
		const into = reading.quotes[0];
		if (open && !open.span.closed && open.speaker === undefined && open.rules.length === 0 && into && into.span.start <= 1 && into.speaker !== undefined) {
			open.speaker = into.speaker;
			open.rules.push('quote-runs-into-attributed');
		}
		previous = reading;
		readings.push(reading);
	});
	return {quotes, readings};
}
