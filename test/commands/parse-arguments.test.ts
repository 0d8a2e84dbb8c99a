import fc from 'fast-check';
import meow from 'meow';
import {describe, expect, it} from 'vitest';
import {defaultFlags} from '../../source/commands/default-flags.js';
import {flagTable, type FlagSpec} from '../../source/commands/flags.js';
import {parseArguments} from '../../source/commands/parse-arguments.js';

// The command line used to be read by meow; it is now read by a few rules of our own (meow's bundled
// dependencies cost some 30 ms of every start with arguments). These tests hold the new reading to what
// meow read for the same words, over many generated command lines, meow being kept for the test only.

const meowFlags = Object.fromEntries(
	Object.entries(flagTable as Record<string, FlagSpec>).map(([name, spec]) => [
		name,
		{type: spec.type, ...(spec.shortFlag ? {shortFlag: spec.shortFlag} : {}), ...(name in defaultFlags || name === 'help' || name === 'version' ? {default: {...defaultFlags, help: false, version: false}[name as 'help']} : {})},
	]),
) as Record<string, {type: 'string'}>;

/** What meow made of words the checks let through (the same pre-pass for `--library` alone). */
function meowReading(argv: string[]) {
	const words = argv.map((token, index) => {
		const end = argv.indexOf('--');
		if (token !== '--library' || (end !== -1 && index > end)) return token;
		const next = argv[index + 1];
		return next === undefined || (next.startsWith('-') && next !== '-') ? `${token}=` : token;
	});
	const cli = meow('', {importMeta: import.meta, argv: words, pkg: {name: 'summit-tui', version: '1'}, autoHelp: false, autoVersion: false, allowUnknownFlags: true, flags: meowFlags});
	return {input: cli.input, flags: cli.flags};
}

// Words a person types: every option in its forms, values of each kind (numbers in Number()'s forms,
// "true"/"false" after a switch), positional words, "-" and "--".
const token = fc.constantFrom(
	'--plain', '--json', '--markdown', '--format', 'plain', '--limit', '5', '-1', '-x', '-', '0x10', '1e3', '', 'abc', '--limit=7', '--width', '--no-color', '--color',
	'--no-backup', '--backup', '--library', '--data', 'folder', '--title', 'A title', '-o', 'out.json', '-q', 'vlad', '-h', '-hq', '--debug', 'true', 'false',
	'search', 'show', 'map', 'story.json', '-', '--', '--max-size=1M', '--into=a=b', '--plain=false', '--plain=true', '--save', '--force', '--since', 'last-visit',
);

/**
 * Where the readings part on purpose: after an option that takes a value, meow took a word starting
 * with "-" (other than a negative number) for no value and read it on its own ("--title -x" was an empty
 * title and an unknown -x); here it is the value, as the checks already assumed ("--title -x").
 */
const specs = flagTable as Record<string, FlagSpec>;
const valueTaking = new Set([
	...Object.entries(specs).filter(([, spec]) => spec.type !== 'boolean').map(([name]) => `--${name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)}`),
	...Object.values(specs).filter(spec => spec.type !== 'boolean' && spec.shortFlag).map(spec => `-${spec.shortFlag}`),
]);
const takesValue = (word: string) => valueTaking.has(word) || (/^-[a-z]{2,}$/.test(word) && valueTaking.has(`-${word.at(-1)}`));
const partsOnPurpose = (argv: string[]) => {
	const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
	return argv.slice(0, end).some((word, index) => takesValue(word) && /^-(?!\d+$)./.test(argv[index + 1] ?? '')) || argv.slice(0, end).some((word, index) => takesValue(word) && argv[index + 1] === '-');
};

describe('reading the command line', () => {
	it('reads any command line the checks accept as meow read it (values given twice aside)', () => {
		fc.assert(
			fc.property(fc.array(token, {maxLength: 8}), argv => {
				const ours = parseArguments(argv, '1');
				if (ours.kind === 'usage' && /is given twice$/.test(ours.message)) return;
				if (partsOnPurpose(argv)) return;
				const theirs = (() => {
					try {
						return meowReading(argv);
					} catch (error) {
						return {thrown: (error as Error).message};
					}
				})();
				if (ours.kind === 'usage') {
					// Only the checks before the reading refuse, and those ran before meow too.
					expect(ours.message).not.toMatch(/given twice/);
					return;
				}
				expect('thrown' in theirs ? theirs : {input: theirs.input, flags: {...theirs.flags}}).toEqual({input: ours.input, flags: {...ours.flags}});
			}),
			{numRuns: 1500},
		);
	});

	it('refuses a value given twice in one line instead of failing inside the parser', () => {
		expect(parseArguments(['--data', 'a', '--data', 'b'], '1')).toEqual({kind: 'usage', message: '--data is given twice'});
		expect(parseArguments(['-o', 'a', '--output=b'], '1')).toEqual({kind: 'usage', message: '--output is given twice'});
		// A switch may be turned back: the last one wins.
		expect(parseArguments(['--no-backup', '--backup'], '1')).toMatchObject({kind: 'run', flags: {backup: true}});
	});

	it('takes a value that starts with a dash when it names no option (--title -5, --title -x, -o -)', () => {
		expect(parseArguments(['--title', '-5', '--limit', '-1'], '1')).toMatchObject({kind: 'run', flags: {title: '-5', limit: -1}});
		expect(parseArguments(['--title', '-x', 'story.json'], '1')).toMatchObject({kind: 'run', flags: {title: '-x'}, input: ['story.json']});
		expect(parseArguments(['--output', '-'], '1')).toMatchObject({kind: 'run', flags: {output: '-'}, input: []});
	});
});
