import type {Article, Citation} from '../model/schema.js';
import {articleDateLabel, type StoryLookup} from '../model/story-lookup.js';
import {ContentBuilder, type DocumentContent} from './document.js';
import type {Cell} from '../text/text-fit.js';

// The reader: an article at a cited paragraph (marked "┃", the excerpt highlighted inside it, its
// neighbours around it), or the whole article from the Sources pane. A story without the articles'
// text (the bundled one) shows the passages it cites, in paragraph order, and says so.

export type ReaderTarget = {article: string; paragraph?: number; excerpt?: string};

const citedMark: Cell[] = [{text: '┃ ', tone: 'accent'}];
const plainMark: Cell[] = [{text: '  '}];

/** The paragraph's text with the excerpt highlighted where it occurs (exactly, else ignoring case). */
export function markExcerpt(text: string, excerpt: string | undefined): Cell[] {
	if (!excerpt) return [{text}];
	let at = text.indexOf(excerpt);
	if (at < 0) at = text.toLocaleLowerCase().indexOf(excerpt.toLocaleLowerCase());
	if (at < 0 || text.toLocaleLowerCase().length !== text.length) return [{text}];
	const cells: Cell[] = [{text: text.slice(0, at)}, {text: text.slice(at, at + excerpt.length), tone: 'match', bold: true}, {text: text.slice(at + excerpt.length)}];
	return cells.filter(cell => cell.text !== '');
}

/** Every citation of an article anywhere in the story. */
function citationsOf(lookup: StoryLookup, articleId: string): Citation[] {
	const {story} = lookup;
	const all = [...story.facts, ...story.events, ...story.quotes, ...story.people, ...story.organizations, ...story.places].flatMap(item => item.cites);
	return all.filter(citation => citation.article === articleId);
}

function header(builder: ContentBuilder, article: Article) {
	builder.text([{text: article.outlet, bold: true, tone: 'accent'}, {text: ` · ${article.title}`, bold: true}]);
	const byline = [`published ${articleDateLabel(article)}`, ...(article.author ? [`by ${article.author}`] : [])].join(' · ');
	builder.paragraph(byline, 'muted');
	if (article.url) builder.paragraph(article.url, 'muted');
	builder.link({kind: 'item', id: article.id}, [{text: 'About this article', bold: true}, {text: ': how it was dated, what only it reports', tone: 'muted'}]);
	builder.blank();
}

export function readerContent(lookup: StoryLookup, target: ReaderTarget): DocumentContent {
	const builder = new ContentBuilder();
	const article = lookup.article(target.article);
	if (!article) {
		builder.paragraph(`Nothing in this story has the article "${target.article}".`, 'warning');
		return builder.finish(target.article);
	}
	const title = target.paragraph ? `${article.outlet} ¶${target.paragraph}` : article.outlet;
	header(builder, article);
	const paragraph = (number: number, cells: Cell[], cited: boolean) => {
		if (cited) builder.anchor();
		builder.text([{text: `¶${number} `, tone: 'muted'}, ...cells], {gutter: cited ? citedMark : plainMark});
		builder.blank();
	};
	if (article.paragraphs && article.paragraphs.length > 0) {
		article.paragraphs.forEach((text, index) => {
			const cited = index + 1 === target.paragraph;
			paragraph(index + 1, cited ? markExcerpt(text, target.excerpt) : [{text}], cited);
		});
		if (target.paragraph && target.paragraph > article.paragraphs.length) builder.paragraph(`The story cites ¶${target.paragraph}, but the article has ${article.paragraphs.length} paragraphs.`, 'warning');
		return builder.finish(title);
	}
	builder.paragraph('The full text of this article is not included in the story; these are the passages the story cites from it, in paragraph order.', 'warning');
	builder.blank();
	const byParagraph = new Map<number, string[]>();
	for (const citation of citationsOf(lookup, article.id)) {
		const excerpts = byParagraph.get(citation.paragraph) ?? [];
		if (!excerpts.includes(citation.excerpt)) excerpts.push(citation.excerpt);
		byParagraph.set(citation.paragraph, excerpts);
	}
	for (const number of [...byParagraph.keys()].sort((a, b) => a - b)) {
		const cited = number === target.paragraph;
		// An excerpt inside a longer one of the same paragraph adds nothing: show the longer one, with
		// the cited excerpt highlighted inside it.
		const all = byParagraph.get(number)!;
		const excerpts = all.filter(excerpt => !all.some(other => other !== excerpt && other.includes(excerpt)));
		const cells = excerpts.flatMap((excerpt, index): Cell[] => [
			...(index > 0 ? [{text: ' … '}] : []),
			{text: '“'},
			...(cited ? markExcerpt(excerpt, target.excerpt) : [{text: excerpt}]),
			{text: '”'},
		]);
		paragraph(number, cells, cited);
	}
	return builder.finish(title);
}
