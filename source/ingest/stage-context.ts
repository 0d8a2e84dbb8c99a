import type {Article, Citation} from '../model/schema.js';
import {endsLikeSentence} from './analyse.js';
import type {ArticleInput} from './article-input.js';
import type {AnalysedParagraph, ExtractedEntity} from './entities.js';
import {excerptOf, type Mention} from './mentions.js';
import type {Sentence} from './tokens.js';

// What the stages of buildStory share: the articles with their analysed paragraphs, the entities with
// their ids, where each entity is mentioned, the id maker, and the one way an item cites its paragraph.

export type ArticleContext = {input: ArticleInput; article: Article; paragraphs: AnalysedParagraph[]; reference?: Date};

/** Which rules decided an item: for `ingest --explain`, and for the tests of each rule. */
export type Explanation = {item: string; kind: 'quote' | 'person' | 'organization' | 'place'; text: string; rules: string[]; speaker?: string};

export type StageContext = {
	articles: ArticleContext[];
	entities: ExtractedEntity[];
	entityIds: string[];
	mentionsOf: (paragraph: AnalysedParagraph) => Mention[];
	/** Where a lead paragraph's dateline ("LONDON, April 8 (Reuters) -") ends; -1 without one. */
	datelineEndOf: (paragraph: AnalysedParagraph) => number;
	newId: (base: string, fallback: string) => string;
};

function sentenceAt(paragraph: AnalysedParagraph, offset: number): Sentence {
	return paragraph.sentences.find(sentence => offset < sentence.end) ?? paragraph.sentences.at(-1)!;
}

/** A citation of the sentence around `focus`: article, paragraph and a verbatim excerpt of at most 30 words. */
export function cite(articleId: string, paragraph: AnalysedParagraph, focus: [number, number]): Citation {
	const sentence = sentenceAt(paragraph, focus[0]);
	const [start, end] = sentence ? [sentence.start, Math.max(sentence.end, focus[1])] : [0, paragraph.text.length];
	return {article: articleId, paragraph: paragraph.paragraph, excerpt: excerptOf(paragraph.text, start, end, focus)};
}

export const headlineLike = (text: string) => !endsLikeSentence(text) && text.split(/\s+/).length <= 25;
