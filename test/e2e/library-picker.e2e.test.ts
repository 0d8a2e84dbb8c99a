import {existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {storyNamed} from '../helpers/library-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {startCli, type CliSession} from './pty-harness.js';

// The story picker as a user meets it: summit-tui with several stories in the library, in a real
// pseudo-terminal (the harness removes CI from the child's environment, INK-NOTES item 1).

const keys = {enter: '\r', escape: '\u001B', backspace: '\u007F', down: '\u001B[B'};
const size = {columns: 110, rows: 30};
let session: CliSession | undefined;

afterEach(() => {
	session?.kill();
	session = undefined;
});

/** A library of two stories and a file that does not parse, updated in this order: summit, floods, broken. */
function library() {
	const root = temporaryFolder();
	const folder = path.join(root, 'stories');
	mkdirSync(folder);
	writeFileSync(path.join(folder, 'summit.json'), JSON.stringify(storyNamed('summit-talks', 'Summit talks in Vladivostok', '2024-04-01')));
	writeFileSync(path.join(folder, 'floods.json'), JSON.stringify(storyNamed('valley-floods', 'Floods in the valley', '2024-03-05')));
	writeFileSync(path.join(folder, 'broken.json'), '{"story": ');
	const hour = 3600;
	const now = Date.now() / 1000;
	utimesSync(path.join(folder, 'summit.json'), now - hour, now - hour);
	utimesSync(path.join(folder, 'floods.json'), now - 2 * hour, now - 2 * hour);
	utimesSync(path.join(folder, 'broken.json'), now - 3 * hour, now - 3 * hour);
	const env = {XDG_STATE_HOME: path.join(root, 'state'), XDG_CACHE_HOME: path.join(root, 'cache'), XDG_DATA_HOME: path.join(root, 'data')};
	return {folder, env};
}

const onPicker = (screen: string) => screen.startsWith('Stories');

describe('the story picker in a real pseudo-terminal', {timeout: 60_000}, () => {
	it('lists every story with its dates, outlets and counts, and a broken file with its first problem', async () => {
		const {folder, env} = library();
		session = startCli(['--library', folder], size, env);
		const screen = await session.waitFor(screen => onPicker(screen) && screen.includes('BROKEN'), 'the picker');
		const order = ['Summit talks', 'Floods in the valley', 'BROKEN'].map(title => screen.indexOf(title));
		expect(order, 'newest update first').toEqual([...order].sort((a, b) => a - b));
		expect(session.terminal.buffer.active.type).toBe('alternate');
		expect(screen).toMatch(/Summit talks in Vladivostok\n +1 Apr 2024 · The Gazette · 1 article, 8 items · updated/);
		expect(screen).toMatch(/Floods in the valley\n +5 Mar 2024 · The Gazette/);
		expect(screen).toMatch(/BROKEN broken\.json\n +line 1, column \d+ \(end of file\): malformed JSON/);
		session.type('jjj');
		session.type(keys.enter);
		expect(await session.waitFor(screen => screen.includes('cannot open broken.json'), 'why it does not open')).toMatch(/^Stories/);
	});

	it('counts the inbox in its first frame when the inbox holds articles (its reader is loaded before that frame)', async () => {
		const {folder, env} = library();
		mkdirSync(path.join(folder, 'inbox'));
		writeFileSync(path.join(folder, 'inbox', 'new-article.json'), JSON.stringify(storyNamed('new-article', 'A new article from a feed', '2024-04-02')));
		session = startCli(['--library', folder], size, env);
		// The Inbox row is pinned above the stories: a frame that shows them shows it too.
		const screen = await session.waitFor(screen => onPicker(screen) && screen.includes('Floods in the valley'), 'the picker');
		expect(screen).toMatch(/Inbox +1 article in 1 group/);
	});

	it('opens a story, goes back with Backspace, opens the other, goes back with Esc, and quits', async () => {
		const {folder, env} = library();
		session = startCli(['--library', folder], size, env);
		await session.waitFor(onPicker, 'the picker');
		session.type(keys.enter);
		await session.waitFor(screen => screen.startsWith('Summit talks in Vladivostok') && screen.includes('1 of 1'), 'the story updated last');
		const firstTitle = 'Summit talks in Vladivostok';
		session.type(keys.backspace);
		await session.waitFor(screen => onPicker(screen) && screen.includes(`▸   ${firstTitle}`), 'the picker, on the story left');
		session.type('j');
		session.type(keys.enter);
		const secondTitle = 'Floods in the valley';
		await session.waitFor(screen => screen.startsWith(secondTitle) && screen.includes('1 of 1'), 'the other story');
		// Esc first closes the open detail; with nothing open it goes back to the picker.
		session.type(keys.enter);
		await session.waitFor(screen => screen.includes('Detail'), 'a detail');
		session.type(keys.escape);
		await session.waitFor(screen => !screen.includes('Detail') && screen.startsWith(secondTitle), 'the story again');
		session.type(keys.escape);
		await session.waitFor(onPicker, 'the picker after Esc');
		session.type('q');
		expect((await session.exited()).exitCode).toBe(0);
		expect(session.terminal.buffer.active.type).toBe('normal');
	});

	it('filters fuzzily with /, and Enter opens the story the filter leaves', async () => {
		const {folder, env} = library();
		session = startCli(['--library', folder], size, env);
		await session.waitFor(onPicker, 'the picker');
		session.type('/');
		session.type('vladivstok');
		const filtered = await session.waitFor(screen => screen.includes('1 of 3 · by last update'), 'one story left');
		expect(filtered).toContain('▸ ● Summit talks in Vladivostok');
		expect(filtered).not.toContain('Floods in the valley');
		session.type(keys.enter);
		await session.waitFor(screen => screen.startsWith('Summit talks in Vladivostok'), 'the filtered story');
	});

	it('says "1 new article" after an update and marks the new items in the story', async () => {
		const {folder, env} = library();
		session = startCli(['--library', folder], size, env);
		await session.waitFor(onPicker, 'the picker');
		session.type('/');
		session.type('floods');
		session.type(keys.enter);
		await session.waitFor(screen => screen.startsWith('Floods in the valley'), 'the floods story');
		session.type('q');
		await session.exited();

		// The next day the story grows by an article and a fact from it.
		const updated = storyNamed('valley-floods', 'Floods in the valley', '2024-03-05');
		updated.articles.push({id: 'coast-news', outlet: 'Coast News', title: 'Waters recede', published: '2024-03-07', publishedBasis: 'Dated in the masthead.'});
		updated.facts.push({id: 'fact-recede', text: 'The waters began to recede on Thursday.', category: 'key-fact', about: ['brazil'], cites: [{article: 'coast-news', paragraph: 1, excerpt: 'began to recede'}]});
		writeFileSync(path.join(folder, 'floods.json'), JSON.stringify(updated));

		session = startCli(['--library', folder], size, env);
		const picker = await session.waitFor(screen => onPicker(screen) && screen.includes('new'), 'the picker with what is new');
		expect(picker).toMatch(/▸ ● Floods in the valley {2}\+ 1 new article, 1 new item/);
		session.type(keys.enter);
		const story = await session.waitFor(screen => screen.startsWith('Floods in the valley'), 'the updated story');
		expect(story.split('\n')[0]).toContain('1 new article, 1 new item');
		expect(story).toMatch(/\+ \S+ +The waters began to recede/);
		expect(story).toMatch(/ {2}\S+ +Ana Lima met Ben Okoro/);
	});

	it('with one saved story and the sample opens the story, and Backspace and Esc lead to the picker, ● on what is unread', async () => {
		const root = temporaryFolder();
		const env = {XDG_STATE_HOME: path.join(root, 'state'), XDG_CACHE_HOME: path.join(root, 'cache'), XDG_DATA_HOME: path.join(root, 'data')};
		const folder = path.join(env.XDG_DATA_HOME, 'summit-tui', 'stories');
		mkdirSync(folder, {recursive: true});
		writeFileSync(path.join(folder, 'summit.json'), JSON.stringify(storyNamed('summit-talks', 'Summit talks in Vladivostok', '2024-04-01')));
		session = startCli([], size, env);
		await session.waitFor(screen => screen.startsWith('Summit talks in Vladivostok') && screen.includes('1 of 1'), 'the only story, at once');
		session.type(keys.backspace);
		const picker = await session.waitFor(screen => onPicker(screen) && screen.includes('sample'), 'the picker, with the sample');
		// The story just seen is read; the sample, never opened, is not.
		expect(picker).toMatch(/▸ {3}Summit talks in Vladivostok/);
		expect(picker).toMatch(/ {2}● Kim Jong Un travels to Russia to meet Putin \(September 2023\) {2}sample/);
		expect(picker).toContain('by last update');
		session.type('G');
		session.type(keys.enter);
		await session.waitFor(screen => screen.startsWith('Kim Jong Un travels to Russia'), 'the sample');
		session.type(keys.escape);
		const back = await session.waitFor(screen => onPicker(screen) && screen.includes('▸   Kim Jong Un travels'), 'the picker after Esc, on the sample, now read');
		expect(back).not.toContain('●');
		session.type('s');
		await session.waitFor(screen => onPicker(screen) && screen.includes('by title'), 'sorted by title');
		session.type('q');
		expect((await session.exited()).exitCode).toBe(0);
		// The sort chosen is kept: the next picker is sorted by title too.
		session = startCli([], size, env);
		await session.waitFor(screen => screen.startsWith('Summit talks in Vladivostok'), 'the only story again');
		session.type(keys.backspace);
		await session.waitFor(screen => onPicker(screen) && screen.includes('by title'), 'the picker, by title');
	});

	it('takes its keys from the config ("quit": "x"), renames and removes a story after asking', async () => {
		const {folder, env} = library();
		const config = path.join(temporaryFolder(), 'config');
		mkdirSync(path.join(config, 'summit-tui'), {recursive: true});
		writeFileSync(path.join(config, 'summit-tui', 'config.json'), '{"keys": {"quit": "x"}}');
		session = startCli(['--library', folder], size, {...env, XDG_CONFIG_HOME: config});
		const picker = await session.waitFor(onPicker, 'the picker');
		expect(picker).toContain('x/Ctrl-c quit');
		expect(picker).not.toContain('q/Ctrl-c quit');
		// q is not quit any more: the picker stays, and the next key still works.
		session.type('q');
		session.type('r');
		await session.waitFor(screen => screen.includes('New title: Summit talks in Vladivostok▌'), 'the rename line');
		session.type('\u0015');
		session.type('Kim and Putin at Vostochny');
		session.type(keys.enter);
		await session.waitFor(screen => onPicker(screen) && screen.includes('▸ ● Kim and Putin at Vostochny') && screen.includes('renamed to'), 'the story renamed');
		expect(JSON.parse(readFileSync(path.join(folder, 'summit.json'), 'utf8')).story).toMatchObject({id: 'summit-talks', title: 'Kim and Putin at Vostochny'});
		session.type('j');
		session.type('d');
		await session.waitFor(screen => screen.includes('Remove "Floods in the valley"'), 'the question');
		session.type('n');
		await session.waitFor(screen => screen.includes('not removed'), 'kept');
		session.type('d');
		session.type('y');
		const after = await session.waitFor(screen => onPicker(screen) && screen.includes('removed "Floods in the valley" to the trash'), 'the story removed');
		expect(after).not.toMatch(/▸ .*Floods in the valley/);
		expect(existsSync(path.join(folder, '.trash', 'valley-floods', 'floods.json'))).toBe(true);
		session.type('x');
		expect((await session.exited()).exitCode).toBe(0);
	});
});
