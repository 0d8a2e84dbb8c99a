import type {EntityKind} from './entities.js';
import {organizationRules} from './organization-rules.js';
import {personRules} from './person-rules.js';
import {placeRules} from './place-rules.js';
import type {Token} from './tokens.js';

// What a run of capitals is, from the evidence of its own words and of its surroundings: each rule is
// a table row (an id, the general pattern it serves, the kind it votes for and how strongly, and an
// example sentence, from which each rule has its own unit test), evaluated in order by one loop that
// records which rules fired. The votes of every occurrence of a name are added up over all articles
// (groupEntities in entities.ts), so one sentence rarely decides alone.

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

/** In order: for each phase, the person rules, then the organisation rules, then the place rules. */
export const entityRules: EntityRule[] = [...personRules, ...organizationRules, ...placeRules];

export type RuleVotes = Record<EntityKind, number> & {acronym?: number};

/** The one loop: every rule in order, adding its votes; returns the votes, the rules that fired, role and detail. */
export function applyEntityRules(run: Omit<RunContext, 'namedAsPerson'>): {votes: RuleVotes; fired: string[]; role?: string; detail?: string} {
	const votes: RuleVotes = {person: 0, organization: 0, place: 0};
	const fired: string[] = [];
	let role: string | undefined;
	let detail: string | undefined;
	const context: RunContext = {...run, namedAsPerson: false};
	for (const phase of ['role', 'evidence'] as const) {
		// A title or a role word makes a person whatever the surname means ("chief executive Min-jun Park").
		if (phase === 'evidence') context.namedAsPerson = votes.person >= 2;
		for (const rule of entityRules) {
			if (rule.phase !== phase) continue;
			const found = rule.match(context);
			if (!found) continue;
			const weight = typeof found === 'object' && found.weight !== undefined ? found.weight : rule.weight;
			if (rule.votes === 'acronym') votes.acronym = Math.max(votes.acronym ?? 0, weight);
			else votes[rule.votes] += weight;
			fired.push(rule.id);
			if (typeof found === 'object') {
				role ??= found.role;
				detail ??= found.detail;
			}
		}
	}
	return {votes, fired, ...(role ? {role} : {}), ...(detail ? {detail} : {})};
}
