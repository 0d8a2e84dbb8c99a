import type {AnalysedParagraph, ExtractedEntity} from './entities.js';

// Where each entity is named, paragraph by paragraph, found by its name and aliases. This second pass
// also reads headlines (where capitals alone say nothing) and gives every later rule (speakers, who an
// event involves, what a fact is about) one list of mentions with offsets.

export type Mention = {entity: number; start: number; end: number};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type MentionFinder = (paragraph: AnalysedParagraph) => Mention[];

/**
 * In prose, a one-word form followed by another capitalised word is part of a longer name ("North" in
 * "North Korean"); headlines capitalise everything, so there it still counts.
 */
export const opensLongerName = (paragraph: AnalysedParagraph, form: string, end: number) => !paragraph.headline && !form.includes(' ') && /^[ \t]+\p{Lu}/u.test(paragraph.text.slice(end, end + 3));

export function createMentionFinder(entities: ExtractedEntity[]): MentionFinder {
	const owner = new Map<string, number>();
	entities.forEach((entity, index) => {
		for (const form of [entity.name, ...entity.aliases]) if (!owner.has(form)) owner.set(form, index);
	});
	const forms = [...owner.keys()].toSorted((a, b) => b.length - a.length);
	if (forms.length === 0) return () => [];
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	return paragraph => {
		const mentions: Mention[] = [];
		for (const match of paragraph.text.matchAll(pattern)) {
			const form = match[0];
			const end = match.index + form.length;
			if (opensLongerName(paragraph, form, end)) continue;
			mentions.push({entity: owner.get(form)!, start: match.index, end});
		}
		return mentions;
	};
}

/** A verbatim piece of `text` of at most `maxWords` words, from the span [start, end), kept around the focus. */
export function excerptOf(text: string, start: number, end: number, focus: [number, number] = [start, end], maxWords = 30): string {
	const span = text.slice(start, end).trim();
	const offset = start + text.slice(start, end).indexOf(span);
	const words = [...span.matchAll(/\S+/g)].map(match => ({start: offset + match.index, end: offset + match.index + match[0].length}));
	if (words.length <= maxWords) return span;
	const focusWord = Math.max(0, words.findIndex(word => word.end > focus[0]));
	const first = Math.max(0, Math.min(focusWord - Math.floor(maxWords / 3), words.length - maxWords));
	const picked = words.slice(first, first + maxWords);
	return text.slice(picked[0]!.start, picked.at(-1)!.end);
}
