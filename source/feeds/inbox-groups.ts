import type {StoryFile} from '../model/schema.js';
import {dayOf, profileOf, type Profile, type ProfileEntity} from './article-profile.js';
import {compareProfiles, describeSignal} from './profile-score.js';

// The inbox grouped by happening: articles that share people, places and organisations (not only a
// country) and headline words, near in date, are one candidate story. Pure. Articles are taken in the
// order published; each joins the group it scores best against (its profile is the union of its
// articles'), when that reaches the threshold, else starts a group. Only groups that share a name with
// the article are scored, found through an index of names, so that a thousand articles group in well
// under the two seconds issue 25 allows. The threshold was chosen on the ingest-dev articles (the Kim
// story's eleven against the other happenings: test/feeds/grouping-dev.test.ts).

export type GroupMember = {id: string; story: StoryFile};

export type InboxGroup = {
	/** The id of its first article: names the group while the inbox changes around it. */
	key: string;
	/** Its articles, in the order published. */
	members: string[];
	/** A title for the group: the headline of its article with most in common with the others. */
	title: string;
	outlets: string[];
	/** First and last publication day, ISO (undefined when no article is dated). */
	from?: string;
	to?: string;
	/** The people, organisations and places most of its articles name, most named first. */
	names: string[];
	/** Per joining article, why it joined (--explain). */
	reasons: Array<{id: string; score: number; signals: string[]}>;
};

/** A name held by more groups than this finds no candidates (see below). */
const commonNameGroups = 12;

/** The least score that puts an article into a group. */
export const groupThreshold = 7;

type Building = {members: GroupMember[]; titleWords: Array<Set<string>>; profile: Profile; reasons: InboxGroup['reasons']; counts: Map<ProfileEntity, number>};

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const publishedDay = (story: StoryFile) => story.articles.map(article => dayOf(article.published)).find(day => day !== undefined);

/** Folds an article's profile into a group's, so that later articles are compared with everything it names. */
function absorb(group: Building, article: Profile): void {
	for (const entity of article.entities) {
		const found = entity.keys.map(key => group.profile.byKey.get(key)).find(Boolean);
		const into = found ?? entity;
		group.counts.set(into, (group.counts.get(into) ?? 0) + 1);
		if (found) continue;
		group.profile.entities.push(entity);
		for (const key of entity.keys) if (!group.profile.byKey.has(key)) group.profile.byKey.set(key, entity);
		for (const key of entity.variants) if (!group.profile.byVariant.has(key)) group.profile.byVariant.set(key, entity);
		if (entity.surname && !group.profile.bySurname.has(entity.surname)) group.profile.bySurname.set(entity.surname, entity);
	}
	for (const word of article.titleWords) group.profile.titleWords.add(word);
	if (article.latestDay !== undefined) group.profile.latestDay = Math.max(group.profile.latestDay ?? article.latestDay, article.latestDay);
}

const emptyProfile = (): Profile => ({entities: [], byKey: new Map(), byVariant: new Map(), bySurname: new Map(), titleWords: new Set(), latestDay: undefined});

export function groupInbox(articles: readonly GroupMember[]): InboxGroup[] {
	const ordered = articles
		.map(member => ({member, profile: profileOf(member.story), day: publishedDay(member.story) ?? Number.POSITIVE_INFINITY}))
		.sort((a, b) => a.day - b.day || a.member.id.localeCompare(b.member.id));
	const groups: Building[] = [];
	// Name keys (not of countries: every story has one) to the groups that hold them.
	const byName = new Map<string, Set<Building>>();
	const index = (group: Building, profile: Profile) => {
		for (const entity of profile.entities) {
			if (entity.broad) continue;
			for (const key of entity.indexKeys) {
				const set = byName.get(key) ?? new Set();
				set.add(group);
				byName.set(key, set);
			}
		}
	};
	for (const {member, profile} of ordered) {
		const candidates = new Set<Building>();
		for (const entity of profile.entities) {
			if (entity.broad) continue;
			for (const key of entity.indexKeys) {
				const holders = byName.get(key);
				// A name in many groups (a news agency, the UN) tells no happening from another: it still
				// counts in the score, but does not make every group a candidate.
				if (holders && holders.size <= commonNameGroups) for (const group of holders) candidates.add(group);
			}
		}
		let best: {group: Building; score: number; signals: string[]} | undefined;
		for (const group of candidates) {
			const comparison = compareProfiles(profile, group.profile);
			if (comparison.specific === 0 || comparison.score < groupThreshold) continue;
			if (!best || comparison.score > best.score) best = {group, score: comparison.score, signals: comparison.signals.map(describeSignal)};
		}
		const group: Building = best?.group ?? {members: [], titleWords: [], profile: emptyProfile(), reasons: [], counts: new Map()};
		if (!best) groups.push(group);
		else group.reasons.push({id: member.id, score: best.score, signals: best.signals});
		group.members.push(member);
		group.titleWords.push(profile.titleWords);
		absorb(group, profile);
		index(group, profile);
	}
	return groups.map(describeGroup).sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '') || b.members.length - a.members.length || a.key.localeCompare(b.key));
}

function describeGroup(group: Building): InboxGroup {
	const stories = group.members.map(member => member.story);
	const days = stories.map(publishedDay).filter((day): day is number => day !== undefined);
	const names = [...group.counts].filter(([entity]) => !entity.broad).sort((a, b) => b[1] - a[1] || b[0].mentions - a[0].mentions).slice(0, 5).map(([entity]) => entity.name);
	// The headline whose words the other headlines share most: the most typical of the group.
	const headline = (story: StoryFile) => story.articles[0]?.title ?? story.story.title;
	const sharedWords = group.titleWords.map((words, index) => [...words].reduce((sum, word) => sum + group.titleWords.filter((other, at) => at !== index && other.has(word)).length, 0));
	const typical = stories[sharedWords.indexOf(Math.max(...sharedWords))]!;
	return {
		key: group.members[0]!.id,
		members: group.members.map(member => member.id),
		title: headline(typical),
		outlets: [...new Set(stories.flatMap(story => story.articles.map(article => article.outlet)))],
		...(days.length > 0 ? {from: isoDay(Math.min(...days)), to: isoDay(Math.max(...days))} : {}),
		names,
		reasons: group.reasons,
	};
}
