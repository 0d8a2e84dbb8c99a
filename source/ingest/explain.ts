import {sanitiseText} from '../model/sanitise.js';
import type {Explanation} from './build-story.js';

// `summit-tui ingest --explain`: which rules decided each person, organisation, place and quote, one
// line each (the way compromise's verbose mode prints its reasons), for standard error so that the
// story JSON on standard output stays whole.

const kindLabel: Record<Explanation['kind'], string> = {person: 'person', organization: 'organisation', place: 'place', quote: 'quote'};

export function formatExplanations(explanations: Explanation[]): string {
	const lines = explanations.map(({item, kind, text, rules, speaker}) => {
		const shown = kind === 'quote' ? `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}” → ${speaker ?? 'no speaker'}` : text;
		const why = rules.length > 0 ? rules.join(', ') : kind === 'quote' ? 'no sieve was sure: no speaker' : 'no rule';
		return `  ${kindLabel[kind].padEnd(12)} ${sanitiseText(shown)}  #${item}\n      ${why}`;
	});
	return lines.length > 0 ? `summit-tui: explain: the rules that decided each item\n${lines.join('\n')}\n` : '';
}
