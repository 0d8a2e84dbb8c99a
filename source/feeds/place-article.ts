import type {StoryFile} from '../model/schema.js';
import {profileOf, type Profile} from './article-profile.js';
import {compareProfiles, describeSignal, type Comparison} from './profile-score.js';

// Which followed story a newly imported article clearly belongs to, if any. Pure: the article and the
// stories in, a decision with its score and reasons out (refresh places it; --explain prints the
// reasons). "Clearly" means three things: its score against the best story reaches the threshold, it
// shares at least one person, organisation or place that is not a country with it, and no other story
// comes within the margin (an article between two stories waits in the inbox rather than be guessed).
// The threshold and margin were chosen on the ingest-dev articles (test/feeds/placing-dev.test.ts).

/** A story of the library as read from its file. */
export type StoryOnDisk = {id: string; file: string; story: StoryFile};

export type Placement = {
	/** The story the article belongs to, or undefined: the inbox. */
	story: string | undefined;
	/** Its score against the best story (0 when there is none). */
	score: number;
	/** Why: the best story's signals, and why it was or was not chosen. */
	reasons: string[];
};

/** The least score that places an article into a story. */
export const placeThreshold = 8;
/** How far ahead of the next story the best must be. */
export const placeMargin = 3;

export type Placer = (article: StoryFile) => Placement;

/** Profiles every story once; the placer then compares each new article with them. */
export function createPlacer(stories: readonly StoryOnDisk[]): Placer {
	const profiles = stories.map(story => ({id: story.id, title: story.story.story.title, profile: profileOf(story.story)}));
	return article => decide(profileOf(article), profiles);
}

export function placeArticle(article: StoryFile, stories: readonly StoryOnDisk[]): Placement {
	return createPlacer(stories)(article);
}

type Candidate = {id: string; title: string; comparison: Comparison};

function decide(article: Profile, stories: ReadonlyArray<{id: string; title: string; profile: Profile}>): Placement {
	const ranked: Candidate[] = stories.map(story => ({id: story.id, title: story.title, comparison: compareProfiles(article, story.profile)})).sort((a, b) => b.comparison.score - a.comparison.score);
	const [best, next] = ranked;
	if (!best) return {story: undefined, score: 0, reasons: ['no followed story to compare with']};
	const reasons = [`best match: "${best.title}" (${best.id}), score ${best.comparison.score}`, ...best.comparison.signals.map(signal => `  ${describeSignal(signal)}`)];
	const refuse = (why: string): Placement => ({story: undefined, score: best.comparison.score, reasons: [...reasons, `not placed: ${why}`]});
	if (best.comparison.score < placeThreshold) return refuse(`score below the threshold ${placeThreshold}`);
	if (best.comparison.specific === 0) return refuse('it shares no person, organisation or place other than a country');
	if (next && best.comparison.score - next.comparison.score < placeMargin) {
		return refuse(`"${next.title}" (${next.id}) scores ${next.comparison.score}, within ${placeMargin} of the best`);
	}
	return {story: best.id, score: best.comparison.score, reasons: [...reasons, `placed: score ${best.comparison.score} ≥ threshold ${placeThreshold}`]};
}
