import {formatEventDate} from '../model/dates.js';
import type {ItemKind} from '../model/item-kind.js';
import type {StoryFile} from '../model/schema.js';

/** One searchable item, flattened: the fields fuse.js weighs, plus what a result line shows. */
export type SearchDocument = {
	id: string;
	kind: ItemKind;
	/** What a result line shows first; highlight ranges refer to it when the match was in it. */
	label: string;
	name: string;
	aliases: string[];
	role: string;
	text: string;
	/** For quotes: who said it, so "peskov" also finds his words (ranked below him). */
	speaker: string;
};

export function buildSearchDocuments(story: StoryFile): SearchDocument[] {
	return [...searchDocumentsOf(story)];
}

/** The searchable items of a story one by one, so that a large story can be indexed in steps. */
export function* searchDocumentsOf(story: StoryFile): Generator<SearchDocument> {
	const names = new Map<string, string>();
	for (const entity of [...story.people, ...story.organizations, ...story.places]) names.set(entity.id, entity.name);
	const empty = {name: '', aliases: [], role: '', text: '', speaker: ''};
	for (const person of story.people) {
		yield {...empty, id: person.id, kind: 'person', label: person.name, name: person.name, aliases: person.aliases, role: person.role ?? ''};
	}
	for (const organization of story.organizations) {
		yield {...empty, id: organization.id, kind: 'organization', label: organization.name, name: organization.name, aliases: organization.aliases, role: organization.kind};
	}
	for (const place of story.places) {
		yield {...empty, id: place.id, kind: 'place', label: place.name, name: place.name, aliases: place.aliases, role: place.kind};
	}
	for (const fact of story.facts) yield {...empty, id: fact.id, kind: 'fact', label: fact.text, text: fact.text};
	for (const event of story.events) {
		yield {
			...empty,
			id: event.id,
			kind: 'event',
			label: event.title,
			text: event.title,
			role: formatEventDate(event.date, event.precision, event.dateEnd, event.dateEither),
		};
	}
	for (const quote of story.quotes) {
		yield {...empty, id: quote.id, kind: 'quote', label: quote.text, text: quote.text, speaker: quote.speaker ? (names.get(quote.speaker) ?? quote.speaker) : ''};
	}
}
