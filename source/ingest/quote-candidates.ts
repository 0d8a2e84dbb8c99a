import type {AnalysedParagraph, EntityKind} from './entities.js';
import {genderOfFirstName} from './first-names.js';
import type {Mention} from './mentions.js';
import {fitsDescription} from './quote-descriptions.js';
import type {FoundQuote, ParagraphReading} from './quote-sieves.js';
import {insideSpan, pronounGender, roleOf, verbsOfSaying, type Gender, type MentionRole} from './quote-surroundings.js';
import {countBetween, firstAtLeast} from './sorted-positions.js';
import {recencyFeatures, recentPeople} from './quote-recency.js';
import {quoteVoice} from './quote-voice.js';
import {withUnattributed} from './quote-unattributed.js';

// The people and bodies who might have said a quotation, each described by what a reader weighs: where
// it is named (the quote's sentence, its paragraph before or after the quote, the paragraphs around),
// whether an attribution names it as the one speaking, whether the sieves chose it, whether it spoke the
// quote before, whether the quote itself names it (people rarely name themselves). The ranker
// (quote-ranker.ts) weighs these features with weights learned from PolNeAR's tune part.

export type SpeakerCandidate = {entity: number; features: string[]};
export type QuoteCandidates = {quote: FoundQuote; candidates: SpeakerCandidate[]; none: string[]};

/** Paragraphs before and after the quote's own whose names may still be its speaker. */
const reachBack = 2;
const reachForward = 1;
/** Characters either side of a quote within which its own paragraph's names and attributions count: a bound on work in a run-on paragraph. */
const reachInParagraph = 1500;

type Place = 'sentence-before' | 'sentence-after' | 'paragraph-before' | 'paragraph-after' | 'previous-paragraph' | 'two-back' | 'next-paragraph';

const placeOrder: Place[] = ['sentence-before', 'sentence-after', 'paragraph-before', 'paragraph-after', 'previous-paragraph', 'next-paragraph', 'two-back'];

const bucket = (value: number, edges: number[]) => {
	const index = edges.findIndex(edge => value <= edge);
	return index < 0 ? `>${edges.at(-1)}` : `≤${edges[index]}`;
};

function shapeOf(quote: FoundQuote): string {
	const text = quote.paragraph.text.trimEnd();
	if (quote.span.start <= 1 && quote.span.end >= text.length - 1) return 'whole';
	if (quote.span.start <= 1) return 'opens';
	return quote.span.text.trim().split(/\s+/).length <= 4 ? 'short-inside' : 'inside';
}

/** What speaks for "none of the candidates": the quote's shape, what the sieves found, how many candidates there are. */
export function noneFeatures(quote: FoundQuote, candidates: number): string[] {
	const sieve = quote.rules[0] ?? 'no-sieve';
	const shape = shapeOf(quote);
	// The speaker rule that decided, "speaker-unnamed" above all: an attribution to nobody named ("critics said").
	const rule = (quote.rules[1] ?? 'no-rule').replace(/ \(.*$/, '');
	return ['none', `none:shape:${shape}`, `none:sieve:${sieve}`, `none:sieve:${sieve}:${quote.speaker === undefined ? 'no-speaker' : 'speaker'}`, `none:rule:${rule}`, `none:rule:${rule}:${shape}`, `none:candidates:${bucket(candidates, [1, 2, 4])}`];
}

/** Every quote's candidates with their features, in the quotes' order. */
export function speakerCandidates(quotes: FoundQuote[], readings: ParagraphReading[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[], kinds: EntityKind[], names: string[], roleWords: ReadonlyArray<ReadonlySet<string>> = []): QuoteCandidates[] {
	const genders = new Map<number, Gender>();
	const genderOf = (entity: number): Gender => {
		if (!genders.has(entity)) genders.set(entity, kinds[entity] === 'person' && names[entity]!.includes(' ') ? genderOfFirstName(names[entity]!.split(/\s+/)[0]!) : undefined);
		return genders.get(entity);
	};
	// A mention's role is the same for every quote that looks at it: read it once.
	const roles = new Map<Mention, MentionRole>();
	const roleOnce = (mention: Mention, reading: ParagraphReading) => roles.get(mention) ?? roles.set(mention, roleOf(mention, reading, mentionsOf(reading.paragraph))).get(mention)!;
	const indexOf = new Map(readings.map((reading, index) => [reading, index]));
	// Where each paragraph's verbs of saying stand (outside its quotations), read once.
	const cueVerbs = new Map(readings.map(reading => [reading, verbsOfSaying(reading)]));
	const sentenceEnds = new Map(readings.map(reading => [reading, reading.paragraph.sentences.map(sentence => sentence.end)]));
	const counts = new Map<number, number>();
	const firstSeen = new Map<number, number>();
	// The paragraphs each entity is named in (outside quotations), in order: whom "the senator" or "he" can still mean.
	const seenIn = new Map<number, number[]>();
	const lastStartIn = new Map<string, number>();
	readings.forEach((reading, index) => {
		for (const mention of mentionsOf(reading.paragraph)) {
			if (insideSpan(mention, reading)) continue;
			counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
			if (!firstSeen.has(mention.entity)) firstSeen.set(mention.entity, index);
			const seen = seenIn.get(mention.entity) ?? seenIn.set(mention.entity, []).get(mention.entity)!;
			if (seen.at(-1) !== index) seen.push(index);
			lastStartIn.set(`${mention.entity}:${index}`, Math.max(mention.start, lastStartIn.get(`${mention.entity}:${index}`) ?? 0));
		}
	});
	/** The last paragraph at or before `here` that names the entity, or -1. */
	const lastSeenBy = (entity: number, here: number) => {
		const seen = seenIn.get(entity) ?? [];
		return seen[firstAtLeast(seen, here + 1) - 1] ?? -1;
	};
	const describedPeople = [...seenIn.keys()].filter(entity => kinds[entity] === 'person' && (roleWords[entity]?.size ?? 0) > 0);
	// The mentions of a quote's own paragraph within reach of it, found by bisection: a paragraph of
	// thousands of quotes and names (one endless sentence) must not cost each quote all of them.
	const byStart = new Map<ParagraphReading, {mentions: Mention[]; starts: number[]; longest: number}>();
	const mentionsNear = (reading: ParagraphReading, from: number, to: number): Mention[] => {
		let sorted = byStart.get(reading);
		if (!sorted) {
			const mentions = mentionsOf(reading.paragraph).toSorted((a, b) => a.start - b.start);
			byStart.set(reading, (sorted = {mentions, starts: mentions.map(mention => mention.start), longest: Math.max(0, ...mentions.map(mention => mention.end - mention.start))}));
		}
		const {mentions, starts, longest} = sorted;
		return mentions.slice(firstAtLeast(starts, from - longest), firstAtLeast(starts, to + 1));
	};
	// Whom each paragraph's attributions name, read once: a run-on paragraph may hold thousands of quotes.
	const paragraphSpeakerSets = new Map<ParagraphReading, Set<number>>();
	const speakersOfParagraph = (reading: ParagraphReading) => paragraphSpeakerSets.get(reading) ?? paragraphSpeakerSets.set(reading, new Set(reading.attributions.flat().flatMap(attribution => (attribution.weak || attribution.speaker === undefined ? [] : [attribution.speaker])))).get(reading)!;
	const speaksFor = (kind: EntityKind | undefined) => kind === 'person' || kind === 'organization';
	const people = [...counts.keys()].filter(entity => kinds[entity] === 'person');
	const topPerson = people.toSorted((a, b) => counts.get(b)! - counts.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!)[0];
	const firstPerson = people.toSorted((a, b) => firstSeen.get(a)! - firstSeen.get(b)!)[0];
	return quotes.map((quote, quoteIndex) => {
		const here = indexOf.get(quote.reading)!;
		// The sentences the quote covers, from the one it opens in to the one it closes in.
		const sentences = quote.paragraph.sentences;
		const lastCovered = Math.max(quote.sentenceIndex, sentences.findIndex(sentence => quote.span.end <= sentence.end));
		const covered = {start: sentences[quote.sentenceIndex]?.start ?? 0, end: Math.max(sentences[lastCovered]?.end ?? 0, quote.span.end + 2)};
		const found = new Map<number, {places: Set<Place>; distance: number; sentencesAway: number; attributionDistance: number; attributed: Set<string>; roles: Set<string>; inQuote: boolean}>();
		const entry = (entity: number) => {
			let item = found.get(entity);
			if (!item) found.set(entity, (item = {places: new Set(), distance: Number.POSITIVE_INFINITY, sentencesAway: Number.POSITIVE_INFINITY, attributionDistance: Number.POSITIVE_INFINITY, attributed: new Set(), roles: new Set(), inQuote: false}));
			return item;
		};
		for (let index = Math.max(0, here - reachBack); index <= Math.min(readings.length - 1, here + reachForward); index++) {
			const reading = readings[index]!;
			for (const mention of index === here ? mentionsNear(reading, quote.span.start - reachInParagraph, quote.span.end + reachInParagraph) : mentionsOf(reading.paragraph)) {
				// A place speaks only when the sieves chose it ("the United States has said"); it is then weighed like the others.
				if (!speaksFor(kinds[mention.entity]) && mention.entity !== quote.speaker) continue;
				if (index === here && (mention.end < quote.span.start - reachInParagraph || mention.start > quote.span.end + reachInParagraph)) continue;
				if (index === here && mention.start >= quote.span.start && mention.end <= quote.span.end) {
					if (found.has(mention.entity)) found.get(mention.entity)!.inQuote = true;
					else entry(mention.entity).inQuote = true;
					continue;
				}
				if (insideSpan(mention, reading)) continue;
				const item = entry(mention.entity);
				const before = mention.end <= quote.span.start;
				let place: Place;
				let distance: number;
				if (index === here) {
					const inSentence = mention.start >= covered.start && mention.end <= covered.end;
					place = inSentence ? (before ? 'sentence-before' : 'sentence-after') : before ? 'paragraph-before' : 'paragraph-after';
					distance = before ? quote.span.start - mention.end : mention.start - quote.span.end;
				} else if (index < here) {
					place = index === here - 1 ? 'previous-paragraph' : 'two-back';
					distance = 400 * (here - index);
				} else {
					place = 'next-paragraph';
					distance = 400 + mention.start;
				}
				item.places.add(place);
				item.distance = Math.min(item.distance, distance);
				const role = roleOnce(mention, reading);
				const near = index === here && (place === 'sentence-before' || place === 'sentence-after') ? 'sentence' : index === here ? 'paragraph' : 'around';
				if (role.besideVerb) item.roles.add(`beside-speech-verb:${near}`);
				if (role.objectLike) item.roles.add(`object-like:${near}`);
				if (role.possessive) item.roles.add(`possessive:${near}`);
				if (role.firstInSentence) item.roles.add(`first-in-sentence:${near}`);
				if (role.apposition) item.roles.add(`apposition:${near}`);
				if (index === here) {
					// A verb of saying between the name and the quote ("Ruiz said … “…”"), and how many sentence ends lie between.
					const [from, to] = before ? [mention.end, quote.span.start] : [quote.span.end, mention.start];
					if (countBetween(cueVerbs.get(reading)!, from, to) > 0) item.roles.add(`verb-between:${near}`);
					item.sentencesAway = Math.min(item.sentencesAway, countBetween(sentenceEnds.get(reading)!, from + 1, to));
				}
			}
			// Attributions whose speaker (named, or a pronoun or description resolved) is the candidate.
			reading.attributions.forEach((list, sentenceIndex) => {
				const sentence = reading.paragraph.sentences[sentenceIndex];
				if (index === here && sentence && (sentence.end < quote.span.start - reachInParagraph || sentence.start > quote.span.start + reachInParagraph)) return;
				for (const attribution of list) {
					if (attribution.speaker === undefined || (!speaksFor(kinds[attribution.speaker]) && attribution.speaker !== quote.speaker)) continue;
					// A reporting verb ("the Kremlin dismissed …") weighs only for the quote it attributed: beside a verb of saying it is no attribution.
					if (attribution.weak && attribution !== quote.attribution) continue;
					if (index === here && Math.abs(attribution.start - quote.span.start) > reachInParagraph) continue;
					const where = index !== here ? (index < here ? 'previous-paragraph' : 'next-paragraph') : sentenceIndex >= quote.sentenceIndex && sentenceIndex <= lastCovered ? 'sentence' : attribution.start < quote.span.start ? 'paragraph-before' : 'paragraph-after';
					const item = entry(attribution.speaker);
					item.attributed.add(`${where}:${attribution.subject.kind}${attribution.weak ? ':weak' : ''}`);
					// With two verbs of saying in the quote's sentence, the one nearer the quote is more likely its own.
					if (where === 'sentence') item.attributionDistance = Math.min(item.attributionDistance, attribution.start < quote.span.start ? quote.span.start - attribution.start : attribution.start - quote.span.end);
				}
			});
		}
		if (quote.speaker !== undefined) entry(quote.speaker);
		const previousQuote = quotes[quoteIndex - 1];
		if (previousQuote?.speaker !== undefined && speaksFor(kinds[previousQuote.speaker])) entry(previousQuote.speaker);
		// Beyond the paragraphs around: whom the article is about (named most, or first) and the last person
		// quoted anywhere before, for "he said" long after the name and a speaker the quotes keep returning to.
		const lastQuoted = quotes.slice(Math.max(0, quoteIndex - 40), quoteIndex).findLast(earlier => earlier.speaker !== undefined && kinds[earlier.speaker] === 'person')?.speaker;
		const global = new Map<number, string[]>();
		for (const [entity, label] of [[topPerson, 'top-person'], [firstPerson, 'first-person'], [lastQuoted, 'last-quoted']] as const) {
			if (entity === undefined) continue;
			global.set(entity, [...(global.get(entity) ?? []), label]);
			entry(entity);
		}

		// Whom the sieves after the deciding one point at is a candidate, whatever the name reader took it for.
		for (const later of quote.laterFindings ?? []) if (later.speaker !== undefined) entry(later.speaker);
		// "the senator said": every person the article described so (a title or an apposition by the name) before the quote.
		const descriptions = new Map([...quote.reading.attributions.slice(quote.sentenceIndex, lastCovered + 2).flat(), ...(quote.attribution ? [quote.attribution] : [])].flatMap(attribution => (attribution.subject.kind === 'description' && !attribution.weak ? [[attribution.subject.words.join(' '), attribution.subject.words] as const] : [])));
		const fitting = new Map<number, number>();
		for (const words of descriptions.values()) for (const entity of describedPeople) if (lastSeenBy(entity, here) >= 0 && fitsDescription(words, roleWords[entity])) fitting.set(entity, lastSeenBy(entity, here) * 1e7 + (lastStartIn.get(`${entity}:${lastSeenBy(entity, here)}`) ?? 0));
		const latestFitting = [...fitting].toSorted((a, b) => b[1] - a[1])[0]?.[0];
		for (const entity of fitting.keys()) entry(entity);

		// "he said" around the quote: the pronouns of the attributions in its sentences and the next.
		const pronouns = quote.reading.attributions.slice(quote.sentenceIndex, lastCovered + 2).flat().flatMap(attribution => (attribution.subject.kind === 'pronoun' ? [attribution.subject.word] : []));
		// "He credited the win to “a closed primary”": a pronoun subject of the quote's sentence, whatever its verb.
		const opening = sentences[quote.sentenceIndex]?.tokens[0];
		if (opening && opening.start < quote.span.start && /^(?:he|she)$/i.test(opening.text) && !pronouns.includes(opening.text.toLowerCase())) pronouns.push(opening.text.toLowerCase());
		// The nearest earlier person of each gender: whom "he" or "she" most likely means.
		const compatibleNearest = new Map<Gender, number>();
		const farCompatible = new Set<number>();
		for (const [entity, item] of [...found.entries()].toSorted((a, b) => a[1].distance - b[1].distance)) {
			const gender = genderOf(entity);
			if (gender && !compatibleNearest.has(gender) && [...item.places].some(place => place !== 'next-paragraph' && place !== 'sentence-after' && place !== 'paragraph-after')) compatibleNearest.set(gender, entity);
		}
		// "he said" with nobody of that gender near: the person of that gender named last in the paragraphs before, a few back.
		for (const wanted of new Set(pronouns.map(pronounGender))) {
			if (!wanted || compatibleNearest.has(wanted)) continue;
			for (let index = here - reachBack - 1; index >= Math.max(0, here - reachBack - 4) && !compatibleNearest.has(wanted); index--) {
				const person = mentionsOf(readings[index]!.paragraph).findLast(mention => kinds[mention.entity] === 'person' && genderOf(mention.entity) === wanted && !insideSpan(mention, readings[index]!));
				if (person) {
					compatibleNearest.set(wanted, person.entity);
					entry(person.entity);
					farCompatible.add(person.entity);
				}
			}
		}
		// For each gender, the distances of the people it may mean, sorted: how many are nearer than a candidate,
		// by bisection (a run-on paragraph may put hundreds of people within reach of a quote).
		const compatibleDistances = new Map<Gender, number[]>();
		const rivalsNearer = (wanted: Gender, distance: number) => {
			let distances = compatibleDistances.get(wanted);
			if (!distances) compatibleDistances.set(wanted, (distances = [...found.entries()].filter(([other]) => kinds[other] === 'person' && (genderOf(other) ?? wanted) === wanted).map(([, near]) => near.distance).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))));
			// Strictly nearer: the candidate itself, at its own distance, is never counted.
			return firstAtLeast(distances, distance);
		};
		const shape = shapeOf(quote);
		const paragraphSpeakers = speakersOfParagraph(quote.reading);
		const sieve = quote.rules[0] ?? 'no-sieve';
		const speakerRule = (quote.rules[1] ?? '').replace(/ \(.*$/, '');
		const attributedInSentence = [...found.entries()].filter(([, item]) => Number.isFinite(item.attributionDistance)).toSorted((a, b) => a[1].attributionDistance - b[1].attributionDistance).map(([entity]) => entity);
		const byDistance = [...found.entries()].filter(([, item]) => item.places.size > 0).toSorted((a, b) => a[1].distance - b[1].distance).map(([entity]) => entity);
		// Tied to nobody: no attribution found, or one whose name the rules could not read; not one that names nobody ("critics said", "Ruiz was called “…”").
		const unattributed = quote.speaker === undefined && !speakerRule.startsWith('speaker-unnamed');
		const [recent, voice] = [recentPeople(quote, readings, here, mentionsNear, kinds), quoteVoice(quote.span.text)];
		if (recent.order[0]) entry(recent.order[0].entity); // the last person named, however many short paragraphs back
		const candidates = [...found.entries()].map(([entity, item]): SpeakerCandidate => {
			const features = ['bias', `kind:${kinds[entity]}`, `shape:${shape}`];
			if (quote.speaker === entity) features.push('sieve-chose', `sieve-chose:${sieve}`, `sieve-chose:${sieve}:${speakerRule}`);
			else if (quote.speaker !== undefined) features.push('sieve-chose-other', `sieve-chose-other:${sieve}`);
			else features.push(`sieve-none:${sieve}`, `sieve-none:${sieve}:${shape}`, `sieve-none:${sieve}:${speakerRule}`);
			const nearest = placeOrder.find(place => item.places.has(place));
			features.push(`nearest:${nearest ?? 'none'}`, `nearest:${nearest ?? 'none'}:${shape}`);
			for (const place of item.places) features.push(`named:${place}`);
			const rank = byDistance.indexOf(entity);
			features.push(`rank:${rank < 0 ? 'none' : Math.min(rank, 3)}`, `rank:${rank < 0 ? 'none' : Math.min(rank, 3)}:${kinds[entity]}`);
			if (Number.isFinite(item.distance) && item.distance < 400) features.push(`distance:${bucket(item.distance, [2, 8, 30, 80, 200])}`);
			if (Number.isFinite(item.sentencesAway)) features.push(`sentences-away:${Math.min(item.sentencesAway, 3)}`, `sentences-away:${Math.min(item.sentencesAway, 3)}:${shape}`);
			for (const attributed of item.attributed) features.push(`attributed:${attributed}`, `attributed:${attributed}:${shape}`);
			if (item.attributed.size === 0) features.push('attributed:never');
			const attributionRank = attributedInSentence.indexOf(entity);
			if (attributionRank >= 0 && attributedInSentence.length > 1) features.push(`attribution-in-sentence:${attributionRank === 0 ? 'nearest' : 'farther'}`, `attribution-in-sentence:${attributionRank === 0 ? 'nearest' : 'farther'}:${shape}`);
			for (const role of item.roles) features.push(role, `${role}:${shape}`);
			const gender = genderOf(entity);
			for (const pronoun of pronouns) {
				const wanted = pronounGender(pronoun);
				if (!wanted) continue;
				features.push(`pronoun-gender:${gender === undefined ? 'unknown' : gender === wanted ? 'same' : 'other'}`);
				if (gender === wanted && compatibleNearest.get(wanted) === entity) features.push(farCompatible.has(entity) ? 'pronoun-nearest-compatible:far' : 'pronoun-nearest-compatible');
				// Other people "he" or "she" could mean, named nearer the quote than this one: the more, the less sure.
				const rivals = rivalsNearer(wanted, item.distance);
				features.push(`pronoun-rivals-nearer:${Math.min(rivals, 2)}`, `pronoun-rivals-nearer:${Math.min(rivals, 2)}:${quote.speaker === entity ? 'sieve-chose' : 'not-chosen'}`);
			}
			// A person known by one word ("Bolton") is often a part of a fuller name the reader left apart.
			if (kinds[entity] === 'person') features.push(`name-words:${Math.min(names[entity]!.split(/\s+/).length, 3)}`);
			for (const label of global.get(entity) ?? []) features.push(`global:${label}`, `global:${label}:${shape}`, `global:${label}:${item.places.size > 0 ? 'near' : 'far'}`, `global:${label}:${quote.speaker === undefined ? 'sieve-none' : quote.speaker === entity ? 'sieve-chose' : 'sieve-other'}`);
			if (quote.speaker === entity && quote.how) features.push(`sieve-how:${sieve}:${quote.how}`);
			// "she said" deciding the quote: whether the candidate's first name agrees with that pronoun.
			const own = quote.attribution?.subject.kind === 'pronoun' ? pronounGender(quote.attribution.subject.word) : undefined;
			if (own) features.push(`own-pronoun:${gender === undefined ? 'unknown' : gender === own ? 'same' : 'other'}`, `own-pronoun:${gender === undefined ? 'unknown' : gender === own ? 'same' : 'other'}:${quote.speaker === entity ? 'sieve-chose' : 'not-chosen'}`);
			// The one candidate whose first name is known to agree with that pronoun.
			if (own && gender === own && [...found.keys()].every(other => other === entity || genderOf(other) !== own)) features.push('own-pronoun:only-agreeing', `own-pronoun:only-agreeing:${quote.speaker === entity ? 'sieve-chose' : 'not-chosen'}`);
			// The sieves after the deciding one: whether they would have chosen this candidate too (CoreNLP's sieves agreeing).
			for (const later of quote.laterFindings ?? []) {
				if (later.speaker === entity) features.push(`later-sieve:${later.sieve}`, `later-sieve:${later.sieve}:${quote.speaker === entity ? 'agrees' : quote.speaker === undefined ? 'alone' : 'against'}`);
				else if (later.speaker !== undefined && quote.speaker === entity) features.push('later-sieve-disagrees', `later-sieve-disagrees:${later.sieve}`);
			}
			// A paragraph whose every attribution names this one speaker ("a paragraph of one speaker's quotes").
			if (paragraphSpeakers.size === 1 && paragraphSpeakers.has(entity)) features.push('paragraph-one-speaker', `paragraph-one-speaker:${shape}`);
			if (fitting.has(entity)) {
				const how = fitting.size === 1 ? 'only' : entity === latestFitting ? 'latest' : 'earlier';
				// How many paragraphs back the person was last named: a description reaches less far than a name.
				features.push('description-fits', `description-fits:${how}`, `description-fits:${how}:${quote.speaker === entity ? 'sieve-chose' : quote.speaker === undefined ? 'sieve-none' : 'sieve-other'}`, `description-fits:named-back:${bucket(here - Math.floor(fitting.get(entity)! / 1e7), [0, 1, 3])}`);
			} else if (descriptions.size > 0 && kinds[entity] === 'person') features.push('description-not-fitting');
			if (item.inQuote) features.push('named-in-quote');
			if (previousQuote?.speaker === entity) features.push('spoke-previous-quote', `spoke-previous-quote:${previousQuote.reading === quote.reading ? 'same-paragraph' : 'earlier-paragraph'}:${shape}`);
			features.push(`mentions:${bucket(counts.get(entity) ?? 0, [1, 3, 7])}`);
			if ((firstSeen.get(entity) ?? Infinity) <= 1) features.push('named-at-top');
			features.push(`candidates:${bucket(found.size, [1, 2, 4])}`, `quote-voice:${voice}:${kinds[entity]}`, ...(kinds[entity] === 'person' ? recencyFeatures(entity, recent, shape) : []));
			return {entity, features: withUnattributed(features, unattributed)};
		});
		return {quote, candidates, none: noneFeatures(quote, candidates.length)};
	});
}
