import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {findNameOccurrences, groupEntities, kindOf, type AnalysedParagraph, type CaseEvidence, type EntityKind, type NameOccurrence, type RuleRun, type SentenceNameReader} from '../entities.js';
import {compoundSuffixes, foreignOrganizationOpeners, nameParticles, personTitles, platformNames} from '../lexicon.js';
import {bare, isAcronym, possessive} from '../name-words.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';
import {lookUpPlace} from '../../geo/gazetteer.js';
import {readDocument, sentenceFeatures, type DocumentReading} from './features.js';
import {readFirstPass} from './document-features.js';
import {quotedTitles, repairSpans} from './span-repairs.js';
import {wholePersonRun} from './person-spans.js';
import {bodyInTitle, nestedPlace} from './nested-names.js';
import {loadWeights, tagSentence, type Label, type StoredWeights, type Weights} from './perceptron.js';
import {readWeightsFile} from './weights-file.js';
import {surnamesAsFullNames} from './full-names.js';
import {namesKnownAs} from './known-as.js';
import {addressedByTitle, officeOfAddress, namedWithRelative, namesADisease, personHeadKind, placeAfterRoyalty} from './person-evidence.js';
import {isForeignArticle, isWorkTitle, ownedByPerson} from './works-and-parties.js';
import {hyphenatedGivenNames, personOverPlaceLookup, withEpithet, withoutPostNominals} from './person-shapes.js';
import {namesAStorm} from './named-events.js';

export {headlineFullNames} from './full-names.js';
import {placeBeforeItsYear, withPlacesInNames} from './places-in-names.js';
import {overrideKinds} from './kind-overrides.js';
import {withBodiesUnread} from './bodies-unread.js';
import {withKindsByNaming} from './kinds-by-naming.js';
import {asAppositionPlace, asSpeaker, isDecided, speaksBeforeColon, strongEvidence, titledFullName, unreadSpeaker} from './occurrence-evidence.js';
import {overlaps} from './span-overlap.js';

// The learned name tagger in the importer: it labels each sentence's words (BIO), and each labelled span
// becomes an occurrence voted for its kind. The rules' reading of the same words is among its features;
// what the rules know beyond the kind (a title's role, "Agency", "Country") is kept where the spans agree.

/** [start, end) token indexes and the kind of each labelled name. */
export function spansOf(tagged: Label[]): Array<{start: number; end: number; kind: EntityKind}> {
	const spans: Array<{start: number; end: number; kind: EntityKind}> = [];
	tagged.forEach((label, index) => {
		if (label === 'O') return;
		const kind = label.slice(2) as EntityKind;
		const last = spans.at(-1);
		if (label.startsWith('I-') && last && last.end === index && last.kind === kind) last.end = index + 1;
		else spans.push({start: index, end: index + 1, kind});
	});
	return spans;
}

/**
 * A person's name runs on across its particles ("Jan van der Berg", "Omar bin Said"): a person's span
 * followed by particles and a capitalised word is one name with it, whatever the tagger gave the particles.
 */
export function joinParticles(spans: Array<{start: number; end: number; kind: EntityKind}>, tokens: Token[]): Array<{start: number; end: number; kind: EntityKind}> {
	const joined: Array<{start: number; end: number; kind: EntityKind}> = [];
	for (let index = 0; index < spans.length; index++) {
		const span = {...spans[index]!};
		if (span.kind === 'person') {
			let after = span.end;
			while (after < tokens.length && after - span.end < 3 && nameParticles.has(tokens[after]!.text)) after++;
			const next = tokens[after];
			if (after > span.end && next && /^\p{Lu}/u.test(next.text)) {
				const following = spans[index + 1];
				span.end = following && following.start === after ? following.end : after + 1;
				if (following && following.start === after) index++;
			}
		}
		joined.push(span);
	}
	return joined;
}

/** What a broadcaster or studio makes, named after it: "the BBC production", "an NBC series". */
const producedWorks = new Set(['production', 'productions', 'series', 'miniseries', 'drama', 'documentary', 'broadcast', 'programme', 'sitcom']);

/** Lower-case words that join the parts of one name and never end or open a name: "Bank of", "of England". */
const danglingConnectors = new Set(['of', 'for', 'and', 'on', 'at', 'in', 'to', 'the', '&']);

const placeDetail = (token: Token) => (hasTag(token, 'Country') ? 'Country' : hasTag(token, 'City') ? 'City' : undefined);

/** A SentenceNameReader that reads names with the given weights. */
export function taggerReader(weights: Weights, document?: DocumentReading): SentenceNameReader {
	return (sentence, runs, paragraph, evidence, after) => {
		const tokens = sentence.tokens;
		const features = document?.secondPass?.get(tokens) ?? sentenceFeatures(tokens, runs, paragraph, evidence, document);
		const tagged = tagSentence(weights, features, tokens.map(token => token.text.toLowerCase()));
		const spans = repairSpans(joinParticles(spansOf(tagged), tokens), tokens, paragraph.text);
		// Named overrides where the rules are precise: a run with strong evidence for one kind (a title, "news
		// agency X", "the city of X") keeps the rules' boundaries and kind; a run they refuse (an adjective of
		// nationality, a time zone, a title alone) is no name, whatever the tagger says.
		// A work's title in quotation marks names nothing of the story ("released “Super Mario Run”").
		const titles = quotedTitles(tokens);
		const inTitle = (span: {start: number; end: number}) => titles.some(title => span.start >= title.start && span.end <= title.end);
		// A rules' run that is only a part of one name read across a hyphen, "&" or "and" does not cut it ("Wish Foundation").
		const partOfJoined = (run: {start: number; end: number}) => spans.some(span => span.joined && span.start <= run.start && span.end >= run.end && span.end - span.start > run.end - run.start);
		// A person's work is no person, also where a rule reads a first name in its title ("Ana Dorn's Rosa Blue").
		const ownedWork = (run: RuleRun) => run.occurrence !== undefined && kindOf(run.occurrence.votes) === 'person' && ownedByPerson(run, spans, tokens);
		// (Nor is "Prince Bay" a titled person: placeAfterRoyalty.)
		const strong = runs.filter(run => run.occurrence && (isDecided(run.occurrence) || speaksBeforeColon(run.occurrence, paragraph.text)) && !inTitle(run) && !partOfJoined(run) && !ownedWork(run) && !(kindOf(run.occurrence.votes) === 'person' && placeAfterRoyalty(run, tokens)));
		const refused = runs.filter(run => !run.occurrence);
		const learned: Array<{start: number; end: number; kind: EntityKind}> = [];
		// "Mayor Jan van der Berg" where the tagger reads nothing or only a part ("Berg"): a title, a listed first
		// name and more is a person's full name, unless its words name a work or an event ("the production Inspector X Mysteries").
		const inside = (span: {start: number; end: number}, run: {start: number; end: number}) => span.start >= run.start && span.end <= run.end;
		const titled = runs.filter(run => run.occurrence && !isDecided(run.occurrence) && titledFullName(run.occurrence) && spans.every(span => !overlaps(span, run) || inside(span, run)) && !inTitle(run) && personHeadKind({...run, kind: 'person'}, tokens)?.kind === 'person');
		for (const run of runs) if (unreadSpeaker(run, tokens, paragraph.text) && !spans.some(span => overlaps(span, run))) learned.push({start: run.start, end: run.end, kind: 'person'});
		for (const relative of [...namedWithRelative(tokens), ...hyphenatedGivenNames(tokens)]) {
			// The tagger may have read the surname alone ("Parata"): the relative's full name replaces it.
			const within = spans.filter(span => span.start >= relative.start && span.end <= relative.end);
			if (spans.some(span => overlaps(span, relative) && !within.includes(span))) continue;
			for (const span of within) spans.splice(spans.indexOf(span), 1);
			learned.push({...relative, kind: 'person'});
		}
		for (const span of spans) {
			// A dateline's capitals are read by their shape (datelines.ts), not by the tagger.
			if (tokens[span.start]!.start < after || titled.some(run => inside(span, run))) continue;
			if (refused.some(run => span.start >= run.start && span.end <= run.end) || inTitle(span)) continue;
			if (namesADisease(span, tokens) || namesAStorm(span, tokens)) continue;
			// What a strong run leaves of the span ("the Volta Region Peter Owusu"): the rules' kind where they have one.
			let {start, end} = span;
			for (const run of strong) {
				if (run.start <= start && run.end > start) start = run.end;
				if (run.start < end && run.end >= end) end = run.start;
			}
			if (start >= end || strong.some(run => run.start >= start && run.end <= end)) continue;
			// A cut that leaves the span ending or opening on a connector ("the Halls of Congress", the rules sure of
			// "Congress") leaves a piece of a longer name, no name of its own.
			if ((start !== span.start || end !== span.end) && (danglingConnectors.has(tokens[end - 1]!.text) || danglingConnectors.has(tokens[start]!.text))) continue;
			// One body's name across "and"/"on" keeps the rules' boundaries ("Centre on Housing and Work").
			const joinedRun = runs.find(run => run.start <= start && run.end >= end && run.occurrence?.rules?.includes('name-joined-by-and-on'));
			if (joinedRun) ({start, end} = joinedRun);
			// "Jae-in", "Jong-un": a lower-case part after a hyphen belongs to the name, as in the rules' runs.
			while (end < tokens.length && /^[-‐]$/u.test(tokens[end - 1]!.post) && tokens[end]!.pre === '' && /^\p{Ll}+$/u.test(tokens[end]!.text) && !compoundSuffixes.has(tokens[end]!.text)) end++;
			if (span.kind === 'person') ({start, end} = wholePersonRun({start, end}, runs, tokens));
			if (learned.some(other => other.start === start && other.end === end)) continue;
			if (end - start === 1 && isForeignArticle(tokens[start]!.text)) continue;
			const rule = runs.find(run => run.start === start && run.end === end)?.occurrence;
			// "Ansar al-Sharia" opening a sentence, where the rules' run starts only at "al": the opener makes it a body.
			const opener = end - start > 1 && foreignOrganizationOpeners.has(bare(tokens[start]!.text));
			const ruleKind = span.kind === 'person' && personOverPlaceLookup(tokens.slice(start, end), rule) ? undefined : rule && kindOf(rule.votes);
			const read = personHeadKind({start, end, kind: opener ? 'organization' : ruleKind || span.kind}, tokens);
			if (read && !(read.kind === 'person' && ownedByPerson(read, spans, tokens))) learned.push(read);
		}
		// A title the document gives as a work's elsewhere names the work here too ("the Supernatural panel").
		// A body's or place's reading of a work's title is none either ("the drama Orrin Abbey", "Cemetery Lane (2010)").
		const notAWorkTitle = (occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>) => {
			const start = tokens.findIndex(token => token.start === occurrence.start);
			const end = tokens.findIndex(token => token.end === occurrence.end) + 1;
			if (kindOf(occurrence.votes) !== 'person' && document?.workTitles.has(occurrence.key)) return false;
			return kindOf(occurrence.votes) === 'person' || start < 0 || end <= start || !isWorkTitle({start, end}, tokens) || placeBeforeItsYear(occurrence, tokens);
		};
		const notAWork = (occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>) => (kindOf(occurrence.votes) === 'person' ? !document?.works.has(occurrence.key) : notAWorkTitle(occurrence));
		// A word the document gives as a party's name ("the Ennahda party") is the party wherever it stands.
		const asParty = (occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>) => (document?.parties.has(occurrence.key) && kindOf(occurrence.votes) === 'person' ? {...occurrence, votes: {person: 0, organization: strongEvidence, place: 0}, rules: [...(occurrence.rules ?? []), 'named-as-a-party']} : occurrence);
		const named = [...strong.map(run => asSpeaker(run.occurrence!, paragraph.text)).filter(notAWorkTitle), ...titled.map(run => withoutPostNominals(run.occurrence!)), ...learned.flatMap(toOccurrence).filter(notAWork).map(asParty)].map(occurrence => withEpithet(asAppositionPlace(occurrence, paragraph.text), paragraph.text));
		// A name run on over its epithet ("Peter the Great") takes the place of what was read inside it.
		const runOn = named.filter(occurrence => occurrence.rules?.includes('person-epithet-or-number'));
		const read = named.filter(occurrence => hasEvidenceIfPlatform(occurrence) && !runOn.some(other => other !== occurrence && other.start <= occurrence.start && other.end >= occurrence.end && other.end - other.start > occurrence.end - occurrence.start));
		const corrected = overrideKinds(withPlacesInNames([...read, ...read.flatMap(nestedPlace), ...read.flatMap(occurrence => bodyInTitle(occurrence, paragraph.text))], tokens, paragraph.text), paragraph.text, tokens, document?.initialisms, {lowerCaseWords: evidence.lowerCase, titles});
		return withKindsByNaming(withBodiesUnread(corrected, tokens, paragraph.text, runs), tokens, paragraph.text).toSorted((a, b) => a.start - b.start);
		function toOccurrence({start, end, kind}: {start: number; end: number; kind: EntityKind}): Array<Omit<NameOccurrence, 'article' | 'paragraph'>> {
			const first = tokens[start]!;
			const last = tokens[end - 1]!;
			// A slash ends a name ("X/Reuters"), and so does a colon opening a quotation written without a space ("X:"We …").
			const surface = paragraph.text.slice(first.start, last.end).replace(possessive, '').replace(/(?:\/|:["“‘']).*$/u, '');
			const key = normaliseName(surface);
			if (key === '') return [];
			const same = runs.find(run => run.occurrence && run.occurrence.start === first.start && run.occurrence.end === first.start + surface.length)?.occurrence;
			const around = runs.find((run: RuleRun) => run.start <= start && run.end >= end)?.occurrence;
			const fitting = (detail: string | undefined) => detail !== undefined && (kind === 'place') === (detail === 'Country' || detail === 'City');
			const detail = [same?.detail, around?.detail, kind === 'place' ? placeDetail(tokens[end - 1]!) : undefined].find(fitting);
			// The rules' run may be the name's end alone ("Rashid" of "Al-Rashid", its particle read on), and carry the role.
			const ending = runs.find((run: RuleRun) => run.start >= start && run.end === end)?.occurrence;
			const role = kind === 'person' ? (same?.role ?? around?.role ?? ending?.role ?? officeOfAddress(tokens, start)) : undefined;
			// An initialism is a name when the text uses it as one: written more than once, some rule's evidence,
			// or the rules' reading of the document gave it a kind ("the QXV tool" once is not enough).
			const acronym = end - start === 1 && isAcronym(surface);
			// Once, it is a name where it stands as one ("appeared on ABC", "the FIFA said"), not as a modifier of
			// the noun after it ("the QXV tool") nor as a model's designation before its number ("the SJ 100").
			const after = tokens[end];
			// (A broadcaster's or studio's work is its own: "the BBC production", "the WB series" name the body.)
			const modifier = after !== undefined && /^\s+$/u.test(last.post) && ((/^\p{Ll}/u.test(after.text) && hasTag(after, 'Noun') && !hasTag(after, 'Verb', 'Pronoun') && !producedWorks.has(after.text)) || /^\p{N}/u.test(after.text));
			const usedAsName = (document?.initialisms.get(key) ?? 0) > 1 || document?.kindOfName.has(key) || (same !== undefined && same.votes.person + same.votes.organization + same.votes.place > 0) || !modifier;
			// "an ICBM", "a UFO": an initialism counted with "a"/"an" is a kind of thing, one of many, not a
			// body's name ("an FBI agent" counts the agent: the FBI is still named).
			const counted = /^an?$/iu.test(tokens[start - 1]?.text ?? '') && !modifier;
			// A country's initialism is the country, also as a modifier ("the US team"), though not in a title ("US president").
			const country = kind === 'place' && lookUpPlace(surface)?.kind === 'Country' && !personTitles.has(bare(after?.text ?? ''));
			if (acronym && (!usedAsName || counted) && !country) return [];
			const occurrence: Omit<NameOccurrence, 'article' | 'paragraph'> = {
				surface,
				...(same?.displayName ? {displayName: same.displayName} : {}),
				key,
				tokenCount: end - start,
				start: first.start,
				end: first.start + surface.length,
				// Where the rules' own reading of the span agrees, a little more: it breaks a tie between the
				// tagger's guesses over the document ("Ennahda said" read as a person, "the leader of Ennahda" a body).
				// A title of address ("Mr. Arad") is as sure as a title in the name: the person outweighs a town of that
				// name read elsewhere in the story ("Arad said").
				votes: {person: 0, organization: 0, place: 0, [kind]: kind === 'person' && addressedByTitle(tokens, start) ? strongEvidence : same && kindOf(same.votes) === kind ? 2.5 : 2},
				...(role ? {role} : {}),
				acronym,
				...(detail ? {detail} : {}),
				rules: [`name-tagger-${kind}`, ...(same?.rules ?? [])],
			};
			return [occurrence];
		}
	};
}

/** The rules' reading of the whole text first (a feature of every word), then the tagger's. */
export function readNamesLearned(paragraphs: AnalysedParagraph[], evidence: CaseEvidence, titles: Array<string | undefined> = [], weights: Weights = committedWeights()): NameOccurrence[] {
	const document = readDocument(groupEntities(findNameOccurrences(paragraphs, evidence)), paragraphs);
	// A two-pass model reads the document once with its first pass: what it said of a word elsewhere is a feature.
	if (weights.firstPass) document.secondPass = readFirstPass(paragraphs, evidence, weights.firstPass, document);
	const found = findNameOccurrences(paragraphs, evidence, taggerReader(weights, document));
	// A surname alone is the person the story names in full, in the text or only in a headline; a name given
	// after ", known as" is the person named before it.
	return namesKnownAs(surnamesAsFullNames(found, titles, paragraphs), paragraphs);
}

// Rules that show a platform acting or described as a body: "Twitter said", "the company Meta".
const bodyEvidence = ['organization-descriptor-before', 'organization-descriptor-after', 'organization-reports', 'organization-the-name-speaks', 'organization-news-agency', 'organization-company-words'];

/** A platform's name ("users of Twitter") is where people post, not an entity of the story, without such evidence. */
function hasEvidenceIfPlatform(occurrence: Omit<NameOccurrence, 'article' | 'paragraph'>): boolean {
	return !platformNames.has(occurrence.key) || (occurrence.rules ?? []).some(rule => bodyEvidence.includes(rule));
}

let committed: Weights | undefined;

/** Cross-validation (test/ingest-eval/cv-names.ts) imports with a fold's weights in place of the committed ones. */
export function useWeightsInstead(weights: Weights | undefined): void {
	committed = weights;
}

/**
 * The committed weights, read on the importer's first article: beside the bundle, the binary file the
 * build makes of them (dist/name-tagger-weights.bin, weights-file.ts: loads several times faster);
 * from the sources, data/name-tagger/weights.json itself (two levels up), so a retrained file counts at once.
 */
export function committedWeights(): Weights {
	if (committed) return committed;
	const binary = fileURLToPath(new URL('name-tagger-weights.bin', import.meta.url));
	if (existsSync(binary)) return (committed = readWeightsFile(readFileSync(binary)));
	const candidates = ['../data/name-tagger/weights.json', '../../../data/name-tagger/weights.json'].map(relative => fileURLToPath(new URL(relative, import.meta.url)));
	const file = candidates.find(candidate => existsSync(candidate));
	if (!file) throw new Error(`the name tagger's weights are missing (looked for ${[binary, ...candidates].join(', ')})`);
	committed = loadWeights(JSON.parse(readFileSync(file, 'utf8')) as StoredWeights);
	return committed;
}
