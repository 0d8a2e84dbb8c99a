// The config file: $XDG_CONFIG_HOME/summit-tui/config.json (or --config FILE). Key bindings per
// command, a theme of semantic colours, the mouse / OSC 52 / history switches and default flags.
// Errors are reported as story-file errors are (file, JSON path and line, reason) and never stop the
// program: what is wrong is left out, the rest applies, and defaults stand in.
import os from 'node:os';
import path from 'node:path';
import {findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser';
import {excerptWithCaret, lineAndColumn} from '../model/text-position.js';
import {jsonNestingDepth, tooDeepMessage} from '../model/json-depth.js';
import {jsonPath, type Problem} from '../model/problem.js';
import {readOwnTextFile} from '../model/read-stories.js';
import {configFile} from './config-path.js';
import {defaultConfig, type EffectiveConfig} from './config-defaults.js';
import {keyTable, type Command, type KeyTableEntry} from '../ui/keys.js';
import type {Tone} from '../text/text-fit.js';
import {defaultToneColors} from '../ui/theme.js';
import {applyKeyOverrides, commands, keysByCommand, parseKeySpec, type KeyOverride} from './key-bindings.js';

export {defaultConfig, type DefaultFlags, type EffectiveConfig} from './config-defaults.js';

export {configFile} from './config-path.js';

const colourNames = new Set(['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray', 'grey', 'blackBright', 'redBright', 'greenBright', 'yellowBright', 'blueBright', 'magentaBright', 'cyanBright', 'whiteBright']);
const tones = Object.keys(defaultToneColors) as Tone[];
const maxConfigDepth = 16;

/** Reads one config file's text. Pure: no I/O, never throws; every problem names where it is. */
export function parseConfigText(text: string, file: string): {config: EffectiveConfig; problems: Problem[]} {
	const problems: Problem[] = [];
	const config: EffectiveConfig = {...defaultConfig, file, theme: {...defaultConfig.theme}, defaults: {}};
	const at = (node: Node | undefined, where: ReadonlyArray<string | number>, message: string) => {
		const place = jsonPath(where);
		if (!node) return problems.push({file, where: place, message});
		const {line, column} = lineAndColumn(text, node.offset);
		problems.push({file, where: `${place} (line ${line})`, message, excerpt: excerptWithCaret(text, line, column)});
	};
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (source.trim() === '') return {config, problems};
	// The parser recurses: a few kilobytes of brackets would exhaust the stack. A config nests four levels.
	if (jsonNestingDepth(source, maxConfigDepth) > maxConfigDepth) {
		problems.push({file, message: `${tooDeepMessage(maxConfigDepth)}; using the defaults`});
		return {config, problems};
	}
	const errors: ParseError[] = [];
	// Comments and trailing commas are allowed: a config is written by hand.
	const root = parseTree(source, errors, {allowTrailingComma: true, disallowComments: false});
	if (errors.length > 0 || !root) {
		const error = errors[0];
		const {line, column} = lineAndColumn(source, error?.offset ?? 0);
		problems.push({file, where: `line ${line}, column ${column}`, message: `malformed JSON: ${error ? printParseErrorCode(error.error) : 'no value'}; using the defaults`, excerpt: excerptWithCaret(source, line, column)});
		return {config, problems};
	}
	if (root.type !== 'object') {
		at(root, [], 'expected an object of settings; using the defaults');
		return {config, problems};
	}
	const node = (...where: Array<string | number>) => findNodeAtLocation(root, where);
	const known = ['keys', 'theme', 'mouse', 'osc52', 'history', 'defaults', '$schema'];
	for (const property of root.children ?? []) {
		const name = property.children?.[0]?.value as string;
		if (!known.includes(name)) at(property.children?.[0], [name], `unknown setting (known: ${known.filter(each => each !== '$schema').join(', ')})`);
	}
	for (const name of ['mouse', 'osc52', 'history'] as const) {
		const value = node(name);
		if (value === undefined) continue;
		if (value.type === 'boolean') config[name] = value.value as boolean;
		else at(value, [name], 'expected true or false');
	}
	readKeys(node('keys'), at, config, node);
	readTheme(node('theme'), at, config);
	readDefaults(node('defaults'), at, config);
	return {config, problems};
}

type Report = (node: Node | undefined, where: ReadonlyArray<string | number>, message: string) => void;

function readKeys(keys: Node | undefined, at: Report, config: EffectiveConfig, node: (...where: Array<string | number>) => Node | undefined) {
	if (!keys) return;
	if (keys.type !== 'object') return at(keys, ['keys'], 'expected an object of command: key or [keys]');
	const overrides: KeyOverride[] = [];
	for (const property of keys.children ?? []) {
		const [nameNode, value] = property.children ?? [];
		const command = nameNode?.value as string;
		if (!commands.includes(command as Command)) {
			const near = closest(command, commands);
			at(nameNode, ['keys', command], `unknown command${near ? ` (did you mean "${near}"?)` : ''}; summit-tui --print-config lists them all`);
			continue;
		}
		const specs: Array<{node: Node; where: Array<string | number>}> = value?.type === 'string' ? [{node: value, where: ['keys', command]}] : value?.type === 'array' ? (value.children ?? []).map((child, index) => ({node: child, where: ['keys', command, index]})) : [];
		if (value?.type !== 'string' && value?.type !== 'array') {
			at(value, ['keys', command], 'expected a key ("ctrl+x") or a list of keys');
			continue;
		}
		const override: KeyOverride = {command: command as Command, keys: []};
		let valid = true;
		for (const spec of specs) {
			const parsed = spec.node.type === 'string' ? parseKeySpec(spec.node.value as string) : {problem: 'expected a key as text ("x", "ctrl+x")'};
			if ('problem' in parsed) {
				at(spec.node, spec.where, `${parsed.problem}; ${command} keeps its default keys`);
				valid = false;
			} else {
				override.keys.push({stroke: parsed, where: spec.where});
			}
		}
		if (override.keys.length === 0 && valid) {
			at(value, ['keys', command], `no keys given; ${command} keeps its default keys`);
			continue;
		}
		if (valid) overrides.push(override);
	}
	const {table, conflicts} = applyKeyOverrides(config.keyTable, overrides);
	config.keyTable = table;
	for (const conflict of conflicts) at(node(...conflict.where), conflict.where, conflict.message);
}

function readTheme(theme: Node | undefined, at: Report, config: EffectiveConfig) {
	if (!theme) return;
	if (theme.type !== 'object') return at(theme, ['theme'], `expected an object of colour names (${tones.join(', ')})`);
	for (const property of theme.children ?? []) {
		const [nameNode, value] = property.children ?? [];
		const tone = nameNode?.value as Tone;
		if (!tones.includes(tone)) {
			at(nameNode, ['theme', tone], `unknown colour name (known: ${tones.join(', ')})`);
			continue;
		}
		const colour = value?.value;
		if (value?.type === 'null' || colour === 'default') config.theme[tone] = undefined;
		else if (typeof colour === 'string' && (colourNames.has(colour) || /^#(?:[\da-f]{3}|[\da-f]{6})$/i.test(colour))) config.theme[tone] = colour;
		else at(value, ['theme', tone], 'expected a colour: a name (red, cyanBright, gray…), #rrggbb, "default" or null');
	}
}

function readDefaults(defaults: Node | undefined, at: Report, config: EffectiveConfig) {
	if (!defaults) return;
	if (defaults.type !== 'object') return at(defaults, ['defaults'], 'expected an object of flags (data, limit, color, maxSize)');
	for (const property of defaults.children ?? []) {
		const [nameNode, value] = property.children ?? [];
		const flag = nameNode?.value as string;
		const where = ['defaults', flag];
		if (flag === 'data' || flag === 'maxSize') {
			if (value?.type === 'string' && (value.value as string).trim() !== '') config.defaults[flag] = value.value as string;
			else at(value, where, 'expected text');
		} else if (flag === 'limit') {
			if (value?.type === 'number' && Number.isInteger(value.value) && (value.value as number) > 0) config.defaults.limit = value.value as number;
			else at(value, where, 'expected a whole number above 0');
		} else if (flag === 'color') {
			if (value?.type === 'boolean') config.defaults.color = value.value as boolean;
			else at(value, where, 'expected true or false');
		} else {
			at(nameNode, where, 'not a flag a config can set (data, limit, color, maxSize)');
		}
	}
}

export type ConfigOptions = {
	/** --config FILE: a file that must exist. */
	file?: string;
	env?: NodeJS.ProcessEnv;
	home?: string;
};

/** The effective config and what was wrong with the file; a missing default file is no problem. */
export function loadConfig(options: ConfigOptions = {}): {config: EffectiveConfig; problems: Problem[]} {
	const file = options.file ?? configFile(options.env, options.home);
	const read = readOwnTextFile(file, 1024 * 1024, {followLinks: true});
	if (read.missing && !options.file) return {config: defaultConfig, problems: []};
	if (read.text === undefined) return {config: defaultConfig, problems: [{file, message: `${read.problem?.message ?? 'no such file'}; using the defaults`}]};
	return parseConfigText(read.text, file);
}

/**
 * The effective config as JSON, in the config file's own shape (it reads back as the same config), for
 * `summit-tui --print-config`; which file it came from is config.file.
 */
export function printConfig(config: EffectiveConfig): string {
	const printed = {
		keys: keysByCommand(config.keyTable),
		theme: Object.fromEntries(tones.map(tone => [tone, config.theme[tone] ?? null])),
		mouse: config.mouse,
		osc52: config.osc52,
		history: config.history,
		defaults: config.defaults,
	};
	// One line per command: lists of keys are short.
	const text = JSON.stringify(printed, null, 2).replaceAll(/\[\n\s+((?:"[^"\n]*",\n\s+)*"[^"\n]*")\n\s+\]/g, (_, items: string) => `[${items.split(/,\n\s+/).join(', ')}]`);
	return `${text}\n`;
}

/** Levenshtein distance, for "did you mean": small inputs only (command names). */
function distance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}

/** The known name nearest to a mistyped one, if it is near enough to be what was meant. */
function closest(name: string, known: readonly string[]): string | undefined {
	const lowered = name.toLowerCase();
	const [best] = known.map(each => ({each, cost: distance(lowered, each.toLowerCase())})).sort((x, y) => x.cost - y.cost);
	return best && best.cost <= Math.max(2, Math.floor(name.length / 4)) ? best.each : undefined;
}
