import type {EventStatus, FactCategory} from './schema.js';
import type {ItemKind} from './item-kind.js';

// Human names for the data's enumerations, shared by the reports and the dashboard.

export const factCategoryOrder: FactCategory[] = ['key-fact', 'to-watch', 'unknown', 'number', 'claim', 'context'];

export const factCategoryTitles: Record<FactCategory, string> = {
	'key-fact': 'Key facts',
	'to-watch': 'To watch',
	unknown: 'Unknowns',
	number: 'Numbers',
	claim: 'Claims',
	context: 'Context',
};

export const eventStatusLabels: Record<EventStatus, string> = {
	happened: 'happened',
	expected: 'expected',
	historical: 'historical',
};

/** "1 person", "2 people", "3 problems". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${count} ${count === 1 ? singular : pluralForm}`;
}

export const itemKindLabels: Record<ItemKind, string> = {
	person: 'person',
	organization: 'organisation',
	place: 'place',
	fact: 'fact',
	event: 'event',
	quote: 'quote',
};

/** Shown for a quote whose speaker the text does not make clear (imported stories keep it empty). */
export const unattributed = 'speaker not clear from the text';
