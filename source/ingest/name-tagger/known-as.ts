import {kindOf, type AnalysedParagraph, type NameOccurrence} from '../entities.js';
import {hasTag} from '../tokens.js';

// A biography's opening often gives the person's other names: "Ada Marr (1801 – 1870), known as Lady Ash, was …",
// "… author Rosa Kell, also known as Rosalind Kell". The second name is the same person, not another one: its
// occurrences (there and elsewhere in the article) join the first name's entity as another of its forms.

/** ", known as", "), also known as", ", better known as" right before a name (the comma says it describes what came before). */
const knownAs = /[,)]\s*(?:(?:also|better|commonly|popularly|widely|later|often|simply|affectionately)\s+)?known\s+as\s+$/u;

/** Verbs that may stand between the person and "known as" without bringing in someone else ("was a poet, …, known as"). */
const copula = /^(?:is|was|are|were|be|been|being)$/iu;

/**
 * Re-keys each person's name given after ", known as" to the person named last before it (outside brackets), where
 * only a copula's clause lies between ("X (dates), known as Y", "X was a poet, known as Y"; not "X met a drummer,
 * known as Y": another verb names someone else). Every occurrence of that name in the article is re-keyed alike.
 */
export function namesKnownAs(found: NameOccurrence[], paragraphs: AnalysedParagraph[]): NameOccurrence[] {
	const renamed = new Map<string, string>();
	for (const paragraph of paragraphs) {
		if (!/known\s+as/u.test(paragraph.text)) continue;
		const here = found.filter(occurrence => occurrence.article === paragraph.article && occurrence.paragraph === paragraph.paragraph).toSorted((a, b) => a.start - b.start);
		// (Across the paragraph's sentences: "c." in a person's years ends a sentence to the splitter.)
		const tokens = paragraph.sentences.flatMap(sentence => sentence.tokens);
		// A name in brackets is another writing of the one before them ("Rosa Kell (Rosa Kellová)"), not the subject.
		const inBrackets = (at: number) => {
			const before = paragraph.text.slice(0, at);
			return before.split('(').length > before.split(')').length;
		};
		here.forEach((alias, index) => {
			if (kindOf(alias.votes) !== 'person' || !knownAs.test(paragraph.text.slice(Math.max(0, alias.start - 60), alias.start))) return;
			// (A place or body between is allowed: "X was a Dutch poet, known as Y".)
			const person = here.slice(0, index).findLast(occurrence => !inBrackets(occurrence.start) && kindOf(occurrence.votes) === 'person');
			if (!person || person.key === alias.key) return;
			const between = tokens.filter(token => token.start >= person.end && token.end <= alias.start && !inBrackets(token.start));
			if (between.some(token => hasTag(token, 'Verb') && !copula.test(token.text) && token.text !== 'known')) return;
			renamed.set(`${alias.article}:${alias.key}`, person.key);
		});
	}
	if (renamed.size === 0) return found;
	return found.map(occurrence => {
		const key = renamed.get(`${occurrence.article}:${occurrence.key}`);
		return key === undefined ? occurrence : {...occurrence, key};
	});
}
