import type {Problem} from '../model/problem.js';
import {formatProblem} from '../model/problem.js';
import {storiesFromInputs} from '../model/load-stories.js';
import {inFileOrder, readInputs, type TrustedStories} from '../model/read-stories.js';
import type {StoryFile} from '../model/schema.js';
import type {Library} from './catalog.js';
import {librarySearcherSteps, openAllStories} from './library-search.js';
import {createPicker, type ItemSearch, type PickerModel} from './picker-model.js';
import {beginVisit, readSeenState} from './seen-state-file.js';

// What the story picker needs from the library while it runs: its rows (again after each visit, so
// that "n new" is current) and a way to open a story and to record the visit when the user leaves.

export type OpenedStory = {
	story: StoryFile;
	newItems: ReadonlySet<string>;
	/** Records the visit (the story's items are seen), once; a problem when that could not be written. */
	close(): Problem | undefined;
};

export type LibrarySession = {
	picker(): PickerModel;
	open(files: string[]): Promise<OpenedStory | {problem: string}>;
	/**
	 * Opens every story and indexes their items in steps between other work, so that the picker's
	 * filter also finds stories by what they hold; resolves to the search once built.
	 */
	itemSearch(): Promise<ItemSearch>;
};

export function librarySession(library: Library, options: {stateFolder: string; maxBytes: number; trusted: TrustedStories}): LibrarySession {
	let search: Promise<ItemSearch> | undefined;
	return {
		picker: () => createPicker(library, readSeenState(options.stateFolder)),
		itemSearch() {
			search ??= (async () => {
				const {stories} = await openAllStories(library, {maxBytes: options.maxBytes, trusted: options.trusted});
				const steps = librarySearcherSteps(stories);
				for (;;) {
					const step = steps.next();
					if (step.done) return (query: string) => step.value.search(query, 200);
					// A slice at a time, so that keys keep their turn while a large library is indexed.
					await new Promise(resolve => setImmediate(resolve));
				}
			})();
			return search;
		},
		async open(files) {
			const read = await readInputs(files, {maxBytes: options.maxBytes});
			const loaded = read.inputs.length > 0 ? await storiesFromInputs(read.inputs, options.trusted) : {problems: []};
			const problems = inFileOrder([...read.problems, ...loaded.problems], files);
			if (!loaded.story || problems.length > 0) return {problem: problems[0] ? formatProblem(problems[0]) : 'the story does not load'};
			const visit = beginVisit(options.stateFolder, loaded.story);
			let closed = false;
			// Once only: leaving by Backspace and ending the program both close the story.
			const close = () => {
				if (closed) return undefined;
				closed = true;
				return visit.done();
			};
			return {story: loaded.story, newItems: visit.newItems, close};
		},
	};
}
