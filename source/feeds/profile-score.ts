import {plural} from '../model/labels.js';
import type {Profile, ProfileEntity} from './article-profile.js';

// How much a new article (or an inbox group) has in common with a story, as a sum of signals, each a
// row of a table with an id and the reason --explain prints: shared people, organisations and places
// (a subject of the article weighs more than a passing mention; a country, shared by many unrelated
// stories, little; a surname alone half), shared headline words, and how near its date is to the
// story's latest. The weights were chosen on the ingest-dev articles (test/feeds/placing-dev.test.ts
// prints precision and recall); what counts as "clearly belongs" is the threshold in place-article.ts.

export type SignalId = 'people' | 'organizations' | 'places' | 'surnames' | 'title-words' | 'dates';

export type Signal = {id: SignalId; points: number; reason: string};

export type Comparison = {score: number; signals: Signal[]; /** Shared entities that are not countries: without one, never "clearly" the same story. */ specific: number};

const kindWeight = {person: 3, organization: 2, place: 1.5} as const;
const broadFactor = 0.2;
const passingFactor = 0.6;
const surnameFactor = 0.5;
const titleWordPoints = 1;
const titleWordsCap = 4;

/** Points by the gap in days between the article and the story's latest day, nearest first. */
export const dateSteps: ReadonlyArray<{within: number; points: number}> = [
	{within: 3, points: 2},
	{within: 14, points: 1},
	{within: 60, points: 0},
	{within: 365, points: -2},
	{within: Number.POSITIVE_INFINITY, points: -4},
];

function entityPoints(entity: ProfileEntity): number {
	return kindWeight[entity.kind] * (entity.broad ? broadFactor : 1) * (entity.mentions >= 2 ? 1 : passingFactor);
}

const round = (value: number) => Math.round(value * 10) / 10;
const names = (list: ProfileEntity[]) => list.map(entity => entity.name).join(', ');

/** The story's entity `entity` names: by a name, by a name against its initials, by its initials against a name. */
function findIn(story: Profile, entity: ProfileEntity): ProfileEntity | undefined {
	for (const key of entity.keys) {
		const found = story.byKey.get(key) ?? story.byVariant.get(key);
		if (found) return found;
	}
	for (const key of entity.variants) {
		const found = story.byKey.get(key);
		if (found) return found;
	}
	return undefined;
}

/** The signals `article` shares with `story`, strongest first in the reasons. */
export function compareProfiles(article: Profile, story: Profile): Comparison {
	const shared = {person: [] as ProfileEntity[], organization: [] as ProfileEntity[], place: [] as ProfileEntity[], surname: [] as ProfileEntity[]};
	const points = {person: 0, organization: 0, place: 0, surname: 0};
	let specific = 0;
	const seen = new Set<ProfileEntity>();
	for (const entity of article.entities) {
		const match = findIn(story, entity);
		if (match) {
			if (seen.has(match)) continue;
			seen.add(match);
			shared[entity.kind].push(entity);
			points[entity.kind] += entityPoints(entity);
			if (!entity.broad && !match.broad) specific++;
			continue;
		}
		// "Putin" for "Vladimir Putin", or two people of one surname: weaker evidence.
		if (entity.kind !== 'person') continue;
		const surname = entity.surname ?? (entity.keys[0] && !entity.keys[0].includes(' ') ? entity.keys[0] : undefined);
		const bySurname = surname ? story.bySurname.get(surname) : undefined;
		if (bySurname && !seen.has(bySurname)) {
			seen.add(bySurname);
			shared.surname.push(entity);
			points.surname += entityPoints(entity) * surnameFactor;
		}
	}
	const signals: Signal[] = [];
	if (shared.person.length > 0) signals.push({id: 'people', points: points.person, reason: `shares ${plural(shared.person.length, 'person', 'people')}: ${names(shared.person)}`});
	if (shared.organization.length > 0) signals.push({id: 'organizations', points: points.organization, reason: `shares ${plural(shared.organization.length, 'organisation')}: ${names(shared.organization)}`});
	if (shared.place.length > 0) signals.push({id: 'places', points: points.place, reason: `shares ${plural(shared.place.length, 'place')}: ${names(shared.place)}`});
	if (shared.surname.length > 0) signals.push({id: 'surnames', points: points.surname, reason: `a surname only: ${names(shared.surname)}`});
	const words = [...article.titleWords].filter(word => story.titleWords.has(word));
	if (words.length > 0) signals.push({id: 'title-words', points: Math.min(titleWordsCap, words.length) * titleWordPoints, reason: `headline words in common: ${words.join(', ')}`});
	if (article.latestDay !== undefined && story.latestDay !== undefined) {
		const gap = Math.abs(article.latestDay - story.latestDay);
		const step = dateSteps.find(candidate => gap <= candidate.within)!;
		signals.push({id: 'dates', points: step.points, reason: `${plural(gap, 'day')} from the story's latest`});
	}
	for (const signal of signals) signal.points = round(signal.points);
	signals.sort((a, b) => b.points - a.points);
	return {score: round(signals.reduce((sum, signal) => sum + signal.points, 0)), signals, specific};
}

/** "+7.5 shares 2 people: Kim Jong Un, Vladimir Putin" — one line of --explain. */
export const describeSignal = (signal: Signal) => `${signal.points >= 0 ? '+' : ''}${signal.points} ${signal.reason}`;
