import {findNameOccurrences, type AnalysedParagraph, type CaseEvidence} from '../entities.js';
import {bare} from '../name-words.js';
import type {Token} from '../tokens.js';
import {sentenceFeatures, type DocumentReading} from './features.js';
import {tagSentence, type Label, type Weights} from './perceptron.js';

// Non-local features from the tagger's own first pass over the document (Ratinov & Roth 2009's "prediction
// aggregation", Krishnan & Manning 2006): a name is mostly of one kind all through an article, so a word the
// first pass read as a person three times elsewhere is likely a person here too, even where its own
// neighbours say little ("Hale said" after "Senator Tom Hale"). The second pass is a model trained with
// these features; its first pass, at training time, is trained on other documents (out of fold), so that
// what it says of a training document looks like what it says of an unseen one.

/** One sentence as the first pass read it: its words, which of them are capitalised, their labels. */
export type FirstPassSentence = {words: string[]; capitalised: boolean[]; labels: readonly Label[]};

type Kind = 'person' | 'organization' | 'place' | 'O';
type Mention = {sentence: number; index: number; kind: Kind};
type Span = {sentence: number; start: number; end: number; kind: Kind};

const kindOfLabel = (label: Label): Kind => (label === 'O' ? 'O' : (label.slice(2) as Kind));

/** The word as the document's mentions are matched: lower case, no possessive, two letters at least. */
function keyOf(word: string): string | undefined {
	const key = bare(word);
	return key.length >= 2 && /^\p{L}/u.test(key) ? key : undefined;
}

/** The most frequent kind among the mentions, or 'mixed' where two kinds tie. */
function majority(mentions: Mention[]): Kind | 'mixed' {
	const counts = new Map<Kind, number>();
	for (const mention of mentions) counts.set(mention.kind, (counts.get(mention.kind) ?? 0) + 1);
	let best: Kind | 'mixed' = 'O';
	let most = 0;
	for (const [kind, count] of counts) {
		if (count > most) [best, most] = [kind, count];
		else if (count === most) best = 'mixed';
	}
	return best;
}

/**
 * For each token of each sentence, what the first pass said of the same word elsewhere in the document
 * (capitalised words only: "may" and "May" are different words): the majority kind of its other mentions
 * (`nl-maj=`), the kind of its first mention when this is a later one (`nl-first=`), the kind of the longest
 * name elsewhere that contains it (`nl-long=`, "Hale" inside "Tom Hale"), or `nl-alone` when it is
 * written once. Its own first-pass label is left out: the second pass reads the token itself.
 */
export function documentFeatures(sentences: FirstPassSentence[]): string[][][] {
	const mentions = new Map<string, Mention[]>();
	const spansWith = new Map<string, Span[]>();
	sentences.forEach((sentence, at) => {
		let open: Span | undefined;
		const spans: Span[] = [];
		sentence.labels.forEach((label, index) => {
			if (label === 'O' || label.startsWith('B-') || !open || open.kind !== kindOfLabel(label)) {
				open = label === 'O' ? undefined : {sentence: at, start: index, end: index + 1, kind: kindOfLabel(label)};
				if (open) spans.push(open);
			} else open.end = index + 1;
		});
		sentence.words.forEach((word, index) => {
			const key = sentence.capitalised[index] ? keyOf(word) : undefined;
			if (key === undefined) return;
			let list = mentions.get(key);
			if (!list) mentions.set(key, (list = []));
			list.push({sentence: at, index, kind: kindOfLabel(sentence.labels[index] ?? 'O')});
		});
		for (const span of spans) {
			if (span.end - span.start < 2) continue;
			for (let index = span.start; index < span.end; index++) {
				const key = sentence.capitalised[index] ? keyOf(sentence.words[index]!) : undefined;
				if (key === undefined) continue;
				let list = spansWith.get(key);
				if (!list) spansWith.set(key, (list = []));
				list.push(span);
			}
		}
	});
	return sentences.map((sentence, at) =>
		sentence.words.map((word, index) => {
			const key = sentence.capitalised[index] ? keyOf(word) : undefined;
			if (key === undefined) return [];
			const all = mentions.get(key)!;
			const others = all.filter(mention => mention.sentence !== at || mention.index !== index);
			if (others.length === 0) return ['nl-alone'];
			const features = [`nl-maj=${majority(others)}`];
			const first = all[0]!;
			if (first.sentence !== at || first.index !== index) features.push(`nl-first=${first.kind}`);
			let longest: Span | undefined;
			for (const span of spansWith.get(key) ?? []) {
				if (span.sentence === at && span.start <= index && span.end > index) continue;
				if (!longest || span.end - span.start > longest.end - longest.start) longest = span;
			}
			if (longest) features.push(`nl-long=${longest.kind}`);
			return features;
		}),
	);
}

/**
 * A two-pass model's reading of the document before its second pass: every sentence the importer reads
 * names in, tagged with the first pass's weights (the same features, none of its own document's), and each
 * sentence's features for the second pass, by its tokens: the same features with the document's added.
 */
export function readFirstPass(paragraphs: AnalysedParagraph[], evidence: CaseEvidence, firstPass: Weights, document: DocumentReading): Map<Token[], string[][]> {
	const sentences: Array<{tokens: Token[]; features: string[][]}> = [];
	const read: FirstPassSentence[] = [];
	findNameOccurrences(paragraphs, evidence, (sentence, runs, paragraph) => {
		const tokens = sentence.tokens;
		const words = tokens.map(token => token.text.toLowerCase());
		const features = sentenceFeatures(tokens, runs, paragraph, evidence, document);
		sentences.push({tokens, features});
		read.push({words, capitalised: tokens.map(token => /^\p{Lu}/u.test(token.text)), labels: tagSentence(firstPass, features, words)});
		return [];
	});
	const extra = documentFeatures(read);
	return new Map(sentences.map(({tokens, features}, at) => [tokens, features.map((own, index) => [...own, ...extra[at]![index]!])]));
}
