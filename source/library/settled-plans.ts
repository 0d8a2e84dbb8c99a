import type {EntityTerms} from './entity-terms.js';

// A plan or a window that came true. Two kinds of forecast name what they forecast without a verb a
// later report would repeat: an occasion set to take place ("The Vik Fair is scheduled to run from 10
// to 13 May") is settled by any report of something done at it on one of those days ("Lima took part in
// the Vik Fair"); a journey someone plans ("Lima plans to travel to Vik later this month") by a report
// of that person on the way or there inside the window ("Lima arrived in Vik", "Lima's ferry left port").

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// "… is scheduled to run", "… will be held", "… is due to open": right after its name, the thing itself is what will happen.
const occasionAhead = /^,?\s*(?:(?:is|are|was|were)\s+(?:scheduled|set|due|expected|planned)\s+to\s+|will\s+|would\s+)(?:run|open|take place|be held|start|begin|convene)\b/iu;
// "… plans to travel", "… will visit", "… is expected to fly to": right after the name, a journey ahead.
const journeyAhead = /^\s*(?:plans?|planned|is\s+planning|intends?|will|would|is\s+(?:expected|set|due|scheduled))\s+(?:to\s+)?(?:travel|visit|go|come|fly|head|make\s+(?:a|the)\s+trip)\b/iu;
// A journey told as done: arrived, reached, left for, visited, crossed into.
const journeyDone = /\b(?:arrived|reached|visited|travell?ed|flew|went|came|crossed|entered|departed|left|headed)\b/iu;

/** The entity a text opens with ("The Vik Fair …", "Lima's ferry …"), as an EntityTerms value, and the text after its name. */
function openingEntity(text: string, terms: EntityTerms): {id: string; rest: string} | undefined {
	const opening = text.replace(/^(?:the|a|an)\s+/iu, '');
	let found: {term: string; id: string} | undefined;
	for (const [term, id] of terms) {
		if (id.startsWith('~') || (found && found.term.length >= term.length)) continue;
		if (new RegExp(`^${escape(term)}(?![\\p{L}\\p{N}])`, 'u').test(opening)) found = {term, id};
	}
	return found && {id: found.id, rest: opening.slice(found.term.length)};
}

/**
 * Whether `report` (told as done, inside the forecast's window, checked by the caller) tells what
 * `forecast` planned or set: the occasion it names, or the journey of the one it names.
 */
export function planCameTrue(forecast: string, report: string, reportNames: Set<string>, terms: EntityTerms): boolean {
	const subject = openingEntity(forecast, terms);
	if (!subject || !reportNames.has(subject.id)) return false;
	if (occasionAhead.test(subject.rest)) return true;
	return journeyAhead.test(subject.rest) && openingEntity(report, terms)?.id === subject.id && journeyDone.test(report);
}
