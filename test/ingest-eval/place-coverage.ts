// npx tsx test/ingest-eval/place-coverage.ts — how many of the gold places of ../shared/ingest-dev the
// importer finds and how many of those it places, each listed with its kind, coordinates and source so
// that a reader can check them (no gold coordinates exist to score against). Prints nothing of the
// articles' text.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {importArticles, ingestDevFolder} from './evaluate.js';
import {readGold} from './score.js';
import {placeKey} from '../../source/geo/gazetteer.js';

if (!existsSync(ingestDevFolder)) {
	console.log(`${ingestDevFolder} is absent here; nothing to measure.`);
	process.exit(0);
}
let gold = 0;
let found = 0;
let placed = 0;
for (const file of readdirSync(path.join(ingestDevFolder, 'articles')).filter(name => name.endsWith('.txt')).sort()) {
	const name = file.replace(/\.txt$/, '');
	const story = await importArticles([path.join(ingestDevFolder, 'articles', file)]);
	for (const place of readGold(JSON.parse(readFileSync(path.join(ingestDevFolder, 'gold', `${name}.json`), 'utf8'))).places) {
		gold++;
		// As the evaluation matches: the gold's name or its forms ("Amur region" is also "Amur").
		const forms = new Set([place.name, ...place.aliases].map(placeKey));
		const match = story.places.find(candidate => [candidate.name, ...candidate.aliases].some(known => forms.has(placeKey(known))));
		if (match) found++;
		if (match?.coordinates) placed++;
		const where = match?.coordinates ? `${match.coordinates.map(value => value.toFixed(2)).join(', ').padEnd(16)} ${match.coordinatesSource ?? ''}` : '';
		console.log(`${name.slice(0, 16).padEnd(17)}${place.name.padEnd(26)}${(match ? match.kind : 'not found').padEnd(12)}${where}`);
	}
}
console.log(`\n${gold} gold places; the importer finds ${found}; it places ${placed}.`);
