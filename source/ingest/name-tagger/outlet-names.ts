import {lookUpPlace} from '../../geo/gazetteer.js';
import type {AnalysedParagraph, NameOccurrence} from '../entity-types.js';
import {isCommonWord} from '../name-words.js';
import {normaliseName} from '../tokens.js';
import {strongEvidence} from './occurrence-evidence.js';

// The outlet that published an article, named in its own text ("Quillnet spoke with …", "told the Harbour
// Ledger"), is a body: a newsroom, a wiki, a publisher. The tagger knows a made-up or new outlet's name no
// better than any other capitalised word and reads it as nothing or as a person; the article's header says
// what it is. (On GUM tune every outlet named in its own text is an organisation in the gold.)

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The form the text writes an outlet's name in: without a leading "The" (the text's "the" is lower case
 * mid-sentence) nor a note in brackets ("… (PDF)"); none where the header names no such thing: an address,
 * a place ("Taiwan" as the source), or a word of the language ("Time" opens sentences as a word).
 */
export function outletForm(outlet: string): string | undefined {
	const form = outlet.replace(/\s*\(.*$/u, '').replace(/^the\s+/iu, '').trim();
	if (!/^\p{Lu}[\p{L}\p{N}.&'’ -]*$/u.test(form) || /\.\p{L}{2,}$/u.test(form) || !/\p{Ll}|\p{Lu}{2}/u.test(form)) return undefined;
	if (lookUpPlace(form) !== undefined || (!form.includes(' ') && isCommonWord(form))) return undefined;
	return form;
}

/**
 * The occurrences with each outlet's name read as a body where the text writes it: a reading of the same words
 * (a person "Quillnet") becomes the body, readings inside it (a place "Washington" of "Washington Post") give way
 * to it, and where nothing was read the body is added. A longer name that holds the outlet's ("the Washington
 * Post Company") keeps its own reading.
 */
export function withOutletsAsBodies(found: NameOccurrence[], paragraphs: AnalysedParagraph[], outlets: Array<string | undefined>): NameOccurrence[] {
	const forms = [...new Set(outlets.flatMap(outlet => (outlet ? [outletForm(outlet)] : []).filter((form): form is string => form !== undefined)))];
	if (forms.length === 0) return found;
	let result = found;
	for (const form of forms) {
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}]|['’-]\\p{L}{2})`, 'gu');
		for (const paragraph of paragraphs) {
			for (const match of paragraph.text.matchAll(pattern)) {
				const start = match.index;
				const end = start + form.length;
				const here = result.filter(other => other.article === paragraph.article && other.paragraph === paragraph.paragraph && other.start < end && start < other.end);
				if (here.some(other => other.start <= start && other.end >= end && other.end - other.start > form.length)) continue;
				const body: NameOccurrence = {
					surface: form,
					key: normaliseName(form),
					tokenCount: form.split(/\s+/u).length,
					article: paragraph.article,
					paragraph: paragraph.paragraph,
					start,
					end,
					votes: {person: 0, organization: strongEvidence, place: 0},
					acronym: /^\p{Lu}{2,}$/u.test(form),
					rules: [...new Set([...here.flatMap(other => other.rules ?? []), 'organization-the-outlet'])],
				};
				result = [...result.filter(other => !here.includes(other)), body];
			}
		}
	}
	return result.toSorted((a, b) => a.article - b.article || a.paragraph - b.paragraph || a.start - b.start);
}
