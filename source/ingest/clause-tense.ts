import {expectationMarkers, speechVerbs} from './lexicon.js';
import {hasTag, type Sentence, type Token} from './tokens.js';

// The tense of the clause a date stands in, which says whether a weekday or a day without a year lies before or
// after publication: its main verb (a past verb of saying dates the saying), what the clause expects ("will",
// "due to") and what only looks like a verb (a participle after "is").

export type Tense = 'past' | 'future' | 'unknown';

const outcomeNouns = /^(?:victory|victories|wins?|defeats?|loss|losses|deaths?|killings?|resignation|arrests?|landslide)$/i;

const clauseBreak = /^(?:and|but|while|when|where|after|before|which|who|as)$/i;

/**
 * Whether the words between a verb of saying and a date leave the date to the saying: none but a time
 * word ("said late Thursday", "said early on Monday") or whom it was said to ("told reporters Monday").
 */
function datesTheSaying(between: Token[]): boolean {
	if (between.some(token => /[,;:.“”"]/u.test(token.post))) return false;
	// "acknowledged in an MSNBC forum Monday night", "said at a briefing on Tuesday": a phrase of where
	// the saying took place, no verb in it, leaves the date to the saying too.
	if (between.length <= 6 && /^(?:in|at|during|on)$/i.test(between[0]?.text ?? '') && between.every(token => !hasTag(token, 'Verb') || hasTag(token, 'Noun'))) return true;
	if (between.length <= 2 && between.every(token => timeWord.test(token.text) || whom(token))) return true;
	// "told supporters in Ljubljana late on Sunday": whom it was said to, then where, then the time.
	let at = 0;
	while (at < between.length && at < 2 && whom(between[at]!)) at++;
	if (at === 0 || !/^(?:in|at|outside)$/i.test(between[at]?.text ?? '')) return false;
	let end = between.length;
	while (end > at && timeWord.test(between[end - 1]!.text)) end--;
	const where = between.slice(at + 1, end);
	return where.length > 0 && where.length <= 4 && where.every(token => !hasTag(token, 'Verb') || hasTag(token, 'Noun'));
}
const timeWord = /^(?:late|early|on|last|this|earlier|later)$/i;
const whom = (token: Token) => hasTag(token, 'Noun', 'Pronoun') && !hasTag(token, 'Determiner', 'Preposition', 'Verb');

// "pleaded guilty in May", "pleads not guilty": a plea in court is an act, not a saying whose words the date may belong to.
const isPlea = (tokens: Token[], index: number) => /^plead/iu.test(tokens[index]!.text) && /^(?:guilty|not|innocent|no)$/iu.test(tokens[index + 1]?.text ?? '');

const presentLinkingVerb = /^(?:is|are|am|stays?|remains?|seems?|looks?|keeps?|gets?)$/i;

const dueBefore = /(?<!\b(?:was|were|been)\s+)\b(?:due|set|scheduled|expected|poised)\s+to\s+[\p{L}-]+(?:\s+(?!on\b|in\b|by\b|at\b)[\p{L}-]+){0,2}\s+(?:on|in|by|at|from|until|next|this)?\s*$/iu;

/** The main verb of the clause around an offset and its tense: the verb group nearest before it, else the next one. */
export function clauseVerbAt(sentence: Sentence, offset: number): {tense: Tense; verb?: Token} {
	const {tokens} = sentence;
	// "…, due to arrive on Saturday": an expectation right before the date, whatever compromise makes of the verb
	// after "to" ("arrive" read as a noun). Not "was due to …", a past expectation.
	if (dueBefore.test(sentence.text.slice(Math.max(0, offset - sentence.start - 50), offset - sentence.start))) return {tense: 'future'};
	let at = tokens.findIndex(token => token.end > offset);
	if (at < 0) at = tokens.length;
	let clauseStart = 0;
	for (let index = at - 1; index > 0; index--) {
		const previous = tokens[index - 1]!;
		if (/[;—–]/u.test(previous.post) || (/,/.test(previous.post) && clauseBreak.test(tokens[index]!.text))) {
			clauseStart = index;
			break;
		}
	}
	let clauseEnd = tokens.length;
	for (let index = at; index < tokens.length - 1; index++) {
		if (/[;—–]/u.test(tokens[index]!.post) || (/,/.test(tokens[index]!.post) && clauseBreak.test(tokens[index + 1]!.text))) {
			clauseEnd = index + 1;
			break;
		}
	}
	// Past participles count as verbs: "a complaint filed in March".
	const isVerb = (token: Token) => (hasTag(token, 'Verb') && !hasTag(token, 'Auxiliary', 'Modal', 'Copula', 'Particle')) || (hasTag(token, 'Participle', 'PastTense', 'Adjective') && /ed$/i.test(token.text));
	let verb = -1;
	for (let index = at - 1; index >= clauseStart; index--) {
		// "said a cut in June was likely": the date belongs to what was said, not to the saying; but in
		// "said late Thursday", "told reporters Monday" it dates the saying itself.
		if (speechVerbs.has(tokens[index]!.text.toLowerCase()) && index < at - 1 && !isPlea(tokens, index)) {
			if (datesTheSaying(tokens.slice(index + 1, at))) verb = index;
			break;
		}
		if (isVerb(tokens[index]!)) {
			verb = index;
			break;
		}
	}
	if (verb < 0) {
		// "After the hearing on Friday, May 5, the council was expected to decide": a date in an opening
		// "after …" phrase is what came first, past unless the main clause says "will".
		const opening = sentence.text.slice(0, offset - sentence.start);
		// The main clause ends at a colon, a semicolon or a "that" clause: "After Tuesday night, her chance
		// rests on one hope: that the council will …" is the Tuesday before.
		const mainClause = sentence.text.slice(offset - sentence.start).split(/[:;]|\bthat\b/u)[0]!;
		if (/^\W*(?:after|following)\b[^,;]*$/iu.test(opening) && !/\b(?:will|shall|'ll)\b/iu.test(mainClause)) return {tense: 'past'};
		// No verb before the date in its clause: the clause's next verb, copulas included, decides.
		const forward = tokens.findIndex((token, index) => index >= at && index < clauseEnd && hasTag(token, 'Verb') && !hasTag(token, 'Auxiliary', 'Modal'));
		if (forward >= 0) {
			// "Earlier in the day, officials said talks would resume": the date is the saying's, not what was said.
			if (speechVerbs.has(tokens[forward]!.text.toLowerCase()) && hasTag(tokens[forward]!, 'PastTense')) return {tense: 'past', verb: tokens[forward]};
			// A verb in the past says what was done ("On Friday, she dodged the question of whether she would …" is past);
			// a copula leaves it to what follows ("a cut in June was now the most likely outcome").
			const lexicalPast = hasTag(tokens[forward]!, 'PastTense') && !hasTag(tokens[forward]!, 'Copula');
			const rest = sentence.text.slice(tokens[at]!.start - sentence.start, tokens[lexicalPast ? forward : clauseEnd - 1]!.end - sentence.start);
			// "Her victories in four states on Tuesday will accelerate that shift": a date of an outcome named
			// as done is not made future by what it will bring; the nearest such day is meant.
			if (expectationMarkers.test(rest) && tokens.slice(clauseStart, at).some((token, index) => outcomeNouns.test(token.text) && !/^(?:a|an|any)$/i.test(tokens[clauseStart + index - 1]?.text ?? ''))) return {tense: 'unknown', verb: tokens[forward]};
			if (expectationMarkers.test(rest)) return {tense: 'future', verb: tokens[forward]};
			return {tense: hasTag(tokens[forward]!, 'PastTense') ? 'past' : 'unknown', verb: tokens[forward]};
		}
	}
	const immediately = sentence.text.slice(Math.max(0, tokens[Math.max(0, at - 3)]?.start ?? 0) - sentence.start, offset - sentence.start);
	const found = verb < 0 ? undefined : tokens[verb];
	if (verb < 0) {
		// "The vote is likely on Tuesday": no verb of its own, but the clause may still look ahead.
		const clause = sentence.text.slice(tokens[clauseStart]!.start - sentence.start, tokens[clauseEnd - 1]!.end - sentence.start);
		return {tense: expectationMarkers.test(clause) ? 'future' : 'unknown'};
	}
	if (/\b(?:as (?:early|soon) as|until at least|at least until)\s*$/i.test(immediately)) return {tense: 'future', verb: found};
	if (verb < 0) return {tense: 'unknown'};
	// The verb group stops at a quotation mark: "“… we will deliver it,” Kovac told …" is past.
	let groupStart = Math.max(clauseStart, verb - 4);
	for (let index = verb - 1; index >= groupStart; index--) {
		if (/[“”"]/u.test(tokens[index]!.post)) {
			groupStart = index + 1;
			break;
		}
	}
	const group = sentence.text.slice(tokens[groupStart]!.start - sentence.start, tokens[verb]!.end - sentence.start);
	if (expectationMarkers.test(group)) return {tense: 'future', verb: found};
	// "Clinton is likely to cement her lead and put … out of reach on Tuesday": a verb joined by "and" to
	// one the clause looks ahead with shares its future, though the marker is further back.
	const lead = sentence.text.slice(tokens[clauseStart]!.start - sentence.start, tokens[verb]!.start - sentence.start);
	const ahead = /\b(?:will|(?:is|are) (?:likely|expected|set|due|poised|going) to)\b(?![^]*\b(?:said|says|told|but|while|after|before|when)\b)[^]*\band\s+(?:\S+\s+){0,3}$/iu;
	if (ahead.test(lead) && !tokens.slice(clauseStart, verb).some(token => hasTag(token, 'PastTense'))) return {tense: 'future', verb: found};
	// "if the bridge stays closed past June", "the road is closed until May": a participle after a present
	// linking verb says a state now, not a past act; the linking verb's tense is the clause's.
	if (verb > clauseStart && presentLinkingVerb.test(tokens[verb - 1]!.text)) return {tense: 'unknown', verb: found};
	if (hasTag(tokens[verb]!, 'PastTense') || /ed$/i.test(tokens[verb]!.text) || /\b(?:has|have|had|was|were)\b/i.test(group)) return {tense: 'past', verb: found};
	return {tense: 'unknown', verb: found};
}
