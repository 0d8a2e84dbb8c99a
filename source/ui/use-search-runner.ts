import {useEffect, useRef, type MutableRefObject} from 'react';
import type {StoryFile} from '../model/schema.js';
import type {Searcher, SearchHit} from '../search/search.js';
import type {Action} from './state-types.js';

/** Milliseconds without a key press before background work starts or resumes. */
export const quietBeforeWork = 300;

/**
 * A typed character's search runs in the key's own turn for up to this long (ms): done by then, its
 * results are drawn in the frame that echoes the character (one frame a key; with a frame's 2-6 ms,
 * within a 60 Hz frame's 16 ms). A slower one is paused there, the character drawn, and the rest run
 * right after that frame.
 */
export const inlineSearchMs = 8;

/** The longest a search runs at a time after the echo, so that keys typed meanwhile are read (ms). */
const sliceMs = 8;

/**
 * Runs a search's steps until it ends (its result) or the clock reaches `until` (undefined: steps remain).
 * The clock is read before every step, so an `until` already past runs none.
 */
export function runUntil<T>(steps: Iterator<void, T>, until: number, clock: () => number = () => performance.now()): T | undefined {
	while (clock() < until) {
		const step = steps.next();
		if (step.done) return step.value;
	}
	return undefined;
}

export type SearchRunner = {
	/** The results of this query are wanted: they come back as a `results` action. */
	search(query: string): void;
	/**
	 * The results of this query at once, when the index is ready and the search ends within the inline
	 * budget (they are then not sent as an action); undefined otherwise, and `search` is to be used (a
	 * search begun here goes on from where it stopped).
	 */
	answerNow(query: string): SearchHit[] | undefined;
};

/**
 * The dashboard's search, run by the effects interpreter and kept off the key-press path. The search
 * code loads, and its index is built in slices of about 8 ms, once no key has come for a moment, or at
 * once when a search is asked for. Progress and results reach the reducer as actions; a search made
 * stale by newer keys is cancelled before it runs, and a query asked for before the index is ready
 * runs when it is.
 */
export function useSearchRunner(story: StoryFile, resultLimit: number, lastKeyAt: MutableRefObject<number>, dispatch: (actions: Action[]) => void, firstWork?: () => Iterator<unknown>, inlineMs = inlineSearchMs): SearchRunner {
	const dispatchRef = useRef(dispatch);
	dispatchRef.current = dispatch;
	const send = (action: Action) => dispatchRef.current([action]);
	// Once a search has been asked for, indexing no longer waits for the keys to pause.
	const wanted = useRef(false);
	const userBusy = () => !wanted.current && performance.now() - lastKeyAt.current < quietBeforeWork;

	const searcher = useRef<Searcher | undefined>(undefined);
	const pending = useRef<string | undefined>(undefined);
	const lastSearch = useRef<{query: string; hits: SearchHit[]}>({query: '', hits: []});
	// The search under way (paused between its steps), dropped when another query is asked for.
	const running = useRef<{query: string; steps: Iterator<void, SearchHit[]>} | undefined>(undefined);
	/** Runs this query's search until `until`; its hits when it has ended, kept for the same query asked again. */
	const searchUntil = (query: string, until: number): SearchHit[] | undefined => {
		if (lastSearch.current.query === query) return lastSearch.current.hits;
		if (running.current?.query !== query) running.current = {query, steps: searcher.current!.searchSteps(query, resultLimit)};
		const hits = runUntil(running.current.steps, until);
		if (hits === undefined) return undefined;
		running.current = undefined;
		lastSearch.current = {query, hits};
		return hits;
	};
	// After the frame that shows the typed character, in slices: a newer query (pending) drops this one.
	// Queued behind React's render of that frame: React schedules it from a microtask of the key's turn,
	// which runs before this one's, and Ink writes the frame as React commits it.
	const slicing = useRef<string | undefined>(undefined);
	const answerSoon = (query: string) => {
		if (slicing.current === query) return;
		slicing.current = query;
		const slice = () => {
			if (slicing.current !== query) return;
			if (cancelled.current || pending.current !== query) {
				slicing.current = undefined;
				return;
			}
			const hits = searchUntil(query, performance.now() + sliceMs);
			if (hits !== undefined) slicing.current = undefined;
			if (hits === undefined) setImmediate(slice);
			else send({type: 'results', query, hits});
		};
		queueMicrotask(() => setImmediate(slice));
	};

	// A new engine's first queries run its code cold (20-40 ms more at 100k items): a few queries of its
	// own in idle time, one a turn, run it before the user's first search does. Their hits are dropped.
	const warmUp = () => {
		const engine = searcher.current;
		const word = /^\p{L}{1,3}/u.exec(engine?.documents[0]?.name ?? '')?.[0];
		if (!engine || !word) return;
		const queries = [...word].map((_, length) => word.slice(0, length + 1));
		const next = () => {
			if (cancelled.current || wanted.current || queries.length === 0) return;
			if (userBusy()) return void setTimeout(next, quietBeforeWork);
			for (const hit of engine.search(queries.shift()!, resultLimit).slice(0, 40)) void hit.labelRanges;
			setImmediate(next);
		};
		next();
	};

	const loading = useRef<Promise<void> | undefined>(undefined);
	const load = () => {
		if (loading.current) return;
		loading.current = import('../search/search.js').then(module => buildIndex(module));
	};
	const cancelled = useRef(false);
	const buildIndex = (module: typeof import('../search/search.js')) => {
		// The story's own indexes (firstWork: what the first result's preview reads) come first, in the same slices.
		const before = firstWork?.();
		const searcherBuilt = module.searcherSteps(story);
		let beforeDone = !before;
		const steps = {
			next: (): IteratorResult<number, Searcher> => {
				if (!beforeDone && !before!.next().done) return {done: false, value: 0};
				beforeDone = true;
				return searcherBuilt.next();
			},
		};
		// Progress is sent in tenths, so that indexing adds few frames.
		let shown = 0;
		const work = () => {
			if (cancelled.current) return;
			const started = performance.now();
			for (;;) {
				const step = steps.next();
				if (step.done) {
					searcher.current = step.value;
					send({type: 'indexProgress', share: 1});
					if (pending.current !== undefined && pending.current.trim() !== '') answerSoon(pending.current);
					else setTimeout(warmUp, quietBeforeWork);
					return;
				}
				if (performance.now() - started > 8) {
					if (step.value - shown >= 0.1) {
						shown = step.value;
						send({type: 'indexProgress', share: step.value});
					}
					if (userBusy()) setTimeout(work, quietBeforeWork);
					else setImmediate(work);
					return;
				}
			}
		};
		setImmediate(work);
	};

	useEffect(() => {
		cancelled.current = false;
		let quiet: NodeJS.Timeout;
		const whenQuiet = () => {
			if (userBusy()) quiet = setTimeout(whenQuiet, quietBeforeWork);
			else load();
		};
		quiet = setTimeout(whenQuiet, quietBeforeWork);
		return () => {
			clearTimeout(quiet);
			cancelled.current = true;
		};
	}, []);

	const runner = useRef<SearchRunner>({
		answerNow(query) {
			const empty = query.trim() === '';
			if (!empty && !searcher.current) return undefined;
			const started = performance.now();
			wanted.current = true;
			// An older query still searching is dropped for this one.
			pending.current = query;
			return empty ? [] : searchUntil(query, started + inlineMs);
		},
		search(query) {
			wanted.current = true;
			pending.current = query;
			if (query.trim() === '') {
				send({type: 'results', query, hits: []});
				return;
			}
			if (searcher.current) answerSoon(query);
			else load();
		},
	});
	return runner.current;
}
