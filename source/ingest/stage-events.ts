import type {StoryEvent} from '../model/schema.js';
import {endsLikeSentence} from './analyse.js';
import {clutterKind} from './clutter-shapes.js';
import {findDateMentions, type DateMention} from './event-dates.js';
import {eventTitle, finishTitle} from './event-titles.js';
import {presentPerfectAt} from './lead-events.js';
import {genderOfFirstName} from './first-names.js';
import {speechVerbs} from './lexicon.js';
import type {ExtractedEntity} from './entity-types.js';
import type {Mention} from './mentions.js';
import {cite, headlineLike, type StageContext} from './stage-context.js';
import {hasTag, lemma, type Sentence} from './tokens.js';

// The dated-events stage: one event per sentence and date (the first mention of each date in the
// sentence), with a short title, a status from publication and tense, and the entities named in the
// sentence. The merge stage (stage-merge.ts) then joins the same event told twice.

export type Dated = {event: StoryEvent; article: number; involves: Set<number>; action?: string; topic?: string};

/** Events before this many days ahead of publication are history rather than news. */
const historicalDays = 180;

function statusOf(mention: DateMention, reference: Date | undefined): StoryEvent['status'] {
	const last = mention.dateEnd ?? mention.date;
	const referenceDay = reference ? reference.toISOString().slice(0, 10) : undefined;
	if (referenceDay) {
		const lastDay = last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last;
		const firstDay = mention.date.length === 4 ? `${mention.date}-01-01` : mention.date.length === 7 ? `${mention.date}-01` : mention.date;
		if (firstDay > referenceDay) return 'expected';
		if (Date.parse(lastDay) < reference!.getTime() - historicalDays * 86_400_000) return 'historical';
	}
	return mention.tense === 'future' ? 'expected' : 'happened';
}

const sequenceOpening = /^\W*(?:first|then|next|later|afterwards|after that|soon after|shortly after(?:wards)?|within hours|hours later|minutes later)\b/iu;

/** The day of the lead's sentence before, for an undated sentence (no quotation) whose main verb is past. */
function carriedDate(sentence: Sentence, previous: DateMention): DateMention | undefined {
	// Only a sentence that says it follows on ("First his wife announced …", "Then the council voted …").
	if (/["“”]/u.test(sentence.text) || !sequenceOpening.test(sentence.text)) return undefined;
	const verb = sentence.tokens.find(token => hasTag(token, 'Verb') && !hasTag(token, 'Auxiliary', 'Modal', 'Copula', 'Infinitive', 'Gerund'));
	if (!verb || !hasTag(verb, 'PastTense')) return undefined;
	return {start: verb.start, end: verb.end, text: verb.text, date: previous.date, precision: 'day', basis: `no date of its own: told in the lead right after "${previous.text}"`, tense: 'past', action: lemma(verb.text)};
}

/**
 * "Lis urged both sides to talk. “…,” she told the radio on Monday": a title opening with "he" or "she" that
 * its own sentence names nobody for takes the one person the paragraph named before that sentence, when the
 * first name says the same gender; with two or more named, or the gender unknown, the pronoun stays (a guess
 * could name the wrong one).
 */
function pronounNamed(title: string, sentence: Sentence, mentions: Mention[], entities: ExtractedEntity[]): string {
	const pronoun = /^(?:he|she)\s/iu.exec(title);
	if (!pronoun) return title;
	const before = new Set(mentions.filter(mention => mention.end <= sentence.start && entities[mention.entity]?.kind === 'person').map(mention => mention.entity));
	if (before.size !== 1) return title;
	// Only a name whose first name says the pronoun's gender: "she" after "Donald Trump …" is someone else.
	const {name} = entities[[...before][0]!]!;
	const gender = genderOfFirstName(name.split(/\s+/u)[0]!);
	if (gender !== (/^she/iu.test(pronoun[0]) ? 'female' : 'male')) return title;
	return finishTitle(`${name} ${title.slice(pronoun[0].length)}`);
}

export function datedEvents({articles, entities, entityIds, mentionsOf, datelineEndOf, newId}: StageContext): Dated[] {
	const dated: Dated[] = [];
	articles.forEach(({article, paragraphs: own, reference}, articleIndex) => {
		let leadParagraphs = 0;
		let leadDated = false;
		// The day the sentence before told, while in the lead: "X had a bad Tuesday. First his partner
		// announced …" — the next sentence, past, undated and opening with a word of sequence, tells what
		// happened that day.
		let previousDay: DateMention | undefined;
		for (const paragraph of own) {
			// The headline repeats the story; its dates are the body's.
			if (paragraph.headline || (headlineLike(paragraph.text) && (paragraph.paragraph === 1 || paragraph.text === article.title))) continue;
			if (endsLikeSentence(paragraph.text)) leadParagraphs++;
			// The date of a wire dateline ("LONDON, April 8 (Reuters) -") is the day it was filed: it dates
			// what the sentence after it tells only when that sentence gives no date of its own.
			const datelineEnd = datelineEndOf(paragraph);
			const paragraphMentions = mentionsOf(paragraph);
			for (const sentence of paragraph.sentences) {
				// A dateline standing alone ("MOSCOW, September 15.") dates the filing, not a happening.
				if (clutterKind(sentence.text)) continue;
				const found = findDateMentions(sentence, reference);
				const mentions = found.some(mention => mention.start > datelineEnd) ? found.filter(mention => mention.start > datelineEnd) : found;
				if (mentions.length > 0 && leadParagraphs <= 2) leadDated = true;
				// "Putin has met Kim …": the lead's undated present perfect happened on the day of publication.
				const perfect = !leadDated && leadParagraphs <= 2 && reference && mentions.length === 0 ? presentPerfectAt(sentence) : undefined;
				if (perfect !== undefined) {
					leadDated = true;
					const verb = sentence.tokens.find(token => token.start === perfect)!;
					mentions.push({start: perfect, end: verb.end, text: verb.text, date: article.published!, precision: 'day', basis: `"${verb.text}" in the lead, with no date: reported as just done, so the day of publication`, tense: 'past', action: lemma(verb.text)});
				}
				const carried = mentions.length === 0 && perfect === undefined && previousDay && leadParagraphs <= 2 ? carriedDate(sentence, previousDay) : undefined;
				if (carried) mentions.push(carried);
				previousDay = mentions.length > 0 && !carried && leadParagraphs <= 2 ? mentions.find(mention => mention.precision === 'day' && mention.tense !== 'future') : undefined;
				const byDate = new Map<string, DateMention>();
				for (const mention of mentions) {
					const key = `${mention.date}/${mention.dateEnd ?? ''}`;
					if (!byDate.has(key)) byDate.set(key, mention);
				}
				const involved = paragraphMentions.filter(mention => mention.start >= sentence.start && mention.end <= sentence.end);
				for (const mention of byDate.values()) {
					const involves = new Set(involved.map(item => item.entity));
					dated.push({
						article: articleIndex,
						involves,
						action: mention.action && speechVerbs.has(mention.action) ? 'say' : mention.action,
						topic: mention.topic,
						event: {
							id: newId('', `event-${dated.length + 1}`),
							date: mention.date,
							precision: mention.precision,
							...(mention.dateEnd ? {dateEnd: mention.dateEnd} : {}),
							dateEither: mention.dateEither ?? false,
							...(mention.basis ? {dateBasis: mention.basis} : {}),
							status: statusOf(mention, reference),
							title: pronounNamed(eventTitle(sentence, paragraph.text, mention.start), sentence, paragraphMentions, entities),
							involves: [...involves].map(entity => entityIds[entity]!),
							cites: [cite(article.id, paragraph, [mention.start, mention.end])],
						},
					});
				}
			}
		}
	});
	return dated;
}
