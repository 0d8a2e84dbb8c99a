import path from 'node:path';
import type {Citation, StoryFile} from '../../source/model/schema.js';

// Scores a story built from several articles against a hand-written story gold (stories/*.json): the
// measures of issue 23. Kept apart from the importer's code (its own name keys, its own matching) so
// that a bug in the merge cannot also hide in the yardstick.

/** Paragraph numbers by article name (the article file's name without .txt). */
type Paragraphs = Record<string, number[]>;

export type StoryGold = {
	/** Where the articles are: a corpus of ../shared/corpora (its tune part only), else ../shared/ingest-dev. */
	corpus?: string;
	title: string;
	articles: string[];
	happenings: Array<{what: string; date: string; status: 'happened' | 'expected' | 'historical'; reports: Paragraphs}>;
	entities: Array<{kind: string; variants: string[]}>;
	differences: Array<{topic: string; sides: Paragraphs}>;
	clutter: Array<{article: string; paragraph: number; kind: string; words: string}>;
};

export type StoryScores = {
	/** Happenings reported by two or more articles, and those one event cites in every one of them. */
	multiOutlet: number;
	merged: number;
	/** Events that report two different happenings of the gold (lumped together). */
	lumped: number;
	eventsMatched: number;
	/** Gold entities found, and those found as two or more entries. */
	entitiesFound: number;
	entitiesSplit: number;
	differencesGold: number;
	differencesFound: number;
	differencesListed: number;
	differencesReal: number;
	/** Past happenings matched by an event, and those with an event marked expected. */
	pastMatched: number;
	pastExpected: number;
	keyFacts: number;
	keyFactsClutter: number;
	summaryClutter: number;
	misses: string[];
};

const key = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** For each kept paragraph, the number of the file's paragraph it came from (in order; unchanged when not found). */
function fileParagraphNumbers(kept: string[], raw: string[] | undefined): number[] {
	if (!raw) return kept.map((_, index) => index + 1);
	const numbers: number[] = [];
	let next = 0;
	for (const [index, paragraph] of kept.entries()) {
		const start = key(paragraph).slice(0, 40);
		const found = raw.findIndex((candidate, rawIndex) => rawIndex >= next && key(candidate).includes(start));
		if (found === -1) numbers.push(numbers.length > 0 ? numbers.at(-1)! + 1 : index + 1);
		else {
			numbers.push(found + 1);
			next = found + 1;
		}
	}
	return numbers;
}

const datesAgree = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * `names` gives the gold's article name for an article's URL or file (articles read from a file with a
 * URL header keep the URL, not the file). `rawParagraphs` gives, per gold article name, its paragraphs as
 * the file has them: the gold counts those, and the importer's citations count the paragraphs left after
 * clutter, so each cited paragraph is found again in the file by its text.
 */
export function scoreStoryAgainstGold(story: StoryFile, gold: StoryGold, names: Map<string, string>, rawParagraphs = new Map<string, string[]>()): StoryScores {
	const misses: string[] = [];
	const nameOf = new Map(story.articles.map(article => [article.id, names.get(article.url ?? '') ?? (article.file ? path.basename(article.file).replace(/\.\w+$/, '') : article.id)]));
	const fileNumber = new Map(story.articles.map(article => [article.id, fileParagraphNumbers(article.paragraphs ?? [], rawParagraphs.get(nameOf.get(article.id)!))]));
	const paragraphOf = (citation: Citation) => fileNumber.get(citation.article)?.[citation.paragraph - 1] ?? citation.paragraph;
	const cited = (cites: Citation[], wanted: Paragraphs) => new Set(cites.filter(citation => wanted[nameOf.get(citation.article)!]?.includes(paragraphOf(citation))).map(citation => nameOf.get(citation.article)!));

	// One event per happening, citing every article that reports it.
	let multiOutlet = 0;
	let merged = 0;
	let pastMatched = 0;
	let pastExpected = 0;
	const happeningsOf = new Map<string, number>();
	for (const happening of gold.happenings) {
		const reporting = Object.keys(happening.reports);
		const events = story.events.filter(event => datesAgree(event.date, happening.date) && cited(event.cites, happening.reports).size > 0);
		for (const event of events) happeningsOf.set(event.id, (happeningsOf.get(event.id) ?? 0) + 1);
		if (reporting.length >= 2) {
			multiOutlet++;
			const best = Math.max(0, ...events.map(event => cited(event.cites, happening.reports).size));
			if (best === reporting.length) merged++;
			else misses.push(`happening "${happening.what}": ${events.length} events, the best cites ${best} of ${reporting.length} reporting articles`);
		}
		if (happening.status !== 'expected') {
			// An event at least as precise as the happening's date, so a forecast of a later month is not it.
			const precise = events.filter(event => event.date.startsWith(happening.date));
			if (precise.length > 0) pastMatched++;
			const expected = precise.filter(event => event.status === 'expected');
			if (expected.length > 0) {
				pastExpected++;
				misses.push(`happening "${happening.what}" (past) marked expected: ${expected.map(event => `"${event.title}"`).join(', ')}`);
			}
		}
	}
	const lumped = [...happeningsOf.values()].filter(count => count >= 2).length;

	// One entity per entity: entries whose name is one of the variants.
	const entities = [...story.people, ...story.organizations, ...story.places];
	let entitiesFound = 0;
	let entitiesSplit = 0;
	for (const entity of gold.entities) {
		const variants = new Set(entity.variants.map(key));
		const entries = entities.filter(entry => variants.has(key(entry.name)));
		if (entries.length > 0) entitiesFound++;
		if (entries.length >= 2) {
			entitiesSplit++;
			misses.push(`entity ${entity.variants[0]} split: ${entries.map(entry => `"${entry.name}"`).join(', ')}`);
		}
	}

	// Differences: a listed one is real when two of its sides cite two sides of a gold difference.
	const itemCites = new Map<string, Citation[]>([...story.facts, ...story.events, ...story.quotes].map(item => [item.id, item.cites]));
	const sideCites = (side: StoryFile['differences'][number]['sides'][number]) => side.refs.flatMap(ref => itemCites.get(ref) ?? []).filter(citation => citation.article === side.article);
	const matchesGold = (difference: StoryFile['differences'][number], goldDifference: StoryGold['differences'][number]) => {
		const sides = difference.sides.map(side => cited(sideCites(side), goldDifference.sides));
		const articles = new Set(sides.flatMap(side => [...side]));
		return sides.filter(side => side.size > 0).length >= 2 && articles.size >= 2;
	};
	const differencesFound = gold.differences.filter(goldDifference => story.differences.some(difference => matchesGold(difference, goldDifference))).length;
	for (const goldDifference of gold.differences) if (!story.differences.some(difference => matchesGold(difference, goldDifference))) misses.push(`difference not found: ${goldDifference.topic}`);
	const real = story.differences.filter(difference => gold.differences.some(goldDifference => matchesGold(difference, goldDifference)));
	for (const difference of story.differences) if (!real.includes(difference)) misses.push(`difference listed, not real: ${difference.topic}`);

	// Key facts and the summary never a caption, a credit, a dateline or a wire line.
	const isClutter = (text: string, cites: Citation[]) =>
		gold.clutter.some(item => key(text).startsWith(key(item.words)) && (cites.length === 0 || cites.some(citation => nameOf.get(citation.article) === item.article && paragraphOf(citation) === item.paragraph)));
	const keyFacts = story.facts.filter(fact => fact.category === 'key-fact');
	const clutterFacts = keyFacts.filter(fact => isClutter(fact.text, fact.cites));
	for (const fact of clutterFacts) misses.push(`key fact is clutter: "${fact.text.slice(0, 60)}"`);
	// The summary's sentences without the outlets listed after each ("[TASS]" is a citation, not a wire line).
	const summarySentences = story.story.summary.replace(/\s*\[[^\]]*\]/gu, '').split(/(?<=[.!?])\s+/u);
	const summaryClutter = summarySentences.filter(sentence => isClutter(sentence, [])).length;

	return {
		multiOutlet,
		merged,
		lumped,
		eventsMatched: happeningsOf.size,
		entitiesFound,
		entitiesSplit,
		differencesGold: gold.differences.length,
		differencesFound,
		differencesListed: story.differences.length,
		differencesReal: real.length,
		pastMatched,
		pastExpected,
		keyFacts: keyFacts.length,
		keyFactsClutter: clutterFacts.length,
		summaryClutter,
		misses,
	};
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const share = (part: number, whole: number, empty = 1) => (whole === 0 ? empty : part / whole);

/** The figures the baseline keeps: higher is better for each, so the ratchet reads them all alike. */
export function storyHeadline(scores: StoryScores): Record<string, number> {
	return {
		happeningsMerged: round(share(scores.merged, scores.multiOutlet)),
		happeningsApart: round(1 - share(scores.lumped, scores.eventsMatched, 0)),
		entitiesWhole: round(1 - share(scores.entitiesSplit, scores.entitiesFound, 0)),
		differencesFound: round(share(scores.differencesFound, scores.differencesGold)),
		differencesReal: round(share(scores.differencesReal, scores.differencesListed)),
		pastNotExpected: round(1 - share(scores.pastExpected, scores.pastMatched, 0)),
		keyFactsClean: round(1 - share(scores.keyFactsClutter + scores.summaryClutter, scores.keyFacts + 1, 0)),
	};
}
