import type {Organization, Person, Place, StoryFile} from '../model/schema.js';
import {foldName} from '../text/fold-name.js';
import {lookUpPlace} from '../geo/gazetteer.js';

// Which entity of a story another entity is: the same name or alias compared without case, accents or
// punctuation ("Kim Jong-un" / "Kim Jong Un", "U.S." / "US"); initials ("UN" / "United Nations"); a
// region with or without its division word ("Primorsky Krai" / "Primorsky region"); the same gazetteer
// feature ("Primorye" and "Primorsky Territory" are both Primorsky Krai's outline); a surname alone
// ("Putin"), an agency's first word ("RIA") or a place's last words ("Far East") when they point at
// exactly one entity. Entities already in the index win: the one added later is that one, never a copy.
// Every lookup goes through maps, so matching stays linear in the number of entities.

export type EntityKind = 'person' | 'organization' | 'place';
export type AnyEntity = Person | Organization | Place;

/** "Jae-in Moon", "jae in moon" and "Jaé-in Moon" are one name; "U.S." and "US" too. */
export function nameKey(name: string): string {
	return foldName(name)
		.replace(/[’']/g, '')
		.replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const initialSkips = new Set(['of', 'the', 'and', 'for', 'de', 'la']);
// Words that say what kind of division a region is: "Primorsky Krai", "Primorsky Territory" and "Primorsky region" are one.
const divisionWords = /\s+(?:krai|kray|oblast|region|territory|province|prefecture|governorate|district)$/u;

/** The initials of a name of two words or more ("United Nations" → "un"), else undefined. */
function initialsKey(name: string): string | undefined {
	const words = nameKey(name).split(' ');
	if (words.length < 2) return undefined;
	const initials = words.filter(word => !initialSkips.has(word)).map(word => word[0]).join('');
	return initials.length >= 2 ? initials : undefined;
}

/** Other keys a name is known by: its initials ("United Nations" → "un"), itself without middle initials, its stem with a division word. */
export function variantKeys(name: string): string[] {
	const key = nameKey(name);
	const words = key.split(' ');
	const keys: string[] = [];
	const initials = initialsKey(name);
	if (initials) keys.push(initials);
	// A middle initial is left out as often as it is given: "Donald J. Trump" is "Donald Trump".
	const withoutInitials = words.filter((word, index) => index === 0 || index === words.length - 1 || word.length > 1);
	if (withoutInitials.length >= 2 && withoutInitials.length < words.length) keys.push(withoutInitials.join(' '));
	const stem = key.replace(divisionWords, '');
	if (stem !== key && stem.length >= 3) keys.push(`${stem} region`);
	return keys;
}

type Indexed = {kind: EntityKind; id: string};

function add<K>(map: Map<K, Indexed[]>, key: K, entry: Indexed): void {
	const list = map.get(key);
	if (!list) map.set(key, [entry]);
	else if (!list.some(other => other.id === entry.id)) list.push(entry);
}

/**
 * Whether the last words of a place's name are another country's whole name: the South's "Republic of
 * Korea" in the North's "Democratic People's Republic of Korea" is no short form of it.
 */
function anotherCountry(name: string, lastWords: string): boolean {
	const inner = lookUpPlace(lastWords);
	return inner?.kind === 'Country' && inner.country !== lookUpPlace(name)?.country;
}

/** The one id among `entries` (of `kind` when given), or undefined when none or several. */
function single(entries: Indexed[] | undefined, kind?: EntityKind): string | undefined {
	const ids = new Set((entries ?? []).filter(entry => kind === undefined || entry.kind === kind).map(entry => entry.id));
	return ids.size === 1 ? [...ids][0] : undefined;
}

/** A place's gazetteer feature: the same source and the same point ("Primorye" and "Primorsky Territory" both at Primorsky Krai's outline). */
const featureOf = (entity: AnyEntity) => ('coordinatesSource' in entity && entity.coordinatesSource && entity.coordinates ? `${entity.coordinatesSource}|${entity.coordinates.join(',')}` : undefined);

export type EntityIndex = {
	/** The indexed entity the given one stands for, or undefined. */
	match: (kind: EntityKind, entity: AnyEntity) => string | undefined;
	add: (kind: EntityKind, entity: AnyEntity) => void;
};

export function createEntityIndex(): EntityIndex {
	const byName = new Map<string, Indexed[]>();
	const byAnyName = new Map<string, Indexed[]>();
	const byVariant = new Map<string, Indexed[]>();
	const bySurname = new Map<string, Indexed[]>();
	const byFirstWord = new Map<string, Indexed[]>();
	const bySuffix = new Map<string, Indexed[]>();
	const byFeature = new Map<string, Indexed[]>();
	return {
		add(kind, entity) {
			const entry = {kind, id: entity.id};
			const key = nameKey(entity.name);
			add(byName, key, entry);
			for (const name of [entity.name, ...entity.aliases]) {
				const alias = nameKey(name);
				if (alias === '') continue;
				add(byAnyName, alias, entry);
				for (const variant of variantKeys(name)) add(byVariant, variant, entry);
			}
			const words = key.split(' ');
			if (words.length > 1) {
				add(bySurname, words.at(-1)!, entry);
				// "Corvana Japan" is a branch: "Corvana" alone is the parent, not this body.
				if (!(kind === 'organization' && lookUpPlace(words.slice(1).join(' '))?.kind === 'Country')) add(byFirstWord, words[0]!, entry);
				for (let start = 1; start <= words.length - 2; start++) if (!(kind === 'place' && anotherCountry(entity.name, words.slice(start).join(' ')))) add(bySuffix, words.slice(start).join(' '), entry);
			}
			const feature = featureOf(entity);
			if (feature) add(byFeature, feature, entry);
		},
		match(kind, entity) {
			const key = nameKey(entity.name);
			// Its full name against their names first (of the same kind, then of any kind: a person the
			// importer took for a place is still that person); then any of its names, but only when that
			// points at exactly one entity, since a short alias ("Kim") can belong to several.
			const named = byName.get(key) ?? [];
			const sameKind = single(named, kind);
			if (sameKind) return sameKind;
			if (!named.some(entry => entry.kind === kind) && single(named)) return single(named);
			const candidates = [entity.name, ...entity.aliases].flatMap(name => byAnyName.get(nameKey(name)) ?? []);
			if (new Set(candidates.map(entry => entry.id)).size > 1) return undefined;
			if (candidates.length > 0) return candidates[0]!.id;
			const words = key.split(' ');
			const tries: Array<() => string | undefined> = [
				() => single(byVariant.get(key), kind),
				// Its initials meet an entity named by them ("United Nations" / "UN"), never another full name
				// with the same initials ("S Somanath" is not "Sergei Shoigu").
				() => single(variantKeys(entity.name).flatMap(variant => [...(byAnyName.get(variant) ?? []), ...(variant === initialsKey(entity.name) ? [] : (byVariant.get(variant) ?? []))]), kind),
				() => (words.length === 1 && kind === 'person' ? single(bySurname.get(key), kind) : undefined),
				() => (words.length === 1 && kind === 'organization' ? single(byFirstWord.get(key), kind) : undefined),
				() => (words.length >= 2 && kind === 'place' ? single(bySuffix.get(key), kind) : undefined),
				() => (kind === 'place' && featureOf(entity) ? single(byFeature.get(featureOf(entity)!), kind) : undefined),
				// The other way round: "RIA Novosti" for an indexed "RIA", "Russian Far East" for "Far East".
				() => (words.length >= 2 && kind === 'organization' ? single((byName.get(words[0]!) ?? []).filter(entry => entry.kind === kind), kind) : undefined),
				() => (words.length >= 3 && kind === 'place' ? single(words.slice(1, -1).flatMap((_, start) => (anotherCountry(entity.name, words.slice(start + 1).join(' ')) ? [] : (byName.get(words.slice(start + 1).join(' ')) ?? []))), kind) : undefined),
			];
			for (const attempt of tries) {
				const found = attempt();
				if (found) return found;
			}
			return undefined;
		},
	};
}

function entitiesOf(story: Pick<StoryFile, 'people' | 'organizations' | 'places'>): Array<{kind: EntityKind; entity: AnyEntity}> {
	return [
		...story.people.map(entity => ({kind: 'person' as const, entity})),
		...story.organizations.map(entity => ({kind: 'organization' as const, entity})),
		...story.places.map(entity => ({kind: 'place' as const, entity})),
	];
}

/** The existing entity an imported one stands for, or undefined (see the module's comment). */
export function createEntityMatcher(existing: StoryFile): (kind: EntityKind, entity: AnyEntity) => string | undefined {
	const index = createEntityIndex();
	for (const {kind, entity} of entitiesOf(existing)) index.add(kind, entity);
	return index.match;
}

/**
 * One entry per entity within one story: an entity that stands for an earlier one (by the rules above)
 * is folded into it — its names become aliases, its citations join — and every reference to it moves.
 */
export function mergeDuplicateEntities<T extends Pick<StoryFile, 'people' | 'organizations' | 'places' | 'facts' | 'events' | 'quotes'>>(story: T): T {
	const index = createEntityIndex();
	const into = new Map<string, string>();
	const kept = new Map<string, {kind: EntityKind; entity: AnyEntity}>();
	for (const {kind, entity} of entitiesOf(story)) {
		const match = index.match(kind, entity);
		const target = match ? kept.get(match) : undefined;
		if (target && target.kind === kind) {
			into.set(entity.id, match!);
			const names = new Set([target.entity.name, ...target.entity.aliases].map(nameKey));
			const aliases = [entity.name, ...entity.aliases].filter(name => !names.has(nameKey(name)));
			const known = new Set(target.entity.cites.map(citation => `${citation.article}\u0000${citation.paragraph}`));
			target.entity = {...target.entity, aliases: [...target.entity.aliases, ...new Set(aliases)], cites: [...target.entity.cites, ...entity.cites.filter(citation => !known.has(`${citation.article}\u0000${citation.paragraph}`))]};
			index.add(kind, target.entity);
			continue;
		}
		kept.set(entity.id, {kind, entity});
		index.add(kind, entity);
	}
	if (into.size === 0) return story;
	const to = (id: string) => into.get(id) ?? id;
	const all = (ids: string[]) => [...new Set(ids.map(to))];
	const keptOf = <E extends AnyEntity>(kind: EntityKind) => [...kept.values()].filter(entry => entry.kind === kind).map(entry => entry.entity as E);
	return {
		...story,
		people: keptOf<Person>('person').map(person => ({...person, ...(person.country ? {country: to(person.country)} : {}), organizations: all(person.organizations)})),
		organizations: keptOf<Organization>('organization').map(organization => ({...organization, ...(organization.country ? {country: to(organization.country)} : {})})),
		places: keptOf<Place>('place').map(place => (place.within && to(place.within) !== place.id ? {...place, within: to(place.within)} : (({within: _within, ...rest}) => rest)(place))),
		facts: story.facts.map(fact => ({...fact, about: all(fact.about)})),
		events: story.events.map(event => ({...event, involves: all(event.involves)})),
		quotes: story.quotes.map(quote => (quote.speaker ? {...quote, speaker: to(quote.speaker)} : quote)),
	};
}
