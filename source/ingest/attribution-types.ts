import type {EntityKind} from './entities.js';
import type {Mention} from './mentions.js';
import type {QuoteSpan} from './quote-spans.js';
import type {Sentence} from './tokens.js';

// What an attribution is (attributions.ts finds them): a verb of saying and what stands as its speaker.
// Its own file, so that the attribution readers (attribution-names.ts, attribution-subjects.ts) and
// attributions.ts share it without importing one another in a circle.

export type Subject =
	| {kind: 'named'; entity: number}
	| {kind: 'pronoun'; word: string}
	| {kind: 'description'; words: string[]}
	| {kind: 'unnamed'};

/** weak: a reporting verb that is no verb of saying ("X dismissed it as “absurd”"), for a quote whose sentence has no verb of saying. */
export type Attribution = {verb: number; subject: Subject; how: string; weak?: true};

export type SentenceContext = {sentence: Sentence; mentions: Mention[]; kinds: EntityKind[]; headline: boolean; spans: QuoteSpan[]; surnames?: ReadonlyMap<string, number>};
