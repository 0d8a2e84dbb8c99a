import type {StoryFile} from '../model/schema.js';
import {articleDateLabel, buildStoryLookup, eventDateLabel} from '../model/story-lookup.js';
import {formatSources} from '../report/report-outline.js';
import {countNew, describeNew, newPart, type Since} from './whats-new.js';

// `summit-tui --plain --since DATE`: only what was added to the story on or after a day, laid out as
// the plain report lays out the whole story (one item a line, its sources in brackets).

/** `label`: how the point is named ("2024-03-05", "your last visit (2024-03-05 14:30)"). */
export function renderAddedSince(story: StoryFile, day: string, since: Since = {day}, label = day): {text: string; count: number} {
	const lookup = buildStoryLookup(story);
	const added = newPart(story, since);
	const out = [`${story.story.title}: added since ${label}`, ''];
	const section = (title: string, lines: string[]) => {
		if (lines.length === 0) return;
		out.push(title.toUpperCase(), ...lines.map(line => `  - ${line}`), '');
	};
	section(
		'Articles',
		added.articles.map(article => `${article.outlet}, ${articleDateLabel(article)}: ${article.title}${article.added ? `  [added ${article.added}]` : ''}`),
	);
	section('Facts', added.facts.map(fact => `${fact.text}  [${formatSources(lookup, fact.cites)}]`));
	section('Timeline', added.events.map(event => `${eventDateLabel(event)}  ${event.title}  [${formatSources(lookup, event.cites)}]`));
	section('Quotes', added.quotes.map(quote => `${lookup.speakerOf(quote)}: “${quote.text}”  [${formatSources(lookup, quote.cites)}]`));
	section('People', added.people.map(person => `${person.name}${person.role ? `, ${person.role}` : ''}`));
	section('Organisations', added.organizations.map(organization => `${organization.name} (${organization.kind})`));
	section('Places', added.places.map(place => `${place.name} (${place.kind})`));
	section('Where sources differ', added.differences.map(difference => `${difference.topic}: ${difference.note}`));
	const count = Object.values(added).reduce((sum, items) => sum + items.length, 0);
	// In the words of the picker and `library` (and the header, where it has room): one count of what is new.
	const newIds = new Set(Object.values(added).flatMap((items: Array<{id: string}>) => items.map(item => item.id)));
	if (count === 0) out.push(`Nothing was added since ${label}.`, '');
	else out.splice(1, 0, describeNew(countNew(story, newIds), 'long'));
	return {text: `${out.join('\n').trimEnd()}\n`, count};
}
