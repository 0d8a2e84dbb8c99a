import type {Quote} from '../model/schema.js';
import {organizationHeads} from './lexicon.js';
import {findQuotes} from './quotes.js';
import {cite, type Explanation, type StageContext} from './stage-context.js';

// The quotes stage: every quotation of every article with its speaker (or none) and the sieve and
// speaker rule that decided it.

export function quoteRecords({articles, entities, entityIds, mentionsOf, newId}: StageContext): {quotes: Quote[]; explanations: Explanation[]} {
	const kinds = entities.map(entity => entity.kind);
	// The common nouns that can stand for each organisation: the last word of its name when that is the
	// head of an institution's name ("the bank" for Norges Bank), and what the text called it ("agency").
	const nouns = entities.map(entity => {
		if (entity.kind !== 'organization') return new Set<string>();
		const last = entity.name.split(/\s+/).at(-1)!.toLowerCase();
		return new Set([...(organizationHeads.has(last) ? [last] : []), ...(entity.type ? [entity.type.toLowerCase()] : [])]);
	});
	// The words of every role a person is given ("Russian dictator", "Finance Minister"), for "the minister said".
	const roles = entities.map(entity => new Set(entity.occurrences.flatMap(occurrence => (occurrence.role ?? '').toLowerCase().split(/[\s-]+/)).filter(Boolean)));
	const quotes: Quote[] = [];
	const explanations: Explanation[] = [];
	for (const {article, paragraphs} of articles) {
		for (const quote of findQuotes(paragraphs, mentionsOf, {kinds, nouns, roles})) {
			const text = quote.span.text.trim();
			const id = newId('', `quote-${quotes.length + 1}`);
			const sentence = quote.paragraph.sentences[quote.sentenceIndex]!;
			explanations.push({item: id, kind: 'quote', text, rules: quote.rules, ...(quote.speaker === undefined ? {} : {speaker: entities[quote.speaker]!.name})});
			quotes.push({
				id,
				...(quote.speaker === undefined ? {} : {speaker: entityIds[quote.speaker]!}),
				text,
				...(sentence.text.length <= 400 ? {context: sentence.text} : {}),
				cites: [cite(article.id, quote.paragraph, [quote.span.start, quote.span.end])],
			});
		}
	}
	return {quotes, explanations};
}
