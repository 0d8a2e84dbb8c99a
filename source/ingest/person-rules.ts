import type {EntityRule} from './entity-rule-types.js';
import {descriptorBefore, roleAfter, roleApposedBefore, roleBefore, startsWithFirstName} from './entity-roles.js';
import {lookUpPlace} from '../geo/gazetteer.js';
import {hasTag} from './tokens.js';

// The entity rules that vote for a person: titles, role words, appositions, first names (see entity-rules.ts).

export const personRules: EntityRule[] = [
	{
		id: 'person-title-in-name',
		pattern: 'a title inside the run of capitals: "Finance Minister Ivo Dahl", "Dr. Ama Mensah"',
		votes: 'person',
		weight: 3,
		phase: 'role',
		example: {text: 'Finance Minister Ivo Dahl presented the budget.', name: 'Ivo Dahl', kind: 'person'},
		match: run => (run.titleRole ? {role: run.titleRole} : false),
	},
	{
		id: 'person-role-before',
		pattern: 'lower-case role words right before the name: "Kremlin spokesperson X", "North Korean leader X"',
		votes: 'person',
		weight: 3,
		phase: 'role',
		example: {text: 'The harbour spokesperson Lind Ostby said nothing.', name: 'Lind Ostby', kind: 'person'},
		match: run => {
			if (run.titleRole || descriptorBefore(run)) return false;
			// "the President of France": the country a role is of is a place, not the one who holds it.
			if (run.tokens[run.start - 1]?.text === 'of' && lookUpPlace(run.surface)?.kind === 'Country') return false;
			const {role} = roleBefore(run.tokens, run.start, run.text);
			return role ? {role} : false;
		},
	},
	{
		id: 'person-apposition-after',
		pattern: 'an apposition with a role after the name: "X, the head of research at Y,"',
		votes: 'person',
		weight: 2,
		phase: 'role',
		example: {text: 'The plan was criticised by Ewa Nowak, the head of research at the institute, on Monday.', name: 'Ewa Nowak', kind: 'person'},
		match: run => {
			const role = roleAfter(run.tokens, run.end, run.text);
			return role ? {role} : false;
		},
	},
	{
		id: 'person-apposition-before',
		pattern: 'a role in apposition before the name, between commas: "The union\'s chief executive, X, said"',
		votes: 'person',
		weight: 2,
		phase: 'role',
		example: {text: "The club's new captain, Lind Ostby, spoke first.", name: 'Lind Ostby', kind: 'person'},
		match: run => {
			if (run.titleRole) return false;
			const role = roleApposedBefore(run.tokens, run.start, run.end, run.text);
			return role ? {role} : false;
		},
	},
	{
		id: 'person-tagged-name',
		pattern: 'compromise knows every word as part of a personal name: "Anna Berg"',
		votes: 'person',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Anna Berg arrived on Friday.', name: 'Anna Berg', kind: 'person'},
		match: run => run.personTagged && !run.name.some(token => hasTag(token, 'Place', 'Organization')) && {weight: run.name.length > 1 ? 2 : 1},
	},
	{
		id: 'person-listed-first-name',
		pattern: 'a first name from the name lists, then a surname compromise does not know: "Brahim Edmu", "Thandiwe Nkosi"',
		votes: 'person',
		weight: 2,
		phase: 'evidence',
		example: {text: 'Later that day Thandiwe Nkosi reached the village.', name: 'Thandiwe Nkosi', kind: 'person'},
		match: run => !(run.personTagged && !run.name.some(token => hasTag(token, 'Place', 'Organization'))) && startsWithFirstName(run.name) && !run.namedAsPerson,
	},
];
