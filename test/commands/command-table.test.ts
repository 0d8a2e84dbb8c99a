import {describe, expect, it} from 'vitest';
import type {Command, CommandTable} from '../../source/commands/command.js';
import {checkOptions, findCommand, type FoundCommand} from '../../source/commands/find-command.js';
import {flagLabel, flagTable, type FlagName} from '../../source/commands/flags.js';
import {commandHelp, programHelp} from '../../source/commands/help-text.js';
import {loadCommandTable} from '../../source/commands/table.js';

const commandTable = await loadCommandTable();

// A table written for the test, with a command that has sub-commands (as `feeds add` will), to show
// that the one lookup, the one option check and the help serve sub-commands without a line more.
const run = async () => 0;
const feeds: Command = {
	name: 'feeds',
	summary: 'the feeds a story follows',
	prints: 'prints nothing by itself',
	usage: ['add|list'],
	flags: [],
	subcommands: {
		add: {name: 'add', summary: 'follow a feed', prints: 'prints the feed it added', usage: ['URL'], flags: ['timeout'], run},
		list: {name: 'list', summary: 'the feeds followed', prints: 'prints one feed a line, or JSON with --json', usage: ['[--json]'], flags: [], formats: ['json'], run},
	},
};
const table: CommandTable = {feeds, show: {name: 'show', summary: 'one item', prints: 'prints the item', usage: ['ID'], flags: ['limit'], run}};

const found = (words: string[]) => findCommand(table, words) as FoundCommand;

describe('a command table with sub-commands', () => {
	it('finds the sub-command the second word names, with the words after it', () => {
		expect(found(['feeds', 'add', 'https://example.org/feed'])).toMatchObject({command: {name: 'add'}, path: ['feeds', 'add'], args: ['https://example.org/feed']});
	});

	it('suggests the nearest sub-command for a slip, and lists them when none is given', () => {
		expect(findCommand(table, ['feeds', 'ad'])).toMatchObject({problem: "feeds has no 'ad'; did you mean 'add'?"});
		expect(findCommand(table, ['feeds'])).toMatchObject({problem: 'feeds needs one of: add, list'});
		expect(findCommand(table, ['feds'])).toMatchObject({problem: "unknown command 'feds'; did you mean 'feeds'?"});
	});

	it('refuses an option the sub-command does not take, naming the ones that do', () => {
		expect(checkOptions(table, found(['feeds', 'list']), ['timeout'], {})).toEqual({problem: '--timeout does not go with feeds list: feeds list prints one feed a line, or JSON with --json (--timeout goes with feeds add)'});
		expect(checkOptions(table, found(['feeds', 'add', 'x']), ['timeout'], {})).toEqual({});
	});

	it('reads the format from --format or its alias, and refuses one the command does not print', () => {
		expect(checkOptions(table, found(['feeds', 'list']), ['format'], {format: 'json'})).toEqual({format: 'json'});
		expect(checkOptions(table, found(['feeds', 'list']), ['json'], {json: true})).toEqual({format: 'json'});
		expect(checkOptions(table, found(['feeds', 'list']), ['markdown'], {markdown: true})).toMatchObject({problem: expect.stringMatching(/^--markdown does not go with feeds list/)});
		expect(checkOptions(table, found(['feeds', 'list']), ['format', 'json'], {format: 'plain', json: true})).toMatchObject({problem: expect.stringMatching(/^choose one of --plain, --markdown and --json/)});
	});

	it('lists the sub-commands in the help of their command, and every command in the program help', () => {
		const help = commandHelp(feeds, ['feeds']);
		expect(help).toContain('$ summit-tui feeds add URL');
		expect(help).toMatch(/^ {4}list +the feeds followed$/m);
		expect(programHelp(table, 'show')).toContain('$ summit-tui feeds add|list');
	});
});

describe('the command table of summit-tui', () => {
	it('lists in the program help every command and every option', () => {
		const help = programHelp(commandTable, 'dashboard');
		for (const name of Object.keys(commandTable).filter(name => name !== 'dashboard')) expect(help).toContain(`$ summit-tui ${name}`);
		for (const name of Object.keys(flagTable) as FlagName[]) expect(help).toContain(flagLabel(name));
	});

	it("shows in each command's help the options it takes and none it does not", () => {
		const help = commandHelp(commandTable['map']!, ['map']);
		expect(help).toContain('--width N');
		expect(help).not.toContain('--limit');
		expect(commandHelp(commandTable['ingest']!, ['ingest'])).toContain('--into FILE|ID');
	});
});
