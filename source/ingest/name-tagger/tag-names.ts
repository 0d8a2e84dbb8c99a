import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {findNameOccurrences, groupEntities, kindOf, type Votes, type AnalysedParagraph, type CaseEvidence, type EntityKind, type NameOccurrence, type RuleRun, type SentenceNameReader} from '../entities.js';
import {isAcronym, possessive} from '../name-words.js';
import {hasTag, normaliseName, type Token} from '../tokens.js';
import {readDocument, sentenceFeatures, type DocumentReading} from './features.js';
import {loadWeights, tagSentence, type Label, type StoredWeights, type Weights} from './perceptron.js';

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

/** Votes the rules give only with strong evidence: a title, a descriptor, a dateline, several rules agreeing. */
const strongEvidence = 4;
const isDecided = (votes: Votes) => Math.max(votes.person, votes.organization + (votes.acronym ?? 0), votes.place) >= strongEvidence && kindOf(votes) !== undefined;
const placeDetail = (token: Token) => (hasTag(token, 'Country') ? 'Country' : hasTag(token, 'City') ? 'City' : undefined);

/** A SentenceNameReader that reads names with the given weights. */
export function taggerReader(weights: Weights, document?: DocumentReading): SentenceNameReader {
	return (sentence, runs, paragraph, evidence) => {
		const tokens = sentence.tokens;
		const tagged = tagSentence(weights, sentenceFeatures(tokens, runs, paragraph, evidence, document), tokens.map(token => token.text.toLowerCase()));
		const spans = spansOf(tagged);
		const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}) => a.start < b.end && b.start < a.end;
		// Named overrides where the rules are precise: a run with strong evidence for one kind (a title, "news
		// agency X", "the city of X") keeps the rules' boundaries and kind; a run they refuse (an adjective of
		// nationality, a time zone, a title alone) is no name, whatever the tagger says.
		const strong = runs.filter(run => run.occurrence && isDecided(run.occurrence.votes));
		const refused = runs.filter(run => !run.occurrence);
		const learned = spans.filter(span => !strong.some(run => overlaps(span, run)) && !refused.some(run => span.start >= run.start && span.end <= run.end));
		return [...strong.map(run => run.occurrence!), ...learned.flatMap(toOccurrence)].toSorted((a, b) => a.start - b.start);
		function toOccurrence({start, end, kind}: {start: number; end: number; kind: EntityKind}): Array<Omit<NameOccurrence, 'article' | 'paragraph'>> {
			const first = tokens[start]!;
			const last = tokens[end - 1]!;
			const surface = paragraph.text.slice(first.start, last.end).replace(possessive, '').replace(/\/.*$/u, '');
			const key = normaliseName(surface);
			if (key === '') return [];
			const same = runs.find(run => run.occurrence && run.occurrence.start === first.start && run.occurrence.end === first.start + surface.length)?.occurrence;
			const around = runs.find((run: RuleRun) => run.start <= start && run.end >= end)?.occurrence;
			const fitting = (detail: string | undefined) => detail !== undefined && (kind === 'place') === (detail === 'Country' || detail === 'City');
			const detail = [same?.detail, around?.detail, kind === 'place' ? placeDetail(tokens[end - 1]!) : undefined].find(fitting);
			const role = kind === 'person' ? (same?.role ?? around?.role) : undefined;
			const occurrence: Omit<NameOccurrence, 'article' | 'paragraph'> = {
				surface,
				...(same?.displayName ? {displayName: same.displayName} : {}),
				key,
				tokenCount: end - start,
				start: first.start,
				end: first.start + surface.length,
				votes: {person: 0, organization: 0, place: 0, [kind]: 2},
				...(role ? {role} : {}),
				acronym: end - start === 1 && isAcronym(surface),
				...(detail ? {detail} : {}),
				rules: [`name-tagger-${kind}`, ...(same?.rules ?? [])],
			};
			return [occurrence];
		}
	};
}

/** The rules' reading of the whole text first (a feature of every word), then the tagger's. */
export function readNamesLearned(paragraphs: AnalysedParagraph[], evidence: CaseEvidence, weights: Weights = committedWeights()): NameOccurrence[] {
	const document = readDocument(groupEntities(findNameOccurrences(paragraphs, evidence)));
	return findNameOccurrences(paragraphs, evidence, taggerReader(weights, document));
}

let committed: Weights | undefined;

/**
 * The committed weights (data/name-tagger/weights.json), read on the importer's first article: the
 * folder is two levels up from this file in the sources and one up from the bundle in dist/.
 */
export function committedWeights(): Weights {
	if (committed) return committed;
	const candidates = ['../data/name-tagger/weights.json', '../../../data/name-tagger/weights.json'].map(relative => fileURLToPath(new URL(relative, import.meta.url)));
	const file = candidates.find(candidate => existsSync(candidate));
	if (!file) throw new Error(`the name tagger's weights are missing (looked for ${candidates.join(', ')})`);
	committed = loadWeights(JSON.parse(readFileSync(file, 'utf8')) as StoredWeights);
	return committed;
}
