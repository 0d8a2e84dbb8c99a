// The words by which the articles name the story's entities, for the merge's comparisons: an entity's
// name, its aliases and a person's surname, so that 'Berg' in one outlet meets 'Marco Berg' in another
// where the names stage left the surname unlinked. A word two entities share stands for itself.

/** What each word naming an entity stands for: its id, or the word itself when it names several ("Lima" for Ana and Rui Lima). */
export type EntityTerms = Map<string, string>;

type Entity = {id: string; name: string; aliases: string[]};

/** The words by which a sentence names an entity: its name, its aliases and a person's surname. */
export function entityTermsOf(people: Entity[], others: Entity[], mapId: (id: string) => string = id => id): EntityTerms {
	const ids = new Map<string, Set<string>>();
	const add = (id: string, words: string[]) => {
		for (const word of words) if (word.length >= 2) ids.set(word, new Set([...(ids.get(word) ?? []), mapId(id)]));
	};
	for (const person of people) add(person.id, [person.name, ...person.aliases, ...[person.name, ...person.aliases].map(name => name.split(/\s+/).at(-1)!).filter(word => word.length >= 4)]);
	for (const entity of others) add(entity.id, [entity.name, ...entity.aliases]);
	return new Map([...ids].map(([word, named]) => [word, named.size === 1 ? [...named][0]! : `~${word}`]));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Who or what a text names, as EntityTerms values (one pattern for all the words, longest first). */
export function namesFinder(terms: EntityTerms): (text: string) => Set<string> {
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...terms.keys()].toSorted((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	return text => {
		const named = new Set<string>();
		for (const match of text.matchAll(pattern)) named.add(terms.get(match[0])!);
		return named;
	};
}
