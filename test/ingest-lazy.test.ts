import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

// The importer's NLP libraries (compromise, chrono-node) are about 450 KB of code: opening a story file
// must not load them. Checked on the built bundle: what the CLI and the dashboard load before the first
// frame is cli.js, its static imports and the dashboard chunk with its static imports.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function staticClosure(entry: string): Set<string> {
	const seen = new Set<string>();
	const pending = [entry];
	while (pending.length > 0) {
		const file = pending.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(path.join(dist, file), 'utf8');
		for (const match of code.matchAll(/(?:from|import|require\()\s*"\.\/([^"]+\.js)"/g)) pending.push(match[1]!);
	}
	return seen;
}

// The importer is a module of its own, loaded on use (dist/ingest-files.js: source/build.mjs).
const isImporter = (name: string) => /^ingest-files(-[A-Z0-9]+)?\.js$/.test(name);

describe('lazy loading of the importer', () => {
	it('keeps compromise and chrono-node out of everything the dashboard loads', () => {
		const files = readdirSync(dist);
		const dashboard = files.find(name => name.startsWith('run-dashboard-'));
		const importer = files.find(isImporter);
		expect(dashboard).toBeDefined();
		expect(importer).toBeDefined();
		const loaded = new Set([...staticClosure('cli.cjs'), ...staticClosure(dashboard!)]);
		expect(loaded.has(importer!)).toBe(false);
		// The libraries' own code, recognisable by names they define.
		const nlpChunks = files.filter(name => name.endsWith('.js') && /compromise|ForwardDateRefiner|ENCasualDateParser/.test(readFileSync(path.join(dist, name), 'utf8')));
		expect(nlpChunks.length).toBeGreaterThan(0);
		for (const chunk of nlpChunks) expect(loaded.has(chunk), chunk).toBe(false);
		// The dashboard as one script (what the built program runs, source/cached-script.ts) holds none of it.
		expect(readFileSync(path.join(dist, 'dashboard-start.cjs'), 'utf8')).not.toMatch(/compromise|ForwardDateRefiner|ENCasualDateParser/);
	});

	// The quote ranker's weights (data/models/quote-ranker.json) are bundled into the importer's chunk only.
	it("keeps the quote ranker's weights out of everything the dashboard loads", () => {
		const files = readdirSync(dist);
		const dashboard = files.find(name => name.startsWith('run-dashboard-'))!;
		const loaded = new Set([...staticClosure('cli.cjs'), ...staticClosure(dashboard)]);
		const modelChunks = files.filter(name => name.endsWith('.js') && readFileSync(path.join(dist, name), 'utf8').includes('sieve-chose:quote-in-sentence:speaker-named'));
		expect(modelChunks.length).toBeGreaterThan(0);
		for (const chunk of modelChunks) expect(loaded.has(chunk), chunk).toBe(false);
		expect(readFileSync(path.join(dist, 'dashboard-start.cjs'), 'utf8')).not.toContain('sieve-chose:quote-in-sentence:speaker-named');
	});

	// The dashboard's script (dashboard-start.cjs) carries the map's code, as esbuild bundles lazily imported
	// modules into a script: wrapped, evaluated on the map's first use, compiled then, and read from the code cache after.
	it("keeps the map's projection and boundary code out of what the dashboard loads first", () => {
		const files = readdirSync(dist);
		const dashboard = files.find(name => name.startsWith('run-dashboard-'))!;
		const loaded = new Set([...staticClosure('cli.cjs'), ...staticClosure(dashboard)]);
		// d3-geo, recognisable by method names that minifying keeps.
		const mapChunks = files.filter(name => name.endsWith('.js') && /\.fitExtent\b/.test(readFileSync(path.join(dist, name), 'utf8')) && /clipExtent/.test(readFileSync(path.join(dist, name), 'utf8')));
		expect(mapChunks.length).toBeGreaterThan(0);
		for (const chunk of mapChunks) expect(loaded.has(chunk), chunk).toBe(false);
	});

	// The HTML libraries (Readability, linkedom and its parser, about 480 KB) load only for HTML input:
	// neither the dashboard nor a plain-text import loads them.
	it('keeps Readability and linkedom out of the dashboard and out of plain-text imports', () => {
		const files = readdirSync(dist);
		const dashboard = files.find(name => name.startsWith('run-dashboard-'))!;
		const importer = files.find(isImporter)!;
		const htmlChunks = files.filter(name => name.endsWith('.js') && /_grabArticle|createTreeWalker/.test(readFileSync(path.join(dist, name), 'utf8')));
		expect(htmlChunks.length).toBeGreaterThan(0);
		const loaded = new Set([...staticClosure('cli.cjs'), ...staticClosure(dashboard), ...staticClosure(importer)]);
		for (const chunk of htmlChunks) expect(loaded.has(chunk), chunk).toBe(false);
	});
});
