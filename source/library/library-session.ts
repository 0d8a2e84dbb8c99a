import type {Problem} from '../model/problem.js';
import {formatProblem} from '../model/problem.js';
import {storiesFromInputs} from '../model/load-stories.js';
import {inFileOrder, readInputs, type TrustedStories} from '../model/read-stories.js';
import type {StoryFile} from '../model/schema.js';
import type {Library} from './catalog.js';
import {openLibrary, type LibraryContext, type Outcome} from './library-cli.js';
import {markStoryOpen} from './open-marks.js';
import {createPicker, type ItemSearch, type PickerModel, type PickerSort} from './picker-model.js';
import {readPickerSort, writePickerSort} from './picker-habit.js';
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
	/** The picker as the library is now; `before`: the picker as the user left it (its order kept). */
	picker(before?: PickerModel): PickerModel;
	/** Renames or removes a story (as `summit-tui library rename|remove` do), then reads the library again; a line saying what happened. */
	rename(id: string, title: string): Promise<{done: string} | {problem: string}>;
	remove(id: string): Promise<{done: string} | {problem: string}>;
	open(files: string[]): Promise<OpenedStory | {problem: string}>;
	/**
	 * Opens every story and indexes their items in steps between other work, so that the picker's
	 * filter also finds stories by what they hold; resolves to the search once built.
	 */
	itemSearch(): Promise<ItemSearch>;
	/** Keeps the sort the user chose for the next picker (a problem when it could not be written). */
	rememberSort?(sort: PickerSort): Problem | undefined;
	/** Reads the library again (the catalog: cheap), for a picker shown after a visit. */
	reload?(): Promise<void>;
	/**
	 * For a library first taken from its catalog alone (unchecked): reads it again the usual way, once,
	 * and says whether that changed it (a file changed in place since the catalog was written).
	 */
	check?(): Promise<boolean>;
	/** The files of the story to open before the picker shows (the library's only story), if any. */
	startWith?: string[];
	/** The library as the command line named it (for the inbox and refresh), and the state folder. */
	context?: LibraryContext;
	stateFolder?: string;
};

/** How long after the picker's first frame the item search starts, and the longest slice of its work between turns for keys. */
const backgroundStartMs = 150;
const sliceMs = 8;

/**
 * A pause to await between small pieces of background work: it lets the event loop run (keys, timers)
 * once `ms` have passed since the last turn, and costs nothing before that.
 */
export function timeSlices(ms: number): () => Promise<void> {
	let sliceStart = performance.now();
	return async () => {
		if (performance.now() - sliceStart < ms) return;
		await new Promise(resolve => setImmediate(resolve));
		sliceStart = performance.now();
	};
}

/** What the item search depends on: which stories there are, their files and when each last changed. */
function librarySignature(library: Library): string {
	return library.stories.map(story => `${story.id}\t${story.files.join('\t')}\t${story.updatedMs}\t${story.header?.title ?? ''}`).join('\n');
}

/** A command's outcome as one line for the picker's bottom line. */
function outcomeLine<T>(outcome: Outcome<T>, done: (value: T) => string): {done: string} | {problem: string} {
	if ('value' in outcome) return {done: done(outcome.value)};
	if ('usage' in outcome) return {problem: outcome.usage};
	return {problem: `${outcome.heading}: ${outcome.problems[0] ? formatProblem(outcome.problems[0]) : 'no reason given'}`};
}

/**
 * `context`: the library as the command line named it, for renaming and removing (without it those say
 * they cannot). The library is read again after each change, and the item search built again.
 */
export function librarySession(first: Library, options: {stateFolder: string; maxBytes: number; trusted: TrustedStories; context?: LibraryContext; startWith?: string[]}): LibrarySession {
	let library = first;
	let search: Promise<ItemSearch> | undefined;
	const reload = async () => {
		if (!options.context) return;
		const reread = await openLibrary(options.context);
		// A library that cannot be read now keeps the picker as it was.
		if (reread.problems.length === 0) {
			// The item search is built again only when a story changed: going back from a story changes nothing.
			if (librarySignature(reread) !== librarySignature(library)) search = undefined;
			library = reread;
		}
	};
	let checked: Promise<boolean> | undefined;
	const check = () =>
		(checked ??= (async () => {
			const before = librarySignature(library);
			await reload();
			return librarySignature(library) !== before;
		})());
	const change = async <T>(run: (context: LibraryContext) => Promise<Outcome<T>>, done: (value: T) => string) => {
		if (!options.context) return {problem: 'this library cannot be changed from here'};
		const line = outcomeLine(await run(options.context), done);
		await reload();
		return line;
	};
	return {
		...(options.startWith ? {startWith: options.startWith} : {}),
		...(options.context ? {context: options.context} : {}),
		stateFolder: options.stateFolder,
		reload,
		...(first.unchecked && options.context ? {check} : {}),
		picker: before => createPicker(library, readSeenState(options.stateFolder), before?.sort ?? readPickerSort(options.stateFolder), before),
		rememberSort: sort => writePickerSort(options.stateFolder, sort),
		async rename(id, title) {
			const {renameStory} = await import('./manage-story.js');
			return change(context => renameStory(context, id, title, {backup: true}), renamed => `renamed to "${renamed.to}" (the id stays ${renamed.id})`);
		},
		async remove(id) {
			const {removeStory} = await import('./manage-story.js');
			return change(context => removeStory(context, id), removed => `removed "${removed.title}" to the trash: summit-tui library restore ${removed.id} brings it back`);
		},
		itemSearch() {
			search ??= (async () => {
				// Not before the picker has been drawn and has had a moment for the first keys: reading every story
				// is the heaviest thing the picker does, and nothing needs it until a query of two letters.
				await new Promise(resolve => setTimeout(resolve, backgroundStartMs));
				// Every story of the library as it is, not as its catalog last saw it.
				if (first.unchecked && options.context) await check();
				// The search engine (fuse.js, uFuzzy) loads here, not before the picker's first frame.
				const {librarySearcherSteps, openAllStories} = await import('./library-search.js');
				const between = timeSlices(sliceMs);
				const {stories} = await openAllStories(library, {maxBytes: options.maxBytes, trusted: options.trusted, between});
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
			const mark = markStoryOpen(options.stateFolder, loaded.story.story.id);
			let closed = false;
			// Once only: leaving by Backspace and ending the program both close the story.
			const close = () => {
				if (closed) return undefined;
				closed = true;
				mark.release();
				return visit.done();
			};
			return {story: loaded.story, newItems: visit.newItems, close};
		},
	};
}
