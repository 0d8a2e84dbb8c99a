import type {AnalysedParagraph, CaseEvidence, EntityKind, ExtractedEntity, RuleRun} from '../entities.js';
import {kindOf} from '../entities.js';
import {isFirstName} from '../first-names.js';
import {lookUpPlace} from '../../geo/gazetteer.js';
import {keptPerKey} from '../../text/kept-per-key.js';
import {nameConnectors, nameParticles, organizationDescriptors, organizationHeads, personTitles, placeHeads, placeNouns} from '../lexicon.js';
import {bare, isCommonWord, startsClause} from '../name-words.js';
import {normaliseName, type Token} from '../tokens.js';
import {partiesOfDocument, worksOfDocument} from './works-and-parties.js';
import {workTitlesOfDocument} from './names-of-things.js';
import {clusterFeatures} from './word-clusters.js';

// What the name tagger sees of each word: its shape and affixes, the words around it, compromise's tags,
// whether it opens a sentence, gazetteer and first-name membership, the word lists of the rules, and the
// rules' own reading of the run of capitals it is in (their votes become features, not decisions).

/**
 * "Xxxx", "XX", "X.X.", "dddd", "xx-Xxx": the word's letters as classes, repeats collapsed. Kept per word:
 * each token asks for its own shape and its neighbours' (four calls, four patterns each).
 */
export const wordShape: (word: string) => string = keptPerKey(word =>
	word
		.replace(/\p{Lu}/gu, 'X')
		.replace(/\p{Ll}/gu, 'x')
		.replace(/\p{N}/gu, 'd')
		.replace(/(.)\1+/gu, '$1$1'),
);

// compromise's tags that say something about names; the others (Singular, Infinitive …) only add weight.
const usefulTags = new Set([
	'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific', 'Place', 'Country', 'City', 'Region', 'Organization',
	'ProperNoun', 'Acronym', 'Noun', 'Plural', 'Verb', 'Adjective', 'Adverb', 'Demonym', 'Date', 'Month', 'WeekDay', 'Value',
	'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Abbreviation', 'Gerund', 'PastTense', 'Expression', 'Title',
]);

/** The tag features as strings made once (the same as `t=${tag}`, `t-1=${tag}`, `t+1=${tag}`): kept strings are hashed once, see wordFeatures. */
const tagFeatures = new Map([...usefulTags].map(tag => [tag, {own: `t=${tag}`, before: `t-1=${tag}`, after: `t+1=${tag}`}]));

/** A token's spacing features, `post=…`, `pre=…` and `post-1=…` of its trimmed spacing, kept per spacing (a handful an article). */
const spacingFeatures = keptPerKey((spacing: string) => {
	const trimmed = spacing.trim();
	return {post: `post=${trimmed}`, pre: `pre=${trimmed}`, postBefore: `post-1=${trimmed}`};
});

/** The features joining a shape with where the word stands (`opens=…|shape`, `paragraph=…|shape`), kept per shape. */
const shapeFeatures = keptPerKey((shape: string) => ({
	/** `shape|shape+1=…` per next shape (shapes are few: the inner memory stays small). */
	withNext: keptPerKey((nextShape: string) => `shape|shape+1=${shape}|${nextShape}`, 1000),
	opens: `opens=true|${shape}`,
	inside: `opens=false|${shape}`,
	headline: `paragraph=headline|${shape}`,
	line: `paragraph=line|${shape}`,
	prose: `paragraph=prose|${shape}`,
}));

/** `wordkind=…` of the few kinds a word's reading has. */
const wordKindFeature = keptPerKey((kind: string) => `wordkind=${kind}`);

const knownPlaces = new Map<string, boolean>();
/** A city or country the gazetteer knows, and not also an everyday word. */
function isKnownPlace(name: string): boolean {
	let known = knownPlaces.get(name);
	if (known === undefined) knownPlaces.set(name, (known = lookUpPlace(name) !== undefined && !isCommonWord(name)));
	return known;
}

const firstNames = new Map<string, boolean>();
function listedFirstName(word: string): boolean {
	let known = firstNames.get(word);
	if (known === undefined) firstNames.set(word, (known = isFirstName(word)));
	return known;
}

const lower = (token: Token | undefined) => (token ? token.text.toLowerCase() : token === undefined ? '<none>' : '');

/**
 * The features a word gives itself and its neighbours, as strings made once per word: the tagger looks each
 * feature up in its weights, and a string made anew (some forty a token) must be joined and hashed on
 * every lookup, where a kept one has its hash already. The same strings as written out in sentenceFeatures.
 */
type WordFeatures = {own: [string, string, string, string, string]; before: string; after: string; before2: string; after2: string; shapeBefore: string; shapeAfter: string};
const wordFeatures = keptPerKey((word: string): WordFeatures => {
	const lowered = word.toLowerCase();
	const shape = wordShape(word);
	return {
		own: [`w=${lowered}`, `shape=${shape}`, `p3=${word.slice(0, 3)}`, `s3=${word.slice(-3).toLowerCase()}`, `s2=${word.slice(-2).toLowerCase()}`],
		before: `w-1=${lowered}`,
		after: `w+1=${lowered}`,
		before2: `w-2=${lowered}`,
		after2: `w+2=${lowered}`,
		shapeBefore: `shape-1=${shape}`,
		shapeAfter: `shape+1=${shape}`,
	};
});

/** The rules' reading of each token: where it sits in a run of capitals and what the run was voted. */
function runReading(tokens: Token[], runs: RuleRun[], document: DocumentReading | undefined): string[][] {
	const reading: string[][] = tokens.map(() => ['run=O']);
	for (const run of runs) {
		const occurrence = run.occurrence;
		const kind = occurrence ? (kindOf(occurrence.votes) ?? 'undecided') : 'none';
		// The occurrence may start after a title inside the run ("President Anna Lee").
		const nameStart = occurrence ? tokens.findIndex(token => token.start === occurrence.start) : -1;
		for (let index = run.start; index < run.end; index++) {
			const position = index === run.start ? 'B' : 'I';
			const inName = occurrence !== undefined && index >= nameStart && nameStart >= 0 && tokens[index]!.start < occurrence.end;
			const features = [`run=${position}`, `runkind=${kind}`, `runpos=${position}|${kind}|${inName ? 'name' : 'title'}`, `runlen=${Math.min(run.end - run.start, 4)}`];
			if (occurrence) {
				for (const rule of occurrence.rules ?? []) features.push(`rule=${rule}`);
				if (occurrence.votes.person > 0) features.push(`vote=person|${Math.min(occurrence.votes.person, 6)}`);
				if (occurrence.votes.organization > 0) features.push(`vote=organization|${Math.min(occurrence.votes.organization, 6)}`);
				if (occurrence.votes.place > 0) features.push(`vote=place|${Math.min(occurrence.votes.place, 6)}`);
				if (occurrence.acronym) features.push('vote=acronym');
				// The rules' decision over the document, where this occurrence's name ended up.
				features.push(`dockind=${position}|${document?.kindOfName.get(occurrence.key) ?? 'none'}`);
			}
			reading[index] = features;
		}
	}
	return reading;
}

/** What the rules decided over the whole document: the kind of each name they found and of its words. */
export type DocumentReading = {
	kindOfName: Map<string, EntityKind>;
	kindOfWord: Map<string, EntityKind | 'mixed'>;
	initialisms: Map<string, number>;
	works: Set<string>;
	/** Titles written as a work's somewhere (names-of-things.ts): no body or place elsewhere either. */
	workTitles: Set<string>;
	parties: Set<string>;
	/** A two-pass model's second pass: each sentence's features with the first pass's document features added (document-features.ts). */
	secondPass?: Map<Token[], string[][]>;
};

export function readDocument(entities: ExtractedEntity[], paragraphs: AnalysedParagraph[] = []): DocumentReading {
	// How often each initialism is written: one used again and again is used as a name.
	const initialisms = new Map<string, number>();
	for (const paragraph of paragraphs) for (const match of paragraph.text.matchAll(/(?<![\p{L}.])\p{Lu}{2,6}(?![\p{L}])/gu)) initialisms.set(match[0].toLowerCase(), (initialisms.get(match[0].toLowerCase()) ?? 0) + 1);
	const kindOfName = new Map<string, EntityKind>();
	const kindOfWord = new Map<string, EntityKind | 'mixed'>();
	for (const entity of entities) {
		for (const occurrence of entity.occurrences) kindOfName.set(occurrence.key, entity.kind);
		for (const word of entity.name.split(/[\s-]+/u).map(bare)) {
			if (word.length < 3) continue;
			const known = kindOfWord.get(word);
			kindOfWord.set(word, known === undefined || known === entity.kind ? entity.kind : 'mixed');
		}
	}
	const sentences = paragraphs.flatMap(paragraph => paragraph.sentences);
	// "the Trump movement" beside "Donald Trump": a word of a person's full name says whose the movement is.
	const personWords = new Set(entities.filter(entity => entity.kind === 'person' && entity.name.split(/\s+/u).length > 1).flatMap(entity => entity.name.split(/\s+/u).map(normaliseName)));
	const parties = new Set([...partiesOfDocument(sentences)].filter(word => !personWords.has(word)));
	return {kindOfName, kindOfWord, initialisms, works: worksOfDocument(sentences), workTitles: workTitlesOfDocument(sentences), parties};
}

/**
 * Feature groups under trial (cv-names.ts --features=…); empty in the importer. Tried and dropped: affixes
 * of length 1, 2 and 4 besides those of 2 and 3 (cv-names people 0.725 -> 0.706, voyage people 0.23 -> 0.12).
 */
export const trialFeatures = new Set<string>();

/** Each token's own features (those not depending on the labels chosen to its left). */
export function sentenceFeatures(tokens: Token[], runs: RuleRun[], paragraph: Pick<AnalysedParagraph, 'text' | 'headline'>, evidence: CaseEvidence, document?: DocumentReading): string[][] {
	const reading = runReading(tokens, runs, document);
	// A short line with no sentence end: a heading, a caption, a list item or a credit.
	const line = paragraph.text.length < 80 && !/[.!?…]["”’)]?$/u.test(paragraph.text.trim()) ? 'line' : 'prose';
	return tokens.map((token, index) => {
		const word = token.text;
		const bareWord = bare(word);
		const previous = tokens[index - 1];
		const next = tokens[index + 1];
		const shape = wordShape(word);
		const opening = startsClause(tokens, index);
		const shaped = shapeFeatures(shape);
		const own = wordFeatures(word).own;
		const twoBefore = tokens[index - 2];
		const twoAfter = tokens[index + 2];
		const features = [
			'bias',
			own[0],
			own[1],
			own[2],
			own[3],
			own[4],
			previous ? wordFeatures(previous.text).before : 'w-1=<none>',
			next ? wordFeatures(next.text).after : 'w+1=<none>',
			twoBefore ? wordFeatures(twoBefore.text).before2 : 'w-2=<none>',
			twoAfter ? wordFeatures(twoAfter.text).after2 : 'w+2=<none>',
			previous ? wordFeatures(previous.text).shapeBefore : 'shape-1=<none>',
			next ? wordFeatures(next.text).shapeAfter : 'shape+1=<none>',
			shaped.withNext(next ? wordShape(next.text) : '<none>'),
			`w-1|w=${lower(previous)}|${word.toLowerCase()}`,
			`w|w+1=${word.toLowerCase()}|${lower(next)}`,
			opening ? shaped.opens : shaped.inside,
			index === 0 ? 'first=true' : 'first=false',
			spacingFeatures(token.post).post,
			spacingFeatures(token.pre).pre,
			previous ? spacingFeatures(previous.post).postBefore : 'post-1=<none>',
			paragraph.headline ? shaped.headline : shaped[line],
			...reading[index]!,
		];
		if (trialFeatures.has('clusters')) features.push(...clusterFeatures(tokens, index));
		for (const tag of token.tags) {
			const kept = tagFeatures.get(tag);
			if (kept) features.push(kept.own);
		}
		if (previous)
			for (const tag of previous.tags) {
				const kept = tagFeatures.get(tag);
				if (kept) features.push(kept.before);
			}
		if (next)
			for (const tag of next.tags) {
				const kept = tagFeatures.get(tag);
				if (kept) features.push(kept.after);
			}
		if (/^\p{Lu}/u.test(word)) {
			features.push(wordKindFeature(document?.kindOfWord.get(bareWord) ?? 'none'));
			if (isKnownPlace(bareWord)) features.push('gazetteer');
			if (next && /^\p{Lu}/u.test(next.text) && isKnownPlace(`${bareWord} ${bare(next.text)}`)) features.push('gazetteer+1');
			if (previous && /^\p{Lu}/u.test(previous.text) && isKnownPlace(`${bare(previous.text)} ${bareWord}`)) features.push('gazetteer-1');
			if (listedFirstName(word)) features.push('firstname');
			if (previous && listedFirstName(previous.text)) features.push('firstname-1');
			if (evidence.lowerCase.has(bareWord)) features.push('seen-lower');
			if (evidence.capitalisedInside.has(bareWord)) features.push('seen-capitalised');
			if (evidence.demonyms.has(bareWord)) features.push('demonym');
		}
		if (personTitles.has(bareWord)) features.push('title');
		if (previous && personTitles.has(bare(previous.text))) features.push('title-1');
		if (organizationHeads.has(bareWord)) features.push('org-head');
		if (next && organizationHeads.has(bare(next.text))) features.push('org-head+1');
		if (placeHeads.has(bareWord)) features.push('place-head');
		if (nameConnectors.has(word) || nameParticles.has(word)) features.push('connector');
		if (previous && placeNouns.has(bare(previous.text))) features.push('place-noun-1');
		if (tokens[index - 2] && placeNouns.has(bare(tokens[index - 2]!.text)) && previous?.text === 'of') features.push('place-noun-of');
		if (previous && organizationDescriptors.has(bare(previous.text))) features.push('org-descriptor-1');
		return features;
	});
}
