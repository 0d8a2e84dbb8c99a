import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/library/catalog.js';
import {createPicker, setQuery} from '../../source/library/picker-model.js';
import {emptySeenState} from '../../source/library/whats-new.js';
import {pickerListLines} from '../../source/ui/picker/picker-lines.js';
import {storyNamed} from '../helpers/library-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// Untrusted text on every way out to the terminal: a file name that sets the window title, a catalog
// (edited by hand, or shipped with a shared folder) whose title clears the screen. Each command and the
// picker must show them as harmless text.

const title = '\u001b]0;PWNED\u0007';
const clear = '\u001b[2J\u009b2J';
const unsafe = /[\u001b\u0007\u009b\u009d]/;

function hostileLibrary() {
	const home = temporaryFolder();
	const env = {HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache')};
	const library = path.join(home, 'library');
	mkdirSync(library);
	const named = path.join(library, `${title}.json`);
	writeFileSync(named, JSON.stringify(storyNamed('harbour-deal', 'Harbour deal signed')));
	writeFileSync(path.join(library, `${clear}broken.json`), '{"schemaVersion": 1,');
	writeFileSync(path.join(library, 'plain.json'), JSON.stringify(storyNamed('ferry-strike', 'Ferry strike')));
	expect(spawnSync('mkfifo', [path.join(library, `${title}pipe.json`)]).status).toBe(0);
	return {home, env, library, named};
}

/** The library's catalog with a title that would drive the terminal. */
async function poisonCatalog(library: string, env: Record<string, string>) {
	await runMain(['library', '--library', library], {env});
	const file = path.join(library, '.catalog.json');
	const catalog = JSON.parse(readFileSync(file, 'utf8'));
	for (const entry of catalog.entries) if (entry.header) entry.header.title = `${clear}Poisoned${title}`;
	writeFileSync(file, JSON.stringify(catalog));
}

describe('escape sequences in file names and the catalog never reach the terminal', () => {
	it('through every command: library, library --json, validate, --into, --data, search --library, usage', async () => {
		const {home, env, library, named} = hostileLibrary();
		await poisonCatalog(library, env);
		const article = path.join(home, `${title}article.txt`);
		writeFileSync(article, 'Title: Harbour talks\nOutlet: Gazette\nPublished: 2024-03-07\n\nHarbour talks\n\nAna Lima met the council again on Wednesday.\n');
		const runs = [
			['library', '--library', library],
			['library', '--library', library, '--json'],
			['validate', named, path.join(library, `${clear}broken.json`)],
			['ingest', article, '--into', named],
			['--data', library, '--plain'],
			['search', 'harbour', '--library', library],
			['library', `extra${title}`],
			['ingest', article, '--into', `${title}missing`],
		];
		for (const args of runs) {
			const result = await runMain(args, {env});
			expect(`${result.stdout}${result.stderr}`, args.join(' ')).not.toMatch(unsafe);
		}
		const listing = await runMain(['library', '--library', library], {env});
		expect(listing.stdout).toContain('Poisoned');
		expect(listing.stdout).toContain('BROKEN');
		const json = JSON.parse((await runMain(['library', '--library', library, '--json'], {env})).stdout);
		// The file names are kept exactly, as data, for scripts: only their form on the terminal is escaped.
		expect(json.flatMap((row: {files: string[]}) => row.files)).toContain(named);
	}, 60_000);

	it('in the picker: titles, file names and problems are drawn as text', async () => {
		const {library, env} = hostileLibrary();
		await poisonCatalog(library, env);
		const loaded = await loadLibrary(library, {cache: path.join(env.XDG_CACHE_HOME, 'summit-tui')});
		const picker = createPicker(loaded, emptySeenState());
		const drawn = pickerListLines(picker, 0, 120, 40).flatMap(line => line.cells.map(cell => cell.text)).join('\n');
		expect(drawn).toContain('Poisoned');
		expect(drawn).toContain('BROKEN');
		expect(drawn).not.toMatch(unsafe);
		const filtered = setQuery(picker, 'poison');
		expect(filtered.visible.length).toBeGreaterThan(0);
	});
});
