// The shapes of the entity rules (entity-rules.ts runs them; person-, organization- and place-rules.ts
// and entity-roles.ts define and help them), kept apart so that no rule file imports the runner for a type.
import type {EntityKind} from './entity-types.js';
import type {Token} from './tokens.js';

/** A run of capitals and its surroundings, as the rules read them. */
export type RunContext = {
	tokens: Token[];
	/** The name's first token (after a title) and the token after its last. */
	start: number;
	end: number;
	/** The paragraph the token offsets point into. */
	text: string;
	name: Token[];
	head: Token;
	headWord: string;
	last: Token;
	previous?: Token;
	beforePrevious?: Token;
	next?: Token;
	/** Whether a space (and nothing else) follows the name. */
	spaced: boolean;
	acronym: boolean;
	surface: string;
	/** The role a title inside the run gives ("Finance Minister" of "Finance Minister Ivo Dahl"). */
	titleRole?: string;
	/** Every word a place word ("North Korea", "São Paulo"). */
	placeWords: boolean;
	/** Every word tagged as part of a personal name by compromise. */
	personTagged: boolean;
	/** Set after the role rules: a title or a role word has made this a person. */
	namedAsPerson: boolean;
};

export type Found = boolean | {weight?: number; detail?: string; role?: string};

export type EntityRule = {
	id: string;
	pattern: string;
	votes: EntityKind | 'acronym';
	weight: number;
	example: {text: string; name: string; kind: EntityKind};
	/** 'role' rules run first; the evidence rules then know whether the name was made a person. */
	phase: 'role' | 'evidence';
	match: (run: RunContext) => Found;
};

export type RuleVotes = Record<EntityKind, number> & {acronym?: number};
