import {parseArticleText} from '../../source/ingest/article-input.js';
import {buildStory} from '../../source/ingest/build-story.js';
import type {StoryFile} from '../../source/model/schema.js';

/** Imports articles given as text (paragraphs separated by blank lines), as the CLI would. */
export function ingestText(...articles: Array<{text: string; published?: string; outlet?: string}>): StoryFile {
	const inputs = articles.map((article, index) =>
		parseArticleText(article.text, `article-${index + 1}.txt`, {published: article.published ?? '2024-03-06', outlet: article.outlet ?? `Outlet ${index + 1}`}),
	);
	return buildStory(inputs).story;
}

/** Entity names by kind, for short assertions. */
export function namesOf(story: StoryFile) {
	return {
		people: story.people.map(person => person.name),
		organizations: story.organizations.map(organization => organization.name),
		places: story.places.map(place => place.name),
	};
}

/** Each quote's text with its speaker's name (or null). */
export function speakersOf(story: StoryFile): Array<[string, string | null]> {
	const names = new Map([...story.people, ...story.organizations, ...story.places].map(entity => [entity.id, entity.name]));
	return story.quotes.map(quote => [quote.text, quote.speaker ? (names.get(quote.speaker) ?? quote.speaker) : null]);
}
