import reviewModel from '../../../data/name-tagger/entity-review.json' with {type: 'json'};
import {lookUpPlace} from '../../geo/gazetteer.js';
import type {AnalysedParagraph, CaseEvidence, EntityKind, ExtractedEntity} from '../entities.js';
import {isFirstName} from '../first-names.js';
import {organizationHeads, personTitles, placeHeads} from '../lexicon.js';
import {bare, isCommonWord} from '../name-words.js';

// The second look at each name, after tagging and grouping: many mistakes belong to a name as a whole,
// not to one word of one sentence (a heading's capitals taken for a body, a hotel read as a body where
// the reader sees a place, a word capitalised only at the start of sentences). A small multinomial
// logistic model over what all occurrences of the name say together decides whether it stays, and its
// kind. It is trained on names the tagger found in documents it had not been trained on (test/ingest-eval/
// train-entity-review.ts), so it learns the tagger's real mistakes, not its memory of the training text.

export const reviewClasses = ['none', 'person', 'organization', 'place'] as const;
export type ReviewClass = (typeof reviewClasses)[number];

/** The model as stored: one row of class weights per feature, and the margins that move a name. */
export type EntityReviewModel = {
	format: 'summit-entity-review';
	version: 1;
	classes: readonly string[];
	weights: Record<string, number[]>;
	/** A name is dropped only when "none" is this much likelier than its kind, retyped when another kind is. */
	dropMargin: number;
	retypeMargin: number;
};

const bucket = (value: number, edges: number[]) => edges.findIndex(edge => value <= edge) + 1 || edges.length + 1;
const share = (part: number, whole: number) => (whole === 0 ? 'none' : part === 0 ? '0' : part === whole ? 'all' : part * 2 >= whole ? 'most' : 'some');

/** Whether a name at `start` of a paragraph's text opens a sentence, a quotation or a line (where every word has a capital). */
function opensSentence(text: string, start: number): boolean {
	const before = text.slice(Math.max(0, start - 4), start);
	return start === 0 || /(?:^|[.!?:;“"‘(])\s*$/u.test(before) || /^\s*[-•*\d.)]+\s*$/u.test(text.slice(0, start));
}

/** A short line without a sentence's end: a heading, a list item, a caption. */
const isLine = (text: string) => text.length < 80 && !/[.!?…]["”’)]?$/u.test(text.trim());

export type ReviewContext = {paragraphs: AnalysedParagraph[]; evidence: CaseEvidence};

/** What the occurrences of one grouped name say together, as feature names. */
export function entityFeatures(entity: ExtractedEntity, {paragraphs, evidence}: ReviewContext, byPosition: Map<string, AnalysedParagraph>): string[] {
	const kind = entity.kind;
	const occurrences = entity.occurrences;
	const words = entity.name.split(/\s+/u).filter(Boolean);
	const first = words[0] ?? '';
	const last = words.at(-1) ?? '';
	const head = bare(last);
	const count = occurrences.length;
	const features = ['bias', `kind=${kind}`, `count=${bucket(count, [1, 2, 4, 9])}`, `kind|count=${kind}|${bucket(count, [1, 2, 4, 9])}`, `words=${Math.min(words.length, 4)}`, `kind|words=${kind}|${Math.min(words.length, 4)}`];
	const votes = {person: 0, organization: 0, place: 0};
	const tagged = {person: 0, organization: 0, place: 0};
	const rules = new Set<string>();
	let opening = 0;
	let inLines = 0;
	let acronym = 0;
	for (const occurrence of occurrences) {
		for (const other of ['person', 'organization', 'place'] as const) votes[other] += occurrence.votes[other];
		if (occurrence.acronym) acronym++;
		for (const rule of occurrence.rules ?? []) {
			rules.add(rule);
			const taggerKind = /^name-tagger-(person|organization|place)$/u.exec(rule)?.[1] as EntityKind | undefined;
			if (taggerKind) tagged[taggerKind]++;
		}
		const paragraph = byPosition.get(`${occurrence.article}/${occurrence.paragraph}`);
		if (paragraph) {
			if (opensSentence(paragraph.text, occurrence.start)) opening++;
			if (isLine(paragraph.text)) inLines++;
		}
	}
	const totalVotes = votes.person + votes.organization + votes.place;
	for (const other of ['person', 'organization', 'place'] as const) {
		features.push(`votes=${other}|${share(votes[other], totalVotes)}`, `tagged=${other}|${share(tagged[other], count)}`);
	}
	for (const rule of rules) if (!rule.startsWith('name-tagger-')) features.push(`rule=${rule}`);
	features.push(`opening=${share(opening, count)}`, `kind|opening=${kind}|${share(opening, count)}`, `lines=${share(inLines, count)}`, `kind|lines=${kind}|${share(inLines, count)}`);
	if (acronym > 0) features.push('acronym', `kind|acronym=${kind}`);
	if (/^[\p{Lu}\p{N}\s.&-]+$/u.test(entity.name) && /\p{Lu}{2}/u.test(entity.name)) features.push('capitals');
	if (/\p{N}/u.test(entity.name)) features.push('digit');
	const place = lookUpPlace(entity.name);
	if (place && !isCommonWord(entity.name)) features.push(`gazetteer=${place.kind}`, `kind|gazetteer=${kind}|${place.kind}`);
	if (words.length > 1 && isFirstName(first)) features.push('first-name', `kind|first-name=${kind}`);
	if (words.length === 1 && isFirstName(first)) features.push('lone-first-name');
	if (personTitles.has(bare(first))) features.push('title-first');
	if (organizationHeads.has(head)) features.push('head=organization', `kind|head=${kind}|organization`);
	if (placeHeads.has(head)) features.push('head=place', `kind|head=${kind}|place`);
	features.push(`last=${head}`, `first=${bare(first)}`, `s3=${head.slice(-3)}`);
	if (words.some(word => /^\p{Ll}/u.test(word))) features.push('inner-lower');
	// Seen in lower case elsewhere in the text: a word capitalised only by its place in a sentence or a heading.
	if (words.length === 1 && evidence.lowerCase.has(head)) features.push('seen-lower', `kind|seen-lower=${kind}`);
	if (words.length === 1 && evidence.demonyms.has(head)) features.push('demonym');
	if (entity.role) features.push('role');
	if (entity.type) features.push(`type=${entity.type}`);
	features.push(`aliases=${Math.min(entity.aliases.length, 2)}`);
	void paragraphs;
	return features;
}

/** The probability of each class for one name's features. */
export function classProbabilities(weights: Record<string, number[]>, features: string[]): number[] {
	const scores = reviewClasses.map(() => 0);
	for (const feature of features) {
		const row = weights[feature];
		if (row) for (let index = 0; index < scores.length; index++) scores[index]! += row[index]!;
	}
	const top = Math.max(...scores);
	const exps = scores.map(score => Math.exp(score - top));
	const total = exps.reduce((sum, value) => sum + value, 0);
	return exps.map(value => value / total);
}

/** The class the model gives a name, with the margins of the model: its kind unless another is clearly likelier. */
export function reviewedClass(probabilities: number[], kind: EntityKind, model: Pick<EntityReviewModel, 'dropMargin' | 'retypeMargin'>): ReviewClass {
	const own = probabilities[reviewClasses.indexOf(kind)]!;
	const none = probabilities[0]!;
	let best: ReviewClass = kind;
	let bestProbability = own;
	for (const other of ['person', 'organization', 'place'] as const) {
		if (other !== kind && probabilities[reviewClasses.indexOf(other)]! > bestProbability + model.retypeMargin) {
			best = other;
			bestProbability = probabilities[reviewClasses.indexOf(other)]!;
		}
	}
	return none > bestProbability + model.dropMargin ? 'none' : best;
}

/** The names after the second look: some dropped, some of another kind. */
export function reviewEntities(entities: ExtractedEntity[], context: ReviewContext, model: EntityReviewModel | undefined): ExtractedEntity[] {
	if (!model) return entities;
	const byPosition = new Map(context.paragraphs.map(paragraph => [`${paragraph.article}/${paragraph.paragraph}`, paragraph]));
	return entities.flatMap(entity => {
		const decided = reviewedClass(classProbabilities(model.weights, entityFeatures(entity, context, byPosition)), entity.kind, model);
		if (decided === 'none') return [];
		if (decided === entity.kind) return [entity];
		// A retyped name keeps its words; what only fitted the old kind goes (a person's role, a body's descriptor).
		const retyped: ExtractedEntity = {...entity, kind: decided, rules: [...entity.rules, `entity-review-${decided}`]};
		delete retyped.role;
		delete retyped.type;
		return [retyped];
	});
}

let instead: EntityReviewModel | null | undefined;

/** Cross-validation (test/ingest-eval) reviews with a fold's model, or none (null), in place of the committed one. */
export function useReviewInstead(model: EntityReviewModel | null | undefined): void {
	instead = model;
}

/** The committed model (data/name-tagger/entity-review.json, a few KB bundled into the importer's chunk). */
export function committedReview(): EntityReviewModel | undefined {
	if (instead !== undefined) return instead ?? undefined;
	return reviewModel as EntityReviewModel;
}
