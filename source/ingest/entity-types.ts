// The shapes the entity finder's files share (entities.ts, datelines.ts, the rules), kept apart so that
// none of those files imports another only for a type.
import type {Sentence} from './tokens.js';

export type EntityKind = 'person' | 'organization' | 'place';

export type AnalysedParagraph = {article: number; paragraph: number; text: string; sentences: Sentence[]; headline: boolean};

export type Votes = Record<EntityKind, number> & {acronym?: number};

/** One occurrence of a capitalised name in the text. */
export type NameOccurrence = {
	surface: string;
	/** The name to show when the surface is styled ("MOSCOW" in a dateline is Moscow). */
	displayName?: string;
	key: string;
	tokenCount: number;
	article: number;
	paragraph: number;
	start: number;
	end: number;
	votes: Votes;
	role?: string;
	acronym: boolean;
	/** "Country", "City", "Agency" when the words around say so. */
	detail?: string;
	/** The ids of the entity rules that voted (entity-rules.ts), for --explain. */
	rules?: string[];
};

export type ExtractedEntity = {
	kind: EntityKind;
	name: string;
	/** Other forms of the name found in the text (without the name itself). */
	aliases: string[];
	role?: string;
	/** Extra detail for organisations and places: "Agency", "Country", "City". */
	type?: string;
	/** Which rules voted, over all occurrences, with how often: "place-preposition ×3". */
	rules: string[];
	occurrences: NameOccurrence[];
};
