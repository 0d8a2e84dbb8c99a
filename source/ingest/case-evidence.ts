import {lookUpPlace} from '../geo/gazetteer.js';
import {bare, startsClause} from './name-words.js';
import {hasTag, isCapitalised} from './tokens.js';
import type {AnalysedParagraph} from './entity-types.js';

// How the whole text writes its words (split from entities.ts): the evidence the name rules and the
// tagger's features read about a word beyond its own sentence.

/**
 * Words seen capitalised inside sentences, words seen in lower case, nationality words, and two capitalised
 * words seen side by side inside a sentence ("at Whole Foods"), over all the text.
 */
export type CaseEvidence = {capitalisedInside: Set<string>; lowerCase: Set<string>; demonyms: Set<string>; capitalisedPairs: Set<string>};

export function collectCaseEvidence(paragraphs: AnalysedParagraph[]): CaseEvidence {
	const capitalisedInside = new Set<string>();
	const lowerCase = new Set<string>();
	const demonyms = new Set<string>();
	const capitalisedPairs = new Set<string>();
	for (const paragraph of paragraphs) {
		if (paragraph.headline) continue;
		for (const sentence of paragraph.sentences) {
			sentence.tokens.forEach((token, index) => {
				const word = bare(token.text);
				// compromise tags some countries as nationality words ("Philippines"): a country is a name.
				if (hasTag(token, 'Demonym') && lookUpPlace(token.text)?.kind !== 'Country') demonyms.add(word);
				if (!isCapitalised(token.text)) lowerCase.add(word);
				else if (index > 0 && !startsClause(sentence.tokens, index)) {
					capitalisedInside.add(word);
					const next = sentence.tokens[index + 1];
					if (next && isCapitalised(next.text) && /^ $/u.test(token.post)) capitalisedPairs.add(`${word} ${bare(next.text)}`);
				}
			});
		}
	}
	return {capitalisedInside, lowerCase, demonyms, capitalisedPairs};
}
