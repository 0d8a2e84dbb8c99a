// npx tsx source/geo/write-story-coordinates.ts — writes the gazetteer's coordinates into the bundled
// stories (data/*.json), touching only the coordinates lines of each place so the hand-written file
// keeps its layout. test/ingest/place-bundled-story.test.ts checks that the files say what this would
// write, so the data cannot drift from the gazetteer.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {StoryFile} from '../model/schema.js';
import {storyCoordinates, storyPlaceCoordinates} from './story-coordinates.js';

const data = fileURLToPath(new URL('../../data/', import.meta.url));

/** The story's text with each place's coordinates lines replaced by what the gazetteer says. */
export function withStoryCoordinates(text: string, story: StoryFile): string {
	const located = storyCoordinates(story);
	const lines = text.split('\n').filter(line => !/^\s*"coordinates(?:Source)?": /.test(line));
	let place: string | undefined;
	const out: string[] = [];
	for (const line of lines) {
		out.push(line);
		const id = /^(\s*)"id": "([^"]+)",$/.exec(line);
		if (id) place = story.places.some(candidate => candidate.id === id[2]) ? id[2] : undefined;
		// After a place's kind (and its "within", when it has one), before its description.
		const kind = /^(\s*)"(?:kind|within)": /.exec(line);
		if (!place || !kind) continue;
		const record = story.places.find(candidate => candidate.id === place)!;
		if (record.within !== undefined && /"kind": /.test(line)) continue;
		const coordinates = storyPlaceCoordinates(located.get(place));
		if (coordinates) out.push(`${kind[1]}"coordinates": ${JSON.stringify(coordinates.coordinates).replace(',', ', ')},`, `${kind[1]}"coordinatesSource": ${JSON.stringify(coordinates.coordinatesSource)},`);
		place = undefined;
	}
	return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	for (const name of readdirSync(data).filter(file => file.endsWith('.json'))) {
		const file = `${data}${name}`;
		const text = readFileSync(file, 'utf8');
		const updated = withStoryCoordinates(text, JSON.parse(text) as StoryFile);
		if (updated !== text) writeFileSync(file, updated);
		console.log(`${name}: ${updated === text ? 'unchanged' : 'coordinates written'}`);
	}
}
