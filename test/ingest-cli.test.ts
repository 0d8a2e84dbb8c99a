import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseStoryText} from '../source/model/load.js';
import type {StoryFile} from '../source/model/schema.js';
import {addScores, meetsTargets, scoreStory, type Gold} from './ingest-eval/score.js';
import {cliPath, temporaryFolder} from './helpers/run-cli.js';
import {runMain} from './helpers/run-main.js';
import {isCreditLine} from '../source/ingest/clutter-shapes.js';

const fixtures = fileURLToPath(new URL('fixtures/ingest/', import.meta.url));
const goldFor = (name: string) => path.join(fixtures, name.replace(/\.\w+$/, '.gold.json'));
const articles = readdirSync(fixtures).filter(name => /\.(?:txt|md)$/.test(name) && existsSync(goldFor(name)));

async function ingested(args: string[], input?: string): Promise<StoryFile> {
	const result = await runMain(['ingest', ...args], {input});
	expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
	expect(result.code, result.stderr).toBe(0);
	const checked = parseStoryText(result.stdout, 'ingest output');
	expect(checked.problems).toEqual([]);
	return checked.story!;
}

describe('summit-tui ingest (the CLI, in process)', {timeout: 120_000}, () => {
	it('imports every fixture article into a valid story that meets the evaluation targets', async () => {
		expect(articles.length).toBeGreaterThanOrEqual(6);
		const scores = [];
		for (const name of articles) {
			const gold = JSON.parse(readFileSync(goldFor(name), 'utf8')) as Gold;
			scores.push(scoreStory(await ingested([path.join(fixtures, name)]), gold));
		}
		const verdict = meetsTargets(addScores(scores));
		for (const [kind, {value, target}] of Object.entries(verdict)) expect(value, `${kind} should reach ${target}`).toBeGreaterThanOrEqual(target);
	});

	it('makes one story with one article entry each from several articles, merging names', async () => {
		const story = await ingested([path.join(fixtures, 'central-bank-a.txt'), path.join(fixtures, 'central-bank-b.txt')]);
		expect(story.articles.map(article => article.outlet)).toEqual(['Nordic Markets', 'Fjord Finance']);
		expect(story.people.filter(person => person.name === 'Ingrid Solheim')).toHaveLength(1);
		expect(story.differences.map(difference => difference.topic)).toContain('Date of the meeting');
	});

	it('reads standard input with "-" and takes metadata from flags over the header', async () => {
		const story = await ingested(['-', '--outlet', 'Given Outlet', '--published', '2024-05-02'], 'Outlet: Header Outlet\n\nHarbour reopens\n\nThe harbour in Tema reopened on Monday, port officials said.\n');
		expect(story.articles[0]).toMatchObject({outlet: 'Given Outlet', published: '2024-05-02', title: 'Harbour reopens'});
		expect(story.events[0]).toMatchObject({date: '2024-04-29', precision: 'day'});
	});

	it('writes -o atomically, refuses to replace without --force, never writes onto an input', async () => {
		const folder = temporaryFolder();
		const output = path.join(folder, 'story.json');
		const article = path.join(fixtures, 'flood-valencia.txt');
		expect((await runMain(['ingest', article, '-o', output])).code).toBe(0);
		expect(parseStoryText(readFileSync(output, 'utf8'), output).problems).toEqual([]);
		writeFileSync(output, 'keep me');
		const refused = await runMain(['ingest', article, '-o', output]);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/exists.*--force/);
		expect(readFileSync(output, 'utf8')).toBe('keep me');
		expect((await runMain(['ingest', article, '-o', output, '--force'])).code).toBe(0);
		const copy = path.join(folder, 'copy.txt');
		writeFileSync(copy, readFileSync(article));
		const ontoInput = await runMain(['ingest', copy, '-o', copy, '--force']);
		expect(ontoInput.code).toBe(1);
		expect(readFileSync(copy, 'utf8')).toBe(readFileSync(article, 'utf8'));
	});

	it('names the file and what is wrong for bad input, with no stack trace', async () => {
		const folder = temporaryFolder();
		const binary = path.join(folder, 'photo.txt');
		writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		const empty = path.join(folder, 'empty.txt');
		writeFileSync(empty, '  \n\n');
		const latin1 = path.join(folder, 'latin1.txt');
		writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
		const result = await runMain(['ingest', binary, empty, latin1, path.join(folder, 'missing.txt'), folder]);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain(`${binary}: is a binary file`);
		expect(result.stderr).toContain(`${empty}: is empty`);
		expect(result.stderr).toContain(`${latin1}: is not valid UTF-8`);
		expect(result.stderr).toContain('missing.txt: no such file');
		expect(result.stderr).toContain(`${folder}: is a directory`);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('refuses bad usage with exit 2', async () => {
		expect((await runMain(['ingest'])).code).toBe(2);
		expect((await runMain(['ingest', path.join(fixtures, 'chip-plant.txt'), '--published', '12/09/2023'])).stderr).toMatch(/--published takes a real date as YYYY-MM-DD/);
		expect((await runMain(['ingest', path.join(fixtures, 'chip-plant.txt'), '--published', '2023-02-30'])).code).toBe(2);
		expect((await runMain(['ingest', path.join(fixtures, 'chip-plant.txt'), '--plain'])).code).toBe(2);
		expect((await runMain([path.join(fixtures, 'chip-plant.txt'), fileURLToPath(new URL('../data/kim-putin-2023.json', import.meta.url))])).code).toBe(2);
	});

	it('warns when an article has no publication date, and still imports it', async () => {
		const result = await runMain(['ingest', '-'], {input: 'Flood\n\nThe river rose on Tuesday in Marlow, and the bridge was closed in 2019.\n'});
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/no publication date.*--published/);
		const story = parseStoryText(result.stdout, 'out').story!;
		expect(story.events.map(event => event.date)).toEqual(['2019']);
		expect(story.articles[0]!.published).toBeUndefined();
		expect(story.articles[0]!.publishedBasis).toMatch(/Not given/);
	});

	it('opens articles given without a command: here as a plain report', async () => {
		const result = await runMain([path.join(fixtures, 'volcano-iceland.txt'), '--plain']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Iceland volcano erupts again near Grindavik');
		expect(result.stdout).toContain('Extracted automatically');
	});
});

describe('unreadable article', () => {
	it('reports permission denied', () => {
		const folder = temporaryFolder();
		chmodSync(folder, 0o755);
		const file = path.join(folder, 'secret.txt');
		writeFileSync(file, 'Text.');
		chmodSync(file, 0o000);
		// Root reads anything; run as an unprivileged user where the tests run as root.
		const asNobody = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {};
		const result = spawnSync(process.execPath, [cliPath, 'ingest', file], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, ...asNobody});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${file}: permission denied`);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});

const seeds = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

describe.skipIf(!existsSync(seeds))('importing the seed articles', {timeout: 60_000}, () => {
	it('recovers the people of the bundled story and never gives one of its quotes a wrong speaker', async () => {
		const curated = JSON.parse(readFileSync(fileURLToPath(new URL('../data/kim-putin-2023.json', import.meta.url)), 'utf8')) as StoryFile;
		const texts = readdirSync(seeds).map(name => readFileSync(path.join(seeds, name), 'utf8'));
		const folder = temporaryFolder();
		const files = curated.articles.map(article => {
			const file = path.join(folder, `${article.id}.txt`);
			writeFileSync(file, `Outlet: ${article.outlet}\nPublished: ${article.published}\n\n${texts.find(text => text.includes(article.title))}`);
			return file;
		});
		const story = await ingested(files);
		const forms = (entity: {name: string; aliases: string[]}) => [entity.name, ...entity.aliases].map(form => form.toLowerCase().replace(/-/g, ' '));
		// A person the curated story cites only from a picture's credit line is left out on purpose (issue 22:
		// captions and photo credits give no names).
		for (const person of curated.people.filter(item => !item.cites.every(cite => isCreditLine(cite.excerpt)))) {
			expect(story.people.some(found => forms(found).some(form => forms(person).includes(form))), person.name).toBe(true);
		}
		const names = new Map([...story.people, ...story.organizations, ...story.places].map(entity => [entity.id, entity]));
		const curatedNames = new Map([...curated.people, ...curated.organizations, ...curated.places].map(entity => [entity.id, entity]));
		// Items the curated story cites only from page clutter ("Further Reading" headlines) are left out
		// by the importer on purpose (issue 11): only those cited in the text it keeps are expected.
		const kept = story.articles.flatMap(article => article.paragraphs ?? []).join('\n');
		for (const quote of curated.quotes.filter(item => item.cites.some(cite => kept.includes(cite.excerpt.replace(/^…\s*|\s*…$/g, ''))))) {
			const found = story.quotes.find(candidate => candidate.text === quote.text);
			expect(found, quote.text).toBeDefined();
			// A quote the bundled story leaves without a speaker (a linked article's headline) has none to recover;
			// one the ranker is not sure of is left without one (how many are recovered is the seeds' ratchet in
			// test/ingest-eval/baseline.json); a speaker given is the curated one, never another.
			if (quote.speaker === undefined || found!.speaker === undefined) continue;
			const speaker = names.get(found!.speaker);
			expect(speaker && forms(speaker).some(form => forms(curatedNames.get(quote.speaker!)!).includes(form)), `speaker of “${quote.text}”`).toBe(true);
		}
	});
});

if (!existsSync(seeds)) {
	// A visible note in the test output, as the issue asks, rather than a silent skip.
	console.warn(`Seed-article import test skipped: ${seeds} is absent.`);
}
