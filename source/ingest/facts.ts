import type {FactCategory} from '../model/schema.js';
import {endsLikeSentence} from './analyse.js';
import type {AnalysedParagraph} from './entities.js';
import type {Mention} from './mentions.js';
import {hasTag, type Sentence} from './tokens.js';

// Facts: the sentences of the lead paragraph (what the story is about), and sentences that carry a
// number that is not just a date (counts, amounts, shares), which a reader looks for first.

export type FoundFact = {paragraph: AnalysedParagraph; sentence: Sentence; category: FactCategory; mentions: Mention[]};

/**
 * The lead: the first paragraph of prose, not a headline, a standfirst without a full stop, a caption
 * that opens with a label in capitals ("MEETING."), or a short note.
 */
export function findLead(paragraphs: AnalysedParagraph[]): AnalysedParagraph | undefined {
	return paragraphs.find(
		paragraph =>
			!paragraph.headline &&
			endsLikeSentence(paragraph.text) &&
			paragraph.text.split(/\s+/).length >= 20 &&
			!/^\p{Lu}{2,}[\p{Lu}\s]*[.:]\s/u.test(paragraph.text),
	);
}

/**
 * Whether a sentence states a quantity: a figure, an amount or a share, or a spelled number that counts
 * something ("four trips"); not the numbers of dates, years, times or names ("Covid-19").
 */
export function hasQuantity(sentence: Sentence): boolean {
	const {tokens} = sentence;
	return tokens.some((token, index) => {
		if (!hasTag(token, 'Value') || hasTag(token, 'Date', 'Year', 'Hyphenated', 'Ordinal', 'Time')) return false;
		if (!/[\p{L}\d]/u.test(token.text)) return false;
		const near = [tokens[index - 1], tokens[index + 1]];
		if (near.some(other => other && hasTag(other, 'Month', 'WeekDay', 'Date') && !hasTag(other, 'Duration'))) return false;
		if (hasTag(token, 'NumericValue', 'Money', 'Percent', 'Multiple')) return true;
		// "four trips", "Four cranes were added" (compromise may read the noun as a verb).
		return [tokens[index + 1], tokens[index + 2]].some(other => other && (hasTag(other, 'Plural') || (/\p{L}{3,}s$/u.test(other.text) && !hasTag(other, 'Copula', 'Auxiliary', 'Pronoun', 'Adverb'))));
	});
}

export function findFacts(paragraphs: AnalysedParagraph[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[]): FoundFact[] {
	const lead = findLead(paragraphs);
	const facts: FoundFact[] = [];
	for (const paragraph of paragraphs) {
		if (paragraph.headline) continue;
		for (const sentence of paragraph.sentences) {
			const category: FactCategory | undefined = paragraph === lead ? 'key-fact' : endsLikeSentence(sentence.text) && hasQuantity(sentence) ? 'number' : undefined;
			if (!category) continue;
			const mentions = mentionsOf(paragraph).filter(mention => mention.start >= sentence.start && mention.end <= sentence.end);
			facts.push({paragraph, sentence, category, mentions});
		}
	}
	return facts;
}
