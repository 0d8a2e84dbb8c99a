import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseCircular, parseDependencyTree, type DependencyTree} from 'dpdm';
import {beforeAll, describe, expect, it} from 'vitest';

// The import graph of source/, as TypeScript reads it (type-only and dynamic imports included: a cycle
// closed only by a type still ties the files together), checked for cycles and for imports that run up
// the layers. dpdm parses with the TypeScript compiler the project already has.

/**
 * The layers, highest first; a file may import its own folder, its layer's other folders and any layer
 * below, never one above. The top-level files (cli.tsx, cli-main.ts …) are the `cli` layer. fs/ shares the
 * bottom layer with model/: the story loader reads through bounded reads, and fs/ reports in model's
 * Problem shape (the cycle check keeps the two from importing each other both ways).
 */
export const layers: ReadonlyArray<readonly string[]> = [
	['cli'],
	['commands'],
	['config'],
	['ui'],
	// Feeds and the inbox place imported articles into the library's stories: above both.
	['feeds'],
	['ingest', 'library', 'map', 'report', 'search'],
	['geo', 'text'],
	['fs', 'model'],
];

const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceFolder = path.join(root, 'source');

/** The folder under source/ a file belongs to, or 'cli' for the top-level files. */
function folderOf(file: string): string {
	const parts = path.relative(sourceFolder, path.resolve(root, file)).split(path.sep);
	return parts.length === 1 ? 'cli' : parts[0]!;
}

function layerOf(folder: string): number {
	return layers.findIndex(layer => layer.includes(folder));
}

let tree: DependencyTree;
/** Every import from one source file to another, with what kind of import it is. */
let edges: Array<{from: string; to: string; kind: string}>;

beforeAll(async () => {
	tree = await parseDependencyTree(['source/**/*.ts', 'source/**/*.tsx'], {cwd: root, context: root, tsconfig: path.join(root, 'tsconfig.json'), transform: false, skipDynamicImports: false});
	edges = Object.entries(tree).flatMap(([from, dependencies]) =>
		(dependencies ?? []).filter(dependency => dependency.id?.startsWith('source/')).map(dependency => ({from, to: dependency.id!, kind: String(dependency.kind)})),
	);
}, 60_000);

describe('the import graph of source/', () => {
	it('is read whole: the dashboard, the commands and the importer are in it', () => {
		// Guards the checks below against passing on an empty or partial graph.
		expect(Object.keys(tree)).toEqual(expect.arrayContaining(['source/cli.tsx', 'source/cli-main.ts', 'source/ui/app.tsx', 'source/ingest/build-story.ts']));
		expect(edges.some(edge => edge.from === 'source/ui/state.ts' && edge.to === 'source/ui/keys.ts')).toBe(true);
	});

	it('has no import cycle', () => {
		const cycles = parseCircular(tree).map(cycle => [...cycle, cycle[0]].join(' -> '));
		expect(cycles).toEqual([]);
	});

	it('puts every folder of source/ in a layer', () => {
		const folders = [...new Set(Object.keys(tree).filter(file => file.startsWith('source/')).map(folderOf))];
		expect(folders.filter(folder => layerOf(folder) < 0)).toEqual([]);
	});

	it('has no import from a lower layer to a higher one', () => {
		const upward = edges.filter(edge => layerOf(folderOf(edge.to)) < layerOf(folderOf(edge.from))).map(edge => `${edge.from} -> ${edge.to} (${folderOf(edge.from)} is below ${folderOf(edge.to)})`);
		expect(upward).toEqual([]);
	});
});
