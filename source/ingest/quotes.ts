import type {AnalysedParagraph, EntityKind} from './entities.js';
import {organizationDescriptors, personPronouns, speechVerbs} from './lexicon.js';
import type {Mention} from './mentions.js';
import {hasTag, type Sentence, type Token} from './tokens.js';

// Quotations and who said them. A quote is every span between quotation marks; its speaker comes from
// an attribution in its sentence ("X said", "said X", "X told", "according to X", "X, the ..., said"),
// else from an earlier quote of the same paragraph, else from the next sentence, else from the quote
// it continues. "He said" stands for the last person named as a speaker. When the subject of the
// attribution is not a named entity ("officials said") the speaker stays empty rather than guessed.

export type QuoteSpan = {start: number; end: number; text: string; closed: boolean};

export type FoundQuote = {paragraph: AnalysedParagraph; span: QuoteSpan; sentence: Sentence; speaker?: number};

const opening = new Map([
	['“', '”'],
	['"', '"'],
	['‘', '’'],
	['«', '»'],
]);

/** Spans between quotation marks (outermost only), with the inner text exactly as written. */
export function findQuoteSpans(text: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let index = 0;
	while (index < text.length) {
		const mark = text[index]!;
		const close = opening.get(mark);
		const before = index === 0 ? ' ' : text[index - 1]!;
		// Single quotes double as apostrophes: only one that opens after a space or a dash starts a quote.
		const canOpen = close !== undefined && (mark === '“' || mark === '«' || /[\s(\[—–-]/u.test(before) || index === 0);
		if (!canOpen) {
			index++;
			continue;
		}
		let end = index + 1;
		for (; end < text.length; end++) {
			if (text[end] !== close) continue;
			if (mark === '‘' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
			break;
		}
		const closed = end < text.length;
		// An unclosed single or straight quote is an apostrophe or a typo; an unclosed “ runs on (a quote
		// that continues in the next paragraph).
		if (!closed && mark !== '“' && mark !== '«') {
			index++;
			continue;
		}
		const inner = text.slice(index + 1, end);
		if (/\p{L}/u.test(inner)) spans.push({start: index + 1, end, text: inner, closed});
		index = end + 1;
	}
	return spans;
}

type Attribution = {verb: number; speaker?: number; kind: 'named' | 'pronoun' | 'unnamed'};

const skippable = new Set(['has', 'have', 'had', 'would', 'will', 'also', 'later', 'previously', 'been', 'once', 'again', 'then', 'not', 'further', 'earlier', 'repeatedly', 'reportedly', 'publicly', 'separately', 'recently', 'had', 'has', 'did', 'does', 'do', 'already']);

/** What the importer knows of each entity: its kind, and the common nouns that can stand for a body ("bank" for Norges Bank). */
export type SpeakerCandidates = {kinds: EntityKind[]; nouns: Array<ReadonlySet<string>>};

type Context = {sentence: Sentence; mentions: Mention[]; kinds: EntityKind[]; nouns: Array<ReadonlySet<string>>; headline: boolean; lastSpeaker?: number; recentBodies: number[]};

function insideQuote(token: Token, spans: QuoteSpan[]): boolean {
	return spans.some(span => token.start >= span.start && token.start < span.end);
}

function mentionEndingAt(token: Token, mentions: Mention[]): Mention | undefined {
	return mentions.find(mention => mention.start <= token.start && mention.end >= token.end);
}

/** The first named entity within a few words after `from`: "said Kremlin spokesperson Dmitry Peskov". */
function mentionAfter(tokens: Token[], from: number, mentions: Mention[], limit = 6): Mention | undefined {
	for (let index = from; index < Math.min(tokens.length, from + limit); index++) {
		const mention = mentionEndingAt(tokens[index]!, mentions);
		if (mention) return mention;
		if (/[,.;:!?]/u.test(tokens[index]!.post)) return undefined;
	}
	return undefined;
}

function pronounSpeaker(token: Token, context: Context): Attribution['speaker'] {
	return personPronouns.has(token.text.toLowerCase()) ? context.lastSpeaker : undefined;
}

function subjectOf(tokens: Token[], verb: number, context: Context, spans: QuoteSpan[], earlier: Attribution[]): Attribution {
	let index = verb - 1;
	while (index >= 0 && !/[,;:“”"]/u.test(tokens[index]!.post) && (skippable.has(tokens[index]!.text.toLowerCase()) || hasTag(tokens[index]!, 'Adverb', 'Auxiliary', 'Modal'))) index--;
	if (index < 0) return {verb, kind: 'unnamed'};
	const token = tokens[index]!;
	const quoteOrComma = /[,”"]/u.test(token.post) || insideQuote(token, spans);
	if (quoteOrComma) {
		// "…,” said X" and "…, said X": the speaker follows the verb.
		const after = mentionAfter(tokens, verb + 1, context.mentions);
		if (after) return {verb, speaker: after.entity, kind: 'named'};
		const next = tokens[verb + 1];
		if (next && personPronouns.has(next.text.toLowerCase())) return {verb, speaker: context.lastSpeaker, kind: 'pronoun'};
		// "X, the Korea Chair at Y, said": the name before an apposition.
		for (let back = index - 1; back >= Math.max(0, index - 14); back--) {
			if (!/,/u.test(tokens[back]!.post)) continue;
			const mention = mentionEndingAt(tokens[back]!, context.mentions);
			// "X, the Korea Chair at Y, said", "X, who visited on Thursday, promised".
			if (mention && /^(?:the|a|an|who)$/i.test(tokens[back + 1]?.text ?? '')) return {verb, speaker: mention.entity, kind: 'named'};
			break;
		}
	}
	if (!insideQuote(token, spans)) {
		const mention = mentionEndingAt(token, context.mentions);
		// "Priya Raman of Hollis Research said": the person, not the body they belong to.
		const first = mention ? tokens.findIndex(item => item.start >= mention.start) : -1;
		const linker = tokens[first - 1];
		if (mention && context.kinds[mention.entity] !== 'person' && linker && /^(?:of|at|from)$/.test(linker.text)) {
			const person = mentionEndingAt(tokens[first - 2] ?? linker, context.mentions);
			if (person && context.kinds[person.entity] === 'person') return {verb, speaker: person.entity, kind: 'named'};
		}
		if (mention) return {verb, speaker: mention.entity, kind: 'named'};
		if (personPronouns.has(token.text.toLowerCase())) return {verb, speaker: pronounSpeaker(token, context), kind: 'pronoun'};
		// "the Chosun Ilbo newspaper said": a name and what it is.
		const previous = tokens[index - 1];
		if (organizationDescriptors.has(token.text.toLowerCase()) && previous) {
			const named = mentionEndingAt(previous, context.mentions);
			if (named) return {verb, speaker: named.entity, kind: 'named'};
		}
		// "… and warned": the verb shares the subject of the one before it.
		if (/^(?:and|but)$/i.test(token.text) && earlier.length > 0) return {...earlier.at(-1)!, verb};
		// "the bank said": the body last named that this noun describes (Norges Bank).
		if (/^the$/i.test(previous?.text ?? '') && /^\p{Ll}+$/u.test(token.text)) {
			const noun = token.text.toLowerCase();
			const body = context.recentBodies.findLast(entity => context.nouns[entity]?.has(noun));
			if (body !== undefined) return {verb, speaker: body, kind: 'named'};
		}
	}
	return {verb, kind: 'unnamed'};
}

/** Every attribution in a sentence, in order: speech verbs and "according to". */
export function attributionsOf(context: Context, spans: QuoteSpan[]): Attribution[] {
	const {tokens} = context.sentence;
	const found: Attribution[] = [];
	tokens.forEach((token, index) => {
		if (insideQuote(token, spans)) return;
		const word = token.text.toLowerCase();
		if (word === 'according' && tokens[index + 1]?.text.toLowerCase() === 'to') {
			const mention = mentionAfter(tokens, index + 2, context.mentions);
			found.push(mention ? {verb: index, speaker: mention.entity, kind: 'named'} : {verb: index, kind: 'unnamed'});
			return;
		}
		if (!speechVerbs.has(word) || (!context.headline && !hasTag(token, 'Verb'))) return;
		const attribution = subjectOf(tokens, index, context, spans, found);
		found.push(attribution);
		if (attribution.kind === 'named' && attribution.speaker !== undefined && context.kinds[attribution.speaker] === 'person') context.lastSpeaker = attribution.speaker;
	});
	return found;
}

function nearest(attributions: Attribution[], tokens: Token[], span: QuoteSpan): Attribution | undefined {
	const distance = (attribution: Attribution) => {
		const at = tokens[attribution.verb]!.start;
		return at < span.start ? span.start - at : at - span.end;
	};
	return attributions.toSorted((a, b) => distance(a) - distance(b))[0];
}

/**
 * Headlines put words in quotation marks after their subject: "Mayor Hails ‘Historic’ Deal". A
 * headline that opens with a named person or body followed by its verb gives the quote that subject.
 */
function headlineSubject(paragraph: AnalysedParagraph, mentions: Mention[], kinds: EntityKind[]): number | undefined {
	const first = mentions.toSorted((a, b) => a.start - b.start)[0];
	if (!first || first.start > 0 || kinds[first.entity] === 'place') return undefined;
	const tokens = paragraph.sentences.flatMap(sentence => sentence.tokens);
	const next = tokens.find(token => token.start >= first.end);
	return next && hasTag(next, 'Verb') && !hasTag(next, 'Auxiliary', 'Modal') ? first.entity : undefined;
}

/** Quotes of one article, paragraph by paragraph, with their speakers (entity indexes) where known. */
export function findQuotes(paragraphs: AnalysedParagraph[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[], {kinds, nouns}: SpeakerCandidates): FoundQuote[] {
	const recentBodies: number[] = [];
	const quotes: FoundQuote[] = [];
	let lastSpeaker: number | undefined;
	let runOn: FoundQuote | undefined;
	for (const paragraph of paragraphs) {
		const spans = findQuoteSpans(paragraph.text);
		const mentions = mentionsOf(paragraph);
		const sentenceAttributions = paragraph.sentences.map(sentence => {
			const context: Context = {sentence, mentions, kinds, nouns, headline: paragraph.headline, lastSpeaker, recentBodies};
			const inSentence = spans.filter(span => span.start < sentence.end && span.end > sentence.start);
			const attributions = attributionsOf(context, inSentence);
			lastSpeaker = context.lastSpeaker;
			for (const mention of mentions) if (mention.start >= sentence.start && mention.end <= sentence.end && kinds[mention.entity] === 'organization') recentBodies.push(mention.entity);
			return attributions;
		});
		const inParagraph: FoundQuote[] = [];
		for (const span of spans) {
			const sentenceIndex = Math.max(0, paragraph.sentences.findIndex(sentence => span.start - 1 < sentence.end));
			const sentence = paragraph.sentences[sentenceIndex]!;
			const own = nearest(sentenceAttributions[sentenceIndex] ?? [], sentence.tokens, span);
			let speaker: number | undefined;
			if (own) speaker = own.speaker;
			else if (inParagraph.length > 0) speaker = inParagraph.at(-1)!.speaker;
			else if ((sentenceAttributions[sentenceIndex + 1] ?? []).length > 0) speaker = sentenceAttributions[sentenceIndex + 1]![0]!.speaker;
			else if (runOn && span.start <= 1) speaker = runOn.speaker;
			else if (paragraph.headline) speaker = headlineSubject(paragraph, mentions, kinds);
			const quote = {paragraph, span, sentence, speaker};
			inParagraph.push(quote);
			quotes.push(quote);
		}
		const last = inParagraph.at(-1);
		runOn = last && !last.span.closed ? last : undefined;
	}
	return quotes;
}
