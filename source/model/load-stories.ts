// Loading one or more story files into one story: the step above reading bytes (read-stories.ts)
// that needs the validator (load.ts, loaded only when some input is not already trusted) and the merge.
import type {LoadResult} from './load-result.js';
import {inFileOrder, inputName, readInputs, trustedStoryFor, type InputFile, type ReadOptions, type TrustedStories} from './read-stories.js';

/** Stories from inputs already read; every problem in every input is reported together. */
export async function storiesFromInputs(inputs: InputFile[], trusted: TrustedStories = {}): Promise<LoadResult> {
	const read = inputs.map(input => ({...input, story: trustedStoryFor(input.bytes, trusted)}));
	// The validator loads only when some input is not one the build already validated.
	const parse = read.some(entry => !entry.story) ? (await import('./load.js')).parseStoryBytes : undefined;
	const loaded = read.map(entry => (entry.story ? {file: entry.file, story: entry.story, problems: []} : {file: entry.file, ...parse!(entry.bytes, inputName(entry.file))}));
	const problems = loaded.flatMap(entry => entry.problems);
	if (problems.length > 0) return {problems, problemsTotal: loaded.reduce((sum, entry) => sum + ((entry as LoadResult).problemsTotal ?? entry.problems.length), 0)};
	if (loaded.length === 1) return {story: loaded[0]!.story!, problems: []};
	const {mergeStories} = await import('./normalise.js');
	return mergeStories(loaded.map(entry => ({file: inputName(entry.file), story: entry.story!})));
}

/** Loads one or more story files into one story; reports every problem in every file together. */
export async function readStories(files: string[], options: ReadOptions & {trusted?: TrustedStories} = {}): Promise<LoadResult & {warnings?: string[]}> {
	const {inputs, problems, warnings} = await readInputs(files, options);
	const loaded = inputs.length > 0 ? await storiesFromInputs(inputs, options.trusted) : {problems: []};
	if (problems.length === 0) return {...loaded, warnings};
	return {problems: inFileOrder([...problems, ...loaded.problems], files), problemsTotal: problems.length + (loaded.problemsTotal ?? loaded.problems.length), warnings};
}
