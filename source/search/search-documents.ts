import {formatEventDate} from '../model/dates.js';
import type {StoryFile} from '../model/schema.js';

export type ItemKind = 'person' | 'organization' | 'place' | 'fact' | 'event' | 'quote';

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
	const names = new Map<string, string>();
	for (const entity of [...story.people, ...story.organizations, ...story.places]) names.set(entity.id, entity.name);
	const empty = {name: '', aliases: [], role: '', text: '', speaker: ''};
	return [
		...story.people.map(person => ({
			...empty,
			id: person.id,
			kind: 'person' as const,
			label: person.name,
			name: person.name,
			aliases: person.aliases,
			role: person.role,
		})),
		...story.organizations.map(organization => ({
			...empty,
			id: organization.id,
			kind: 'organization' as const,
			label: organization.name,
			name: organization.name,
			aliases: organization.aliases,
			role: organization.kind,
		})),
		...story.places.map(place => ({
			...empty,
			id: place.id,
			kind: 'place' as const,
			label: place.name,
			name: place.name,
			aliases: place.aliases,
			role: place.kind,
		})),
		...story.facts.map(fact => ({...empty, id: fact.id, kind: 'fact' as const, label: fact.text, text: fact.text})),
		...story.events.map(event => ({
			...empty,
			id: event.id,
			kind: 'event' as const,
			label: event.title,
			text: event.title,
			role: formatEventDate(event.date, event.precision, event.dateEnd, event.dateEither),
		})),
		...story.quotes.map(quote => ({
			...empty,
			id: quote.id,
			kind: 'quote' as const,
			label: quote.text,
			text: quote.text,
			speaker: names.get(quote.speaker) ?? quote.speaker,
		})),
	];
}
