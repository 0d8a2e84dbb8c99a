import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {configFile, defaultConfig, loadConfig, parseConfigText, printConfig} from '../../source/config/config.js';
import {formatProblem} from '../../source/model/problem.js';
import {commandFor, keyTable, type Context, type KeyStroke} from '../../source/ui/keys.js';

const parse = (text: string) => parseConfigText(text, 'config.json');
/** The command a key runs under a table, as input handling will look it up. */
const commandIn = (table: typeof keyTable, stroke: KeyStroke, context: Context) => {
	for (const entry of table) for (const binding of entry.bindings) if (binding.contexts.includes(context) && binding.keys.some(key => key.name === stroke.name && Boolean(key.ctrl) === Boolean(stroke.ctrl) && Boolean(key.meta) === Boolean(stroke.meta))) return entry.command;
	return undefined;
};

describe('the config file', () => {
	it('lives under $XDG_CONFIG_HOME, or ~/.config', () => {
		expect(configFile({XDG_CONFIG_HOME: '/c'}, '/home/u')).toBe('/c/summit-tui/config.json');
		expect(configFile({}, '/home/u')).toBe('/home/u/.config/summit-tui/config.json');
	});

	it('rebinds a command: x quits, q no longer does, Ctrl-C still does, and x still types in the search line', () => {
		const {config, problems} = parse('{"keys": {"quit": "x"}}');
		expect(problems).toEqual([]);
		expect(commandIn(config.keyTable, {name: 'x', text: 'x'}, 'list')).toBe('quit');
		expect(commandIn(config.keyTable, {name: 'q', text: 'q'}, 'list')).toBeUndefined();
		expect(commandIn(config.keyTable, {name: 'c', ctrl: true}, 'detail')).toBe('quit');
		expect(commandIn(config.keyTable, {name: 'x', text: 'x'}, 'search')).toBeUndefined();
		// The defaults are untouched.
		expect(commandFor({name: 'q', text: 'q'}, 'list')).toBe('quit');
	});

	it('reports an unknown command with its JSON path and line, and applies the rest', () => {
		const text = '{\n  "keys": {\n    "launchRockets": "r",\n    "moveDown": ["e", "down"]\n  }\n}';
		const {config, problems} = parse(text);
		expect(problems).toHaveLength(1);
		expect(formatProblem(problems[0]!)).toMatch(/^config\.json: \$\.keys\.launchRockets \(line 3\): unknown command/);
		expect(commandIn(config.keyTable, {name: 'e', text: 'e'}, 'list')).toBe('moveDown');
	});

	it('suggests the command a near miss meant', () => {
		expect(parse('{"keys": {"qiut": "x"}}').problems[0]?.message).toMatch(/did you mean "quit"\?/);
		expect(parse('{"keys": {"launchRockets": "x"}}').problems[0]?.message).not.toMatch(/did you mean/);
	});

	it('refuses a key bound twice in one context, keeping that command’s defaults', () => {
		const {config, problems} = parse('{"keys": {\n"quit": ["x", "j"]}}');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({where: '$.keys.quit[1] (line 2)', message: expect.stringMatching(/"j" is already bound to moveDown in list/)});
		expect(commandIn(config.keyTable, {name: 'q', text: 'q'}, 'list')).toBe('quit');
		expect(commandIn(config.keyTable, {name: 'j', text: 'j'}, 'list')).toBe('moveDown');
	});

	it('reports keys no terminal can send', () => {
		const {problems} = parse('{"keys": {"quit": "ctrl+1", "moveUp": "hyper+k", "moveDown": "shift+up", "pageUp": 5}}');
		expect(problems.map(problem => problem.where)).toEqual(['$.keys.quit (line 1)', '$.keys.moveUp (line 1)', '$.keys.moveDown (line 1)', '$.keys.pageUp (line 1)']);
	});

	it('reads the theme, the switches and default flags; wrong values are problems, not crashes', () => {
		const {config, problems} = parse('{"theme": {"match": "#ff8800", "muted": "grey", "accent": "rainbow", "sparkle": "red"}, "mouse": false, "osc52": "no", "history": false, "defaults": {"limit": 5, "data": "stories", "verbose": true, "color": 1}}');
		expect(config.theme.match).toBe('#ff8800');
		expect(config.theme.muted).toBe('grey');
		expect(config.theme.accent).toBe(defaultConfig.theme.accent);
		expect(config.mouse).toBe(false);
		expect(config.osc52).toBe(true);
		expect(config.history).toBe(false);
		expect(config.defaults).toEqual({limit: 5, data: 'stories'});
		expect(problems.map(problem => problem.where?.replace(/ \(line \d+\)/, ''))).toEqual(['$.osc52', '$.theme.accent', '$.theme.sparkle', '$.defaults.verbose', '$.defaults.color']);
	});

	it('falls back to the defaults on malformed JSON, saying where', () => {
		const {config, problems} = parse('{"mouse": false,,}');
		expect(config.mouse).toBe(true);
		expect(problems[0]).toMatchObject({where: 'line 1, column 17', message: expect.stringContaining('using the defaults')});
	});

	it('allows comments and trailing commas, as a hand-written file has', () => {
		expect(parse('// mine\n{"mouse": false, /* why */ "history": false,}')).toMatchObject({config: {mouse: false, history: false}, problems: []});
	});

	it('prints the effective config in the file’s own shape, which reads back the same', () => {
		const {config} = parse('{"keys": {"quit": "x"}, "mouse": false, "theme": {"match": "red"}}');
		const printed = printConfig(config);
		const again = parse(printed);
		expect(again.problems).toEqual([]);
		expect(printConfig(again.config)).toBe(printed);
		expect(JSON.parse(printed)).toMatchObject({keys: {quit: ['x', 'ctrl+c']}, mouse: false, theme: {match: 'red'}});
		expect(parse(printConfig(defaultConfig)).problems).toEqual([]);
	});

	it('loads from a file: a missing default file is fine, a missing --config file is a problem', () => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'summit-config-'));
		expect(loadConfig({env: {XDG_CONFIG_HOME: folder}})).toEqual({config: defaultConfig, problems: []});
		const missing = loadConfig({file: path.join(folder, 'nope.json')});
		expect(missing.problems).toHaveLength(1);
		expect(missing.config).toBe(defaultConfig);
		mkdirpWrite(path.join(folder, 'summit-tui', 'config.json'), '{"osc52": false}');
		expect(loadConfig({env: {XDG_CONFIG_HOME: folder}}).config.osc52).toBe(false);
	});
});

describe('a config nested absurdly deep', () => {
	it('5,000 nested brackets (10 KB): a clear problem, the defaults stand in, no stack overflow', () => {
		const {config, problems} = parse(`{"keys": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
		expect(problems).toEqual([{file: 'config.json', message: 'JSON is nested more than 16 levels deep; this file needs far fewer; using the defaults'}]);
		expect(config.keyTable).toEqual(defaultConfig.keyTable);
	});

	it('counts only brackets outside strings and comments: a key of brackets is fine', () => {
		const {problems} = parse(`// ${'['.repeat(100)}\n{"theme": {"match": "#ff8800"}, /* ${'{'.repeat(100)} */ "mouse": true}`);
		expect(problems).toEqual([]);
		expect(parse(`{"keys": {"quit": "${'['.repeat(100)}"}}`).problems.map(problem => problem.message).join()).not.toContain('nested');
	});

	it('every command still runs, with a warning, when the config file is that deep', async () => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'summit-config-'));
		mkdirpWrite(path.join(folder, 'summit-tui', 'config.json'), `{"keys": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
		const {runMain} = await import('../helpers/run-main.js');
		const env = {HOME: folder, XDG_CONFIG_HOME: folder, XDG_DATA_HOME: path.join(folder, 'data'), XDG_STATE_HOME: path.join(folder, 'state'), XDG_CACHE_HOME: path.join(folder, 'cache')};
		const search = await runMain(['search', 'peskv', '--limit', '1'], {env});
		expect(search.code).toBe(0);
		expect(search.stdout).toContain('Dmitry Peskov');
		const printed = await runMain(['--print-config'], {env});
		expect(printed.code).toBe(0);
		expect(printed.stderr).toContain('config.json: JSON is nested more than 16 levels deep');
	});
});

function mkdirpWrite(file: string, text: string) {
	mkdirSync(path.dirname(file), {recursive: true});
	writeFileSync(file, text);
}
