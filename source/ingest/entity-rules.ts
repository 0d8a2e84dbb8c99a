import {organizationRules} from './organization-rules.js';
import {personRules} from './person-rules.js';
import {placeRules} from './place-rules.js';
import type {EntityRule, RuleVotes, RunContext} from './entity-rule-types.js';

export type {EntityRule, Found, RuleVotes, RunContext} from './entity-rule-types.js';

// What a run of capitals is, from the evidence of its own words and of its surroundings: each rule is
// a table row (an id, the general pattern it serves, the kind it votes for and how strongly, and an
// example sentence, from which each rule has its own unit test), evaluated in order by one loop that
// records which rules fired. The votes of every occurrence of a name are added up over all articles
// (groupEntities in entities.ts), so one sentence rarely decides alone.

/** In order: for each phase, the person rules, then the organisation rules, then the place rules. */
export const entityRules: EntityRule[] = [...personRules, ...organizationRules, ...placeRules];

/** Titles that say how a person is addressed, not what they do: a role found after them says more. */
const titleOfAddress = /^(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|Dr|Prof|Professor|Sir|Dame)\.?$/u;

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
				// "Dr Ewa Nowak, a historian at the institute,": what the apposition says she is beats how she is addressed.
				if (role === undefined || (found.role !== undefined && titleOfAddress.test(role))) role = found.role;
				detail ??= found.detail;
			}
		}
	}
	return {votes, fired, ...(role ? {role} : {}), ...(detail ? {detail} : {})};
}
