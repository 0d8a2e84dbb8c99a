import type {ArticleInput} from './article-input.js';
import type {AnalysedParagraph} from './entities.js';
import {analyseParagraph} from './tokens.js';

/** Whether text ends as a sentence does: a full stop, ! ? or …, maybe inside a closing mark. */
export function endsLikeSentence(text: string): boolean {
	return /[.!?…]["”’)]?$/u.test(text.trim());
}

/** Words of four letters or more that a heading in Title Case may leave in lower case. */
const titleCaseLowerWords = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'that', 'about', 'after', 'before', 'under', 'between', 'through', 'without', 'within', 'against', 'among', 'during', 'until', 'versus', 'near', 'along', 'across', 'behind', 'beyond', 'toward', 'towards']);

/**
 * Title Case: most longer words capitalised, as in headlines and section titles ("What To Watch For").
 * Capitals there say nothing about names, so such paragraphs give no new names.
 */
export function isTitleCase(paragraph: string): boolean {
	const words = paragraph.split(/\s+/).filter(word => /^\p{L}{4,}/u.test(word));
	// Short lines (credits, bylines, "Key Facts") read as prose: their few capitals are names or nothing.
	if (words.length < 4) return false;
	// A sentence full of names ("President Anna Lee met Kim in Vladivostok on Tuesday.") ends like one,
	// also before an encyclopedia's reference marks ("… Film Festival. [9]").
	if (endsLikeSentence(paragraph.replace(/(?:\s*\[(?:\d{1,3}|[a-z]|citation needed)\])+\s*$/u, ''))) return false;
	// A list leading into what follows ("Senator Varga, Madam Speaker, Governor Okafor, and dear friends:",
	// a speech's salutation) is prose too: a heading is no list ending in a colon.
	if (/:$/u.test(paragraph.trim()) && paragraph.split(',').length > 2) return false;
	// So is a label and the list it introduces ("Terminal 3: Delta, Frontier, Hawaiian, JetBlue"): its names are read.
	if (/^[^:]{1,40}:\s/u.test(paragraph) && paragraph.split(',').length > 2) return false;
	// A line leading into a quotation with a verb or another word of content in lower case ("Reporter Ivo Varnick
	// says:", "According to Ana Reyes, writing for the Harbour Times:") is prose: a heading in Title Case leaves in
	// lower case only its short words of grammar.
	if (/:$/u.test(paragraph.trim()) && paragraph.split(/\s+/u).some(word => /^\p{Ll}{4,}:?$/u.test(word) && !titleCaseLowerWords.has(word.replace(/:$/u, '')))) return false;
	// Sentences full of names before a heading the page ran into them ("… with Ana Reyes since 2005. They have two
	// daughters, Mia Reyes and … Career"): a sentence ending inside the paragraph, with lower-case words of content,
	// is prose; a heading has no sentence inside it.
	if (paragraph.split(/(?<=[.!?…]["”’)]?)\s+(?=[\p{Lu}[])/u).slice(0, -1).some(isProseSentence)) return false;
	return words.filter(word => /^\p{Lu}/u.test(word)).length / words.length >= 0.7;
}

/** A sentence of prose: it ends like one and leaves two or more words of content (four letters or more) in lower case. */
function isProseSentence(sentence: string): boolean {
	return endsLikeSentence(sentence) && sentence.split(/\s+/u).filter(word => /^\p{Ll}{4,}[,;]?$/u.test(word) && !titleCaseLowerWords.has(word.replace(/[,;]$/u, ''))).length >= 2;
}

export function analyseArticles(articles: ArticleInput[]): AnalysedParagraph[] {
	return articles.flatMap((article, articleIndex) =>
		article.paragraphs.map((text, index) => ({
			article: articleIndex,
			paragraph: index + 1,
			text,
			sentences: analyseParagraph(text),
			headline: isTitleCase(text),
		})),
	);
}
