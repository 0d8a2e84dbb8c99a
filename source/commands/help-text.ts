import {outputFormats} from '../report/output-formats.js';
import type {Command, CommandTable} from './command.js';
import {flagLabel, flagTable, formatFlags, globalFlags, type FlagName, type FlagSpec} from './flags.js';

// The help, made from the command table and the option table, so that it can never list a command or
// an option the program does not have: `summit-tui --help` (every command and option) and
// `summit-tui help COMMAND` or `summit-tui COMMAND --help` (one command, the options it takes).

const width = 100;
const column = 38;

/** Words filled into lines of at most `width` columns, each line after the first indented. */
function fill(text: string, indent: number, first = indent): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const start = lines.length === 0 ? first : indent;
		if (line !== '' && start + line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	return [...lines, line];
}

/** A label and its text side by side; the text under a label too long for the column. */
function entry(label: string, text: string, labelIndent: number, textColumn: number): string[] {
	const head = `${' '.repeat(labelIndent)}${label}`;
	const [first = '', ...more] = fill(text, textColumn);
	const under = more.map(line => `${' '.repeat(textColumn)}${line}`);
	if (head.length < textColumn - 1) return [`${head.padEnd(textColumn)}${first}`, ...under];
	return [head, `${' '.repeat(textColumn)}${first}`, ...under];
}

function usageLines(command: Command, path: readonly string[]): string[] {
	const prefix = ['$ summit-tui', ...path].join(' ');
	return command.usage.map(line => `${prefix} ${line}`);
}

function optionLines(flags: readonly FlagName[]): string[] {
	return flags.flatMap(name => entry(flagLabel(name), (flagTable[name] as FlagSpec).help, 4, 24));
}

/** Every command with its usage, then every option once, then the program's notes. */
export function programHelp(table: CommandTable, defaultName: string): string {
	const commands = [table[defaultName]!, ...Object.values(table).filter(command => command.name !== defaultName)];
	const usage = commands.flatMap(command => {
		const path = command.name === defaultName ? [] : [command.name];
		const [first, ...others] = usageLines(command, path);
		return [...entry(first!, command.summary, 2, column), ...others.map(line => `  ${line}`)];
	});
	const options = Object.keys(flagTable) as FlagName[];
	return [
		'Usage',
		...usage,
		'',
		'Options',
		...optionLines(options),
		'',
		'  "-" reads standard input wherever a file is expected.',
		'',
		...Object.values(table).flatMap(command => (command.details ? [`${indentBlock(command.details)}`, ''] : [])),
		'Exit codes',
		'  0 success · 1 bad data or no search result · 2 bad usage',
		'',
		'Examples',
		...examples.map(line => `  $ ${line}`),
		'',
		...fill(`Run "summit-tui help COMMAND" for one command's options (${Object.keys(table).join(', ')}).`, 0),
		'',
	].join('\n');
}

const examples = ['summit-tui', 'summit-tui search peskv', 'summit-tui --plain | less', 'summit-tui validate my-story.json', 'summit-tui ingest article.txt --outlet Reuters --published 2024-03-05 -o story.json', 'summit-tui first.txt second.md'];

const indentBlock = (text: string) => text.replace(/^(?=.)/gm, '  ').replace(/^ {2}/, '');

/** One command: its usage, what it does, the options it takes, its notes and its sub-commands. */
export function commandHelp(command: Command, path: readonly string[]): string {
	const formats = command.formats ? [...entry('--format FORMAT', `${command.formats.map(name => `${name} (${outputFormats[name].summary})`).join(', ')}; also ${command.formats.map(name => `--${name}`).join(', ')}`, 4, 24)] : [];
	const own = command.flags.filter(name => !formatFlags.includes(name));
	const subcommands = Object.values(command.subcommands ?? {});
	return [
		'Usage',
		...usageLines(command, path).map(line => `  ${line}`),
		...subcommands.flatMap(sub => usageLines(sub, [...path, sub.name]).map(line => `  ${line}`)),
		'',
		...fill(command.summary, 2).map(line => `  ${line}`),
		'',
		...(subcommands.length > 0 ? ['Commands', ...subcommands.flatMap(sub => entry(sub.name, sub.summary, 4, 24)), ''] : []),
		...(formats.length + own.length > 0 ? ['Options', ...formats, ...optionLines(own), ''] : []),
		'Options of every command',
		...optionLines(globalFlags),
		'',
		...(command.details ? [indentBlock(command.details), ''] : []),
	].join('\n');
}

