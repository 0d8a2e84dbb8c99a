import type {Article, Difference, Fact} from '../model/schema.js';
import {articleSentences, createSideFacts, type ArticleSentence} from './article-sentences.js';
import {happeningWords} from './merge-happenings.js';

// The same quantity given other values by outlets writing on the same day: "22 dead" against "23
// killed", "at least 80 people died" against "more than 100 were killed". A number is read with what it
// counts: the state a toll names near it (dead, injured, missing, arrested, displaced) or else the noun
// after it, so "22 dead" and "32 injured" are two quantities, never a difference. Outlets on different
// days are not compared: a toll that rises from one day to the next is an update, not a disagreement.

const spelled = new Map(
	Object.entries({one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, dozen: 12}),
);
const scale = new Map(Object.entries({hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000}));
const states: Array<[string, RegExp]> = [
	['dead', /^(?:killed|killing|dead|died|die|deaths?|fatalities|lives|bodies|toll)$/u],
	['injured', /^(?:injured|wounded|hurt|injuries|injuring|wounding)$/u],
	['missing', /^missing$/u],
	['arrested', /^(?:arrested|detained|arrests|detentions)$/u],
	['displaced', /^(?:displaced|homeless|evacuated|evacuees|fled|refugees)$/u],
];
// What a number of these measures is a length of time or a share, not a count of something reported.
const notCounts = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times?|percent|per|cent|am|pm|a\.m\.|p\.m\.|%|miles?|km|kilometres?|kilometers?|metres?|meters?|feet|kg|tonnes?|tons?|degrees?)$/u;
const generic = /^(?:people|persons|others|more|of|were|are|had|have|was|and|in|at|the|a)$/u;

export type Figure = {count: string; value: number; sentence: ArticleSentence; share?: boolean};

const plural = (noun: string) => (/[^aeiou]y$/u.test(noun) ? `${noun.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/u.test(noun) ? `${noun}es` : `${noun}s`);
const singular = (word: string) => word.replace(/ies$/u, 'y').replace(/(?<=[^s])s$/u, '');

/** The counts a sentence gives, each with what it counts. */
export function figuresOf(sentence: ArticleSentence): Figure[] {
	const raw = sentence.text.split(/\s+/);
	const words = raw.map(word => word.toLowerCase().replace(/^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}%]+$/gu, ''));
	const figures: Figure[] = [];
	for (let index = 0; index < words.length; index++) {
		const word = words[index]!;
		const share = shareAt(words, index);
		if (share) {
			figures.push({...share, sentence, share: true});
			continue;
		}
		let value = /^\d{1,3}(?:,\d{3})+$|^\d+$/u.test(word) ? Number(word.replace(/,/gu, '')) : spelled.get(word);
		if (value === undefined) continue;
		// Years, money and hyphenated ages ("18-month-old") are not counts.
		if (/^(?:1[89]|20)\d{2}$/u.test(word) || /^[$€£]/u.test(raw[index] ?? '')) continue;
		let next = index + 1;
		while (scale.has(words[next] ?? '')) value *= scale.get(words[next++]!)!;
		if (notCounts.test(words[next] ?? '') || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/u.test(words[next] ?? '') || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/u.test(words[index - 1] ?? '')) continue;
		// The nearest toll word within four words either side says what a number of people counts.
		let state: string | undefined;
		for (let distance = 1; distance <= 4 && !state; distance++) {
			for (const at of [next + distance - 1, index - distance]) {
				const found = states.find(([, pattern]) => pattern.test(words[at] ?? ''));
				if (found) {
					state = found[0];
					break;
				}
			}
		}
		// "29 of the 90 seats": the part counts the seats; the whole (90) is how many there are, not a count reported.
		const partOf = words[next] === 'of' && (words[next + 1] === 'the' || words[next + 1] === 'its' || words[next + 1] === 'their') && /^\d[\d,]*$/u.test(words[next + 2] ?? '') ? next + 3 : undefined;
		if (/^(?:the|its|their)$/u.test(words[index - 1] ?? '') && words[index - 2] === 'of' && /^\d[\d,]*$/u.test(words[index - 3] ?? '')) continue;
		const counted = partOf ?? next;
		const noun = words[counted] && !generic.test(words[counted]!) && /^\p{L}{3,}$/u.test(words[counted]!) ? singular(words[counted]!) : undefined;
		const count = state ?? noun;
		if (count) figures.push({count, value, sentence});
	}
	return figures;
}

// "Turnout was 61%", "turnout reached 58 per cent": a verb linking a share to what it measures.
const shareLinks = /^(?:was|is|were|are|reached|hit|at|stood|rose|fell|of|to|about|around|nearly|almost|just|over|under)$/u;

/**
 * A share ("31.4%", "31.4 percent", "31.4 per cent") and what it is a share of: "of the vote" after it, or the
 * noun a linking verb ties it to before it ("Turnout was 61%"). A share of nothing named is no figure.
 */
function shareAt(words: string[], index: number): {count: string; value: number} | undefined {
	const word = words[index]!;
	let number = /^(\d{1,3}(?:\.\d+)?)%$/u.exec(word)?.[1];
	let next = index + 1;
	if (number === undefined && /^\d{1,3}(?:\.\d+)?$/u.test(word)) {
		if (words[next] === 'percent') next += 1;
		else if (words[next] === 'per' && words[next + 1] === 'cent') next += 2;
		else return undefined;
		number = word;
	}
	if (number === undefined) return undefined;
	const value = Number(number);
	if (words[next] === 'of') {
		const of = words[next + 1] === 'the' || words[next + 1] === 'all' ? words[next + 2] : words[next + 1];
		if (of && /^\p{L}{3,}$/u.test(of) && !generic.test(of)) return {count: `% of the ${singular(of)}`, value};
	}
	let before = index - 1;
	while (before >= 0 && index - before <= 3 && shareLinks.test(words[before]!)) before--;
	if (before < index - 1 && before >= 0 && /^\p{L}{4,}$/u.test(words[before]!) && !generic.test(words[before]!)) return {count: `% ${words[before]!}`, value};
	return undefined;
}

/**
 * Differences between outlets that give the same count other values on the same day; with `fresh` (the
 * articles `--into` adds) only those with a side in one of them, and none whose topic the story lists.
 */
export function figureDifferences(articles: Article[], facts: Fact[], newId: (fallback: string) => string, fresh?: Set<string>, known: Difference[] = []): {differences: Difference[]; facts: Fact[]} {
	const articleOf = new Map(articles.map(article => [article.id, article]));
	const groups = new Map<string, Map<string, Figure>>();
	for (const article of articles) {
		for (const figure of articleSentences(article).flatMap(figuresOf)) {
			const key = `${article.published ?? ''}\u0000${figure.count}`;
			const byOutlet = groups.get(key) ?? new Map<string, Figure>();
			groups.set(key, byOutlet);
			// Each outlet's highest figure for the count: a toll that rose within one article is its latest.
			const earlier = byOutlet.get(article.outlet);
			if (!earlier || earlier.value < figure.value) byOutlet.set(article.outlet, figure);
		}
	}
	const sideFacts = createSideFacts(facts, newId);
	const listed = new Set(known.map(difference => difference.topic));
	const differences: Difference[] = [];
	for (const [key, byOutlet] of groups) {
		const figures = [...byOutlet.values()];
		if (figures.length < 2 || new Set(figures.map(figure => figure.value)).size < 2) continue;
		if (fresh && !figures.some(figure => fresh.has(figure.sentence.article))) continue;
		const count = key.split('\u0000')[1]!;
		// A count of things (not a toll) is the same quantity only where the sentences say more in common.
		const tolls = new Set(states.map(([name]) => name));
		if (!tolls.has(count)) {
			const wordsOf = (figure: Figure) => happeningWords(figure.sentence.text.replace(/\d+/gu, ' '), new Set([count, `${count}s`]));
			const first = wordsOf(figures[0]!);
			// Two words besides the count: "after two sexting scandals" and "three sexting scandals was one
			// too many" share only what they count, and speak of different spans of time.
			// A share names what it is of ("% of the vote", "% turnout"): one more word in common is enough.
			const needed = figures[0]!.share ? 1 : 2;
			if (!figures.slice(1).every(figure => [...wordsOf(figure)].filter(word => first.has(word)).length >= needed)) continue;
		}
		const day = articleOf.get(figures[0]!.sentence.article)?.published;
		const unit = figures[0]!.share ? '%' : '';
		const values = [...new Set(figures.map(figure => figure.value))].map(value => `${value}${unit}`).join(' or ');
		const topic = figures[0]!.share ? `${count.replace(/^% (?!of)/u, '% for ').replace(/^%/u, 'Share')}${day ? ` (${day})` : ''}: ${values}` : `How many ${tolls.has(count) ? count : plural(count)}${day ? ` (${day})` : ''}: ${values}`;
		if (listed.has(topic)) continue;
		listed.add(topic);
		differences.push({
			id: newId(`difference-figures-${differences.length + 1}`),
			topic,
			note: `${figures.map(figure => `${articleOf.get(figure.sentence.article)?.outlet ?? figure.sentence.article} gives ${figure.value}${unit}`).join('; ')}${day ? `, all on ${day}` : ''}. Found automatically: the same ${figures[0]!.share ? 'share' : 'count'} (${count}) with other values; compare the sentences.`,
			sides: figures.map(figure => ({article: figure.sentence.article, refs: [sideFacts.factFor(figure.sentence, 'number').id]})),
		});
	}
	return {differences, facts: sideFacts.added};
}
