import type {Organization, Person, Place, StoryFile} from '../model/schema.js';
import {foldName} from '../text/fold-name.js';

// Which entity of an existing story an imported entity is: the same name or alias, compared without
// case, accents or punctuation. The existing story was possibly checked and edited by hand, so its
// entities win: an imported entity that matches one is that one, never a second copy.

export type EntityKind = 'person' | 'organization' | 'place';
type AnyEntity = Person | Organization | Place;

/** "Jae-in Moon", "jae in moon" and "Jaé-in Moon" are one name. */
export function nameKey(name: string): string {
	return foldName(name)
		.replace(/[’']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function entitiesOf(story: StoryFile): Array<{kind: EntityKind; entity: AnyEntity}> {
	return [
		...story.people.map(entity => ({kind: 'person' as const, entity})),
		...story.organizations.map(entity => ({kind: 'organization' as const, entity})),
		...story.places.map(entity => ({kind: 'place' as const, entity})),
	];
}

/**
 * The existing entity an imported one stands for, or undefined. Its full name against their names first
 * (of the same kind, then of any kind: a person the importer took for a place is still that person);
 * then any of its names against any of theirs, but only when that points at exactly one entity, since a
 * short alias ("Kim") can belong to several.
 */
export function createEntityMatcher(existing: StoryFile): (kind: EntityKind, entity: AnyEntity) => string | undefined {
	const all = entitiesOf(existing);
	const byName = new Map<string, Array<{kind: EntityKind; id: string}>>();
	const byAnyName = new Map<string, Set<string>>();
	for (const {kind, entity} of all) {
		const key = nameKey(entity.name);
		byName.set(key, [...(byName.get(key) ?? []), {kind, id: entity.id}]);
		for (const name of [entity.name, ...entity.aliases]) {
			const alias = nameKey(name);
			if (alias === '') continue;
			const ids = byAnyName.get(alias) ?? new Set();
			ids.add(entity.id);
			byAnyName.set(alias, ids);
		}
	}
	return (kind, entity) => {
		const named = byName.get(nameKey(entity.name)) ?? [];
		const sameKind = named.filter(candidate => candidate.kind === kind);
		if (sameKind.length === 1) return sameKind[0]!.id;
		if (sameKind.length === 0 && named.length === 1) return named[0]!.id;
		const candidates = new Set<string>();
		for (const name of [entity.name, ...entity.aliases]) for (const id of byAnyName.get(nameKey(name)) ?? []) candidates.add(id);
		return candidates.size === 1 ? [...candidates][0] : undefined;
	};
}
