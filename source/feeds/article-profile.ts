import type {Organization, Person, Place, StoryFile} from '../model/schema.js';
import {nameKey, variantKeys, type EntityKind} from '../library/match-entities.js';
import {happeningWords} from '../library/merge-happenings.js';

// What placing and grouping compare of a story or an imported article, computed once: the names of its
// people, organisations and places under the same keys entity matching uses (a name, its aliases, its
// initials, a region with or without its division word), a person's surname apart (weaker), the words
// of its headlines, and its days. Comparing two profiles is then a few set lookups, so that placing one
// article against a library, or grouping a thousand, stays linear in what is compared.

export type ProfileEntity = {
	kind: EntityKind;
	name: string;
	/** The keys of its name and aliases. */
	keys: string[];
	/** Other keys it may be written as: initials ("un"), a region's stem; matched only against names, never against another's initials. */
	variants: string[];
	/** A person's surname key ("putin"), matched at a lower weight. */
	surname?: string;
	/** Keys, variants and surname together: what an index of names files it under. */
	indexKeys: string[];
	/** How many paragraphs name it: one passing mention weighs less than a subject of the article. */
	mentions: number;
	/** A country or a continent: shared by many unrelated stories, so it weighs little. */
	broad: boolean;
};

export type Profile = {
	entities: ProfileEntity[];
	/** Every name key of every entity, to the entity. */
	byKey: Map<string, ProfileEntity>;
	/** Every variant key (initials, region stems) of an organisation or place, to the entity. */
	byVariant: Map<string, ProfileEntity>;
	/** Surname keys of people, to the person. */
	bySurname: Map<string, ProfileEntity>;
	/** Content words of the headlines (stemmed, stop words and names of entities kept: a name in a headline is a topic). */
	titleWords: Set<string>;
	/** The latest day (since 1970) it reports: its newest article's publication, else its latest happened event. */
	latestDay: number | undefined;
};

const broadKinds = /^(?:country|continent|region of the world|ocean|sea)$/iu;

function isBroad(kind: EntityKind, entity: Person | Organization | Place): boolean {
	return kind === 'place' && 'kind' in entity && broadKinds.test(entity.kind);
}

/** Day number of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD; a partial date counts from its first day). */
export function dayOf(date: string | undefined): number | undefined {
	if (!date) return undefined;
	const [year, month = '01', day = '01'] = date.split('-');
	const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
	return Number.isFinite(time) ? Math.floor(time / 86_400_000) : undefined;
}

const noNames = new Set<string>();
const isDay = (day: number | undefined): day is number => day !== undefined;

export function profileOf(story: Pick<StoryFile, 'story' | 'articles' | 'people' | 'organizations' | 'places' | 'events'>): Profile {
	const entities: ProfileEntity[] = [];
	const byKey = new Map<string, ProfileEntity>();
	const byVariant = new Map<string, ProfileEntity>();
	const bySurname = new Map<string, ProfileEntity>();
	const addAll = (kind: EntityKind, list: ReadonlyArray<Person | Organization | Place>) => {
		for (const entity of list) {
			const names = [entity.name, ...entity.aliases];
			const keys = [...new Set(names.map(nameKey).filter(key => key.length >= 2))];
			// A person's initials are no name ("Ann Chiang" is not "Angel Catbird").
			const variants = kind === 'person' ? [] : [...new Set(names.flatMap(variantKeys))].filter(key => !keys.includes(key));
			const words = nameKey(entity.name).split(' ');
			const surname = kind === 'person' && words.length >= 2 && words.at(-1)!.length >= 3 ? words.at(-1) : undefined;
			const mentions = new Set(entity.cites.map(citation => `${citation.article}\u0000${citation.paragraph}`)).size;
			const profiled: ProfileEntity = {kind, name: entity.name, keys, variants, ...(surname ? {surname} : {}), indexKeys: [...keys, ...variants, ...(surname ? [surname] : [])], mentions, broad: isBroad(kind, entity)};
			entities.push(profiled);
			for (const key of keys) if (!byKey.has(key)) byKey.set(key, profiled);
			for (const key of variants) if (!byVariant.has(key)) byVariant.set(key, profiled);
			if (surname && !bySurname.has(surname)) bySurname.set(surname, profiled);
		}
	};
	addAll('person', story.people);
	addAll('organization', story.organizations);
	addAll('place', story.places);
	const titleWords = happeningWords([story.story.title, ...story.articles.map(article => article.title)].join(' '), noNames);
	// Publication dates first: an event's date is read from the text and may be a misreading.
	const published = story.articles.map(article => dayOf(article.published)).filter(isDay);
	const happened = story.events.filter(event => event.status === 'happened').map(event => dayOf(event.dateEnd ?? event.date)).filter(isDay);
	const days = published.length > 0 ? published : happened;
	return {entities, byKey, byVariant, bySurname, titleWords, latestDay: days.length > 0 ? days.reduce((a, b) => Math.max(a, b)) : undefined};
}
