import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseArguments} from '../../source/commands/parse-arguments.js';
import {readSimpleArguments} from '../../source/commands/simple-arguments.js';

// The common command lines are read without loading meow; meow stays the parser of record, so the two
// must agree on every command line the quick reading accepts, and it must hand everything else to meow.

const words = ['story.json', 'kim-putin', 'search', 'peskov', 'library', 'a b', '123', '0', 'x=1', 'True', 'Москва', '북한', './data/s.json', 'help'];
const switches = ['--plain', '--markdown', '--json', '--no-color', '--debug', '--no-mouse', '--no-history', '--force', '--save', ['--library', 'my stories'], ['--data', './data'], ['--output', 'story.json'], ['--into', 'kim-putin']];
const others = ['-', '--', '--limit', '--title', '--color', '--format', '-o', 'true', 'false', '-q', '--pla', '--help', '-h', '--version', '--no-plain', '--plain=false', ''];

describe('reading the common command lines without meow', () => {
	it('gives meow’s reading for every line of words and switches, each switch once', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({minLength: 1, maxLength: 6}).filter(word => !word.startsWith('-') && word !== 'true' && word !== 'false')), {maxLength: 4}), fc.uniqueArray(fc.constantFrom(...switches), {maxLength: 4}), fc.infiniteStream(fc.boolean()), (input, flags, order) => {
				// The switches mixed into the words in any order.
				const argv: string[] = [];
				const queue = [...input];
				const rest = [...flags];
				while (queue.length > 0 || rest.length > 0) argv.push(...[rest.length === 0 || (queue.length > 0 && order.next().value) ? queue.shift()! : rest.shift()!].flat());
				const quick = readSimpleArguments(argv);
				expect(quick, argv.join(' ')).toBeDefined();
				expect(quick).toEqual(parseArguments(argv, '0.0.0'));
			}),
			{numRuns: 400},
		);
	});

	it('hands to meow any other option, standard input, "--", true and false (meow may read them as a switch’s value) and a switch given twice', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...words, ...switches), {maxLength: 3}), fc.constantFrom(...others), fc.nat(3), (parts, other, at) => {
				const argv = parts.flat();
				const line = [...argv.slice(0, at), other, ...argv.slice(at)];
				expect(readSimpleArguments(line), line.join(' ')).toBeUndefined();
			}),
			{numRuns: 300},
		);
		expect(readSimpleArguments(['--plain', 'story.json', '--plain'])).toBeUndefined();
		// A folder option without its folder, or given twice, is meow's to read (and refuse).
		for (const line of [['--library'], ['--library', '--plain'], ['--data', '-'], ['--data', 'a', '--data', 'b'], ['--library', 'true'], ['--output', '-'], ['--output'], ['--into', '--save']]) expect(readSimpleArguments(line), line.join(' ')).toBeUndefined();
	});
});
