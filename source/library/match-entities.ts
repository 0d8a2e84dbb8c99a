import type {Organization, Person, Place, StoryFile} from '../model/schema.js';

// Which entity of an existing story an imported entity is: the same name or alias, compared without
// case, accents or punctuation. The existing story was possibly checked and edited by hand, so its
// entities win: an imported entity that matches one is that one, never a second copy.

export type EntityKind = 'person' | 'organization' | 'place';
type AnyEntity = Person | Organization | Place;

/** "Jae-in Moon", "jae in moon" and "Jaé-in Moon" are one name; "U.S." and "US" too. */
export function nameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const initialSkips = new Set(['of', 'the', 'and', 'for', 'de', 'la']);
// Words that say what kind of division a region is: "Primorsky Krai", "Primorsky Territory" and "Primorsky region" are one.
const divisionWords = /\s+(?:krai|kray|oblast|region|territory|province|prefecture|governorate|district|republic)$/u;

/** The keys a name is also known by: its initials ("United Nations" → "un"), its stem without a division word. */
export function variantKeys(name: string): string[] {
	const key = nameKey(name);
	const words = key.split(' ');
	const keys = [key];
	if (words.length >= 2) keys.push(words.filter(word => !initialSkips.has(word)).map(word => word[0]).join(''));
	const stem = key.replace(divisionWords, '');
	if (stem !== key && stem.length >= 3) keys.push(`${stem} region`);
	return keys;
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
		if (candidates.size === 1) return [...candidates][0];
		if (candidates.size > 1) return undefined;
		// Initials, a division word, a surname alone, an agency's first word, a place's last words:
		// each only when it points at exactly one entity of the kind.
		const key = nameKey(entity.name);
		const words = key.split(' ');
		const sameKindIds = (test: (candidate: {kind: EntityKind; entity: AnyEntity}) => boolean) => new Set(all.filter(candidate => candidate.kind === kind && test(candidate)).map(candidate => candidate.entity.id));
		const tries = [
			() => sameKindIds(({entity: other}) => [other.name, ...other.aliases].some(name => variantKeys(name).slice(1).includes(key) || variantKeys(entity.name).slice(1).includes(nameKey(name)))),
			() => (words.length === 1 && kind === 'person' ? sameKindIds(({entity: other}) => nameKey(other.name).split(' ').length > 1 && nameKey(other.name).split(' ').at(-1) === key) : new Set<string>()),
			() => (words.length === 1 && kind === 'organization' ? sameKindIds(({entity: other}) => nameKey(other.name).split(' ').length > 1 && nameKey(other.name).split(' ')[0] === key) : new Set<string>()),
			() => (words.length >= 2 && kind === 'place' ? sameKindIds(({entity: other}) => nameKey(other.name).endsWith(` ${key}`)) : new Set<string>()),
		];
		for (const attempt of tries) {
			const found = attempt();
			if (found.size === 1) return [...found][0];
		}
		return undefined;
	};
}
