// npx tsx test/ingest-eval/study-missing-speakers.ts [--limit=N] [--show=CLASS] — PolNeAR TUNE part only (not its
// sealed slice): the quotes whose gold speaker is among none of the importer's candidates, sorted by what the name
// reader did with the speaker near the quote (no entity at all; an entity whose name near the quote no mention covers;
// an entity not named within the candidates' reach), with the words around the speaker's surname, so that work on the
// name reader goes where speakers are lost. Names as the importer reads them (readNamesLearned, headlines included).
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {collectCaseEvidence, groupEntities, type AnalysedParagraph} from '../../source/ingest/entities.js';
import {createMentionFinder, type Mention} from '../../source/ingest/mentions.js';
import {textToArticleInput} from '../../source/ingest/page-input.js';
import {readNamesLearned} from '../../source/ingest/name-tagger/tag-names.js';
import {articleQuoteCandidates, speakerKnowledge} from '../../source/ingest/stage-quotes.js';
import {normalise, speakerMatches} from './score.js';
import {openTuneArticles, polnearFolder, quoteKey, tally} from './speaker-study.js';

const folder = polnearFolder;
const names = openTuneArticles();
const {count, print, printExamples} = tally();
let quotes = 0;
for (const name of names) {
	const file = path.join(folder, 'articles', name);
	const input = textToArticleInput(readFileSync(file, 'utf8'), file);
	const paragraphs = analyseArticles([input]);
	const entities = groupEntities(readNamesLearned(paragraphs, collectCaseEvidence(paragraphs), [input.metadata.title]));
	const findMentions = createMentionFinder(entities);
	const cache = new Map<AnalysedParagraph, Mention[]>();
	const mentionsOf = (paragraph: AnalysedParagraph) => cache.get(paragraph) ?? cache.set(paragraph, findMentions(paragraph)).get(paragraph)!;
	const gold = JSON.parse(readFileSync(path.join(folder, 'gold', name.replace(/\.txt$/, '.json')), 'utf8')) as {quotes?: Array<{text: string; speaker: string; unresolved?: boolean}>};
	const speakerOf = new Map<string, string>();
	for (const quote of gold.quotes ?? []) if (!quote.unresolved && quote.speaker && !speakerOf.has(quoteKey(quote.text))) speakerOf.set(quoteKey(quote.text), quote.speaker);
	const forms = (entity: number) => new Set([entities[entity]!.name, ...entities[entity]!.aliases].map(normalise));
	for (const {quote, candidates} of articleQuoteCandidates(paragraphs, mentionsOf, speakerKnowledge(entities), entities.map(entity => entity.name))) {
		const speaker = speakerOf.get(quoteKey(quote.span.text.trim()));
		if (speaker === undefined) continue;
		quotes++;
		if (candidates.some(candidate => speakerMatches(forms(candidate.entity), speaker))) continue;
		const matching = entities.flatMap((entity, index) => (speakerMatches(forms(index), speaker) ? [index] : []));
		const at = paragraphs.indexOf(quote.paragraph);
		const near = paragraphs.slice(Math.max(0, at - 2), at + 2);
		const surname = speaker.split(/\s+/u).at(-1)!;
		const pattern = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
		const where = near.find(paragraph => pattern.test(paragraph.text));
		const context = where ? (() => {
			const index = where.text.search(pattern);
			return where.text.slice(Math.max(0, index - 60), index + surname.length + 40).replace(/\s+/gu, ' ');
		})() : '';
		const covered = where !== undefined && mentionsOf(where).some(mention => matching.includes(mention.entity) && where.text.slice(mention.start, mention.end).includes(surname));
		const label = matching.length === 0 ? (where ? 'no entity; surname near the quote' : 'no entity; surname not near') : where ? (covered ? 'entity; mentioned near, not a candidate' : 'entity; surname near, no mention of it') : 'entity; not named near the quote';
		count(label, `${name}: gold ${speaker} | …${context}…`);
	}
}
print();
console.log(`${String(quotes).padStart(5)}  found quotes with a named gold speaker in ${names.length} tune articles`);
printExamples();
