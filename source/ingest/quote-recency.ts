import type {EntityKind} from './entities.js';
import type {Mention} from './mentions.js';
import type {FoundQuote, ParagraphReading} from './quote-sieves.js';
import {insideSpan} from './quote-surroundings.js';

// Who was named last before a quotation, counted in sentences across paragraph breaks: a reader takes an
// unattributed quote, or "he said", for the person the last few sentences were about, and is surer the
// longer that person has been the only one named. quote-candidates.ts measures distance in characters
// within a paragraph and in whole paragraphs beyond it, which cannot tell "the only person in the last
// three sentences" from "one of three people in the previous paragraph".

/** How many sentences back the walk looks: beyond this the text has moved on. */
const sentencesBack = 8;
/** Paragraphs walked back at most: a bound on work where many paragraphs hold no sentence (headlines, empty lines). */
const paragraphsBack = 40;
/** Characters of one sentence read back from its end: a bound on work in a run-on sentence. */
const reachInSentence = 1500;

export type RecentPeople = {
	/** People by how recently they were named (nearest first), each with the sentences back to their last naming (0: the quote's own sentence). */
	order: Array<{entity: number; back: number}>;
};

/**
 * The people named outside quotations before a quote, walking back sentence by sentence from the words
 * before the quote in its own sentence through earlier paragraphs (headlines left out: a headline is no
 * sentence of the story).
 */
export function recentPeople(quote: FoundQuote, readings: ParagraphReading[], here: number, mentionsNear: (reading: ParagraphReading, from: number, to: number) => Mention[], kinds: ReadonlyArray<EntityKind | undefined>): RecentPeople {
	const order: RecentPeople['order'] = [];
	const seen = new Set<number>();
	let back = 0;
	for (let index = here; index >= Math.max(0, here - paragraphsBack) && back < sentencesBack; index--) {
		const reading = readings[index]!;
		if (reading.paragraph.headline) continue;
		const sentences = reading.paragraph.sentences;
		const last = index === here ? quote.sentenceIndex : sentences.length - 1;
		for (let sentence = last; sentence >= 0 && back < sentencesBack; sentence--, back++) {
			const bounds = sentences[sentence];
			if (!bounds) continue;
			const {start, end} = bounds;
			// In the quote's own sentence only the words before the quote count.
			const until = index === here && sentence === quote.sentenceIndex ? quote.span.start : end;
			const from = Math.max(start, until - reachInSentence);
			const named = mentionsNear(reading, from, until)
				.filter(mention => mention.start >= from && mention.end <= until && kinds[mention.entity] === 'person' && !insideSpan(mention, reading))
				.toSorted((a, b) => b.start - a.start);
			for (const mention of named) {
				if (seen.has(mention.entity)) continue;
				seen.add(mention.entity);
				order.push({entity: mention.entity, back});
			}
		}
	}
	return {order};
}

const bucket = (value: number) => (value <= 0 ? '0' : value === 1 ? '1' : value <= 3 ? '≤3' : '>3');

/**
 * A candidate's features from the walk: its place among the people named last ("recent-person:0" the last
 * one named), and for the last one, for how many sentences further back it stays the only person named
 * ("recent-person:alone:0": another is named in the same sentence; "…:alone:all", nobody else within the walk).
 */
export function recencyFeatures(entity: number, recent: RecentPeople, shape: string): string[] {
	const rank = recent.order.findIndex(item => item.entity === entity);
	if (rank < 0) return ['recent-person:none'];
	const place = `recent-person:${Math.min(rank, 2)}`;
	const features = [place, `${place}:back:${bucket(recent.order[rank]!.back)}`, `${place}:${shape}`];
	if (rank === 0) {
		const alone = recent.order[1] === undefined ? 'all' : bucket(recent.order[1].back - recent.order[0]!.back);
		features.push(`recent-person:alone:${alone}`, `recent-person:alone:${alone}:${shape}`);
	}
	return features;
}
