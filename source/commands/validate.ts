import type {LoadResult} from '../model/load-result.js';
import {formatProblem} from '../model/problem.js';
import {sanitiseText} from '../model/sanitise.js';
import type {Command} from './command.js';
import {problemCount} from '../model/problem.js';
import {usage} from './errors.js';

export const validateCommand: Command = {
	name: 'validate',
	summary: 'check story files and list every problem',
	usage: ['FILE ...'],
	flags: ['maxSize'],
	prints: 'prints ok, or the problems, for each file',
	async run(context, files) {
		if (files.length === 0) usage('validate needs at least one story file');
		if (files.filter(file => file === '-').length > 1) usage('standard input can be read only once');
		const {parseStoryBytes} = await import('../model/load.js');
		const {readInputBytes, inputName} = await import('../model/read-stories.js');
		const {buildStoryLookup} = await import('../model/story-lookup.js');
		const {storyCounts} = await import('../report/report-outline.js');
		let failed = 0;
		for (const file of files) {
			const name = inputName(file);
			const read = await readInputBytes(file, {maxBytes: context.maxBytes, stdin: context.io.stdin});
			const result: LoadResult = read.bytes ? parseStoryBytes(read.bytes, name) : {problems: read.problems};
			if (result.story) {
				context.io.stdout.write(`ok    ${sanitiseText(name)}: ${storyCounts(buildStoryLookup(result.story))}\n`);
			} else {
				failed++;
				context.io.stdout.write(`FAIL  ${sanitiseText(name)}: ${problemCount(result.problems.length, result.problemsTotal)}\n`);
				for (const problem of result.problems) context.io.stdout.write(`  ${formatProblem(problem)}\n`);
			}
		}
		return failed > 0 ? 1 : 0;
	},
};
