// npx tsx test/ingest-eval/classify-speaker-misses.ts [--limit=N] [--show=CLASS] — PolNeAR TUNE part only:
// imports each article as `ingest` does and sorts every quote with a named gold speaker into what went
// right or wrong (speaker right; wrong speaker given; none given with the gold speaker an entity, a
// person read as a place or body, a surname of no entity, a name or description that is no entity at
// all), so that work on speakers goes where the misses are. Never run on the check part, nor on tune's sealed slice (corpus-split.ts).
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {importArticles} from './evaluate.js';
import {normalise, speakerMatches} from './score.js';
import {openTuneArticles, polnearFolder, quoteKey, tally} from './speaker-study.js';

const folder = polnearFolder;
const names = openTuneArticles();
const {counts, count, print, printExamples} = tally();
for (const name of names) {
	const article = path.join(folder, 'articles', name);
	const text = readFileSync(article, 'utf8');
	const gold = JSON.parse(readFileSync(path.join(folder, 'gold', name.replace(/\.txt$/, '.json')), 'utf8')) as {quotes?: Array<{text: string; speaker: string; unresolved?: boolean; speaker_via?: string}>};
	const story = await importArticles([article]);
	const entities = [...story.people.map(entity => ({...entity, kind: 'person'})), ...story.organizations.map(entity => ({...entity, kind: 'organization'})), ...story.places.map(entity => ({...entity, kind: 'place'}))];
	const forms = (entity: {name: string; aliases: string[]}) => new Set([entity.name, ...entity.aliases].map(normalise));
	const byKey = new Map(story.quotes.map(quote => [quoteKey(quote.text), quote]));
	for (const goldQuote of gold.quotes ?? []) {
		if (goldQuote.unresolved || !goldQuote.speaker) continue;
		const found = byKey.get(quoteKey(goldQuote.text));
		const via = goldQuote.speaker_via ? ` via ${goldQuote.speaker_via}` : '';
		const example = `${name}: “${goldQuote.text.slice(0, 50)}” gold ${goldQuote.speaker}${via}`;
		if (!found) {
			count('quote not found', example);
			continue;
		}
		const given = entities.find(entity => entity.id === found.speaker);
		const matching = entities.filter(entity => speakerMatches(forms(entity), goldQuote.speaker));
		if (given && speakerMatches(forms(given), goldQuote.speaker)) {
			count('right', example);
			continue;
		}
		const reach = matching.length > 0 ? `gold is a ${matching.map(entity => entity.kind).join('/')}` : (() => {
			const words = goldQuote.speaker.split(/\s+/);
			const surname = words.at(-1)!;
			if (entities.some(entity => entity.kind === 'person' && entity.name.split(/\s+/).includes(surname))) return 'gold shares a word with a person';
			// Name-reader misses to hand on: initials inside the name ("John F. Kerry", "G.K. Butterfield").
			if (/(?:^|\s)\p{Lu}\.(?:\p{Lu}\.)?\s/u.test(goldQuote.speaker) && text.includes(goldQuote.speaker)) return 'no entity: a name with initials';
			if (/^\p{Lu}/u.test(goldQuote.speaker) && text.includes(goldQuote.speaker)) return words.length === 1 ? 'no entity: one capitalised word' : 'no entity: name in text';
			return 'no entity: not in text as given';
		})();
		count(given ? `wrong speaker given (${given.kind}); ${reach}` : `none given; ${reach}`, `${example} → ${given?.name ?? 'none'}`);
	}
}
const total = [...counts.values()].reduce((sum, value) => sum + value, 0);
print();
console.log(`${String(total).padStart(5)}  quotes with a named gold speaker in ${names.length} tune articles`);
printExamples();
