// npx tsx test/ingest-eval/classify-speaker-misses.ts [--limit=N] [--show=CLASS] — PolNeAR TUNE part only:
// imports each article as `ingest` does and sorts every quote with a named gold speaker into what went
// right or wrong (speaker right; wrong speaker given; none given with the gold speaker an entity, a
// person read as a place or body, a surname of no entity, a name or description that is no entity at
// all), so that work on speakers goes where the misses are. Never run on the check part, nor on tune's sealed slice (corpus-split.ts).
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {corpusPart, isSealed} from './corpus-split.js';
import {corporaFolder, importArticles} from './evaluate.js';
import {normalise, speakerMatches} from './score.js';

const option = (name: string) => process.argv.find(argument => argument.startsWith(`--${name}=`))?.split('=')[1];
const limit = Number(option('limit') ?? Number.POSITIVE_INFINITY);
const show = option('show');
const quoteKey = (text: string) => normalise(text).replace(/[\s,.;:!?'"“”]+$/u, '');
const folder = path.join(corporaFolder, 'polnear');
const names = readdirSync(path.join(folder, 'articles')).filter(name => name.endsWith('.txt') && corpusPart('polnear', name) === 'tune' && !isSealed('polnear', name)).sort().slice(0, limit);
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const count = (label: string, example: string) => {
	counts.set(label, (counts.get(label) ?? 0) + 1);
	(examples.get(label) ?? examples.set(label, []).get(label)!).push(example);
};
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
for (const [label, value] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(value).padStart(5)}  ${label}`);
console.log(`${String(total).padStart(5)}  quotes with a named gold speaker in ${names.length} tune articles`);
if (show) for (const [label, list] of examples) if (label.includes(show)) for (const line of list) console.log(`  [${label}] ${line}`);
