import {useEffect, useRef, type MutableRefObject} from 'react';
import type {StoryFile} from '../model/schema.js';
import type {Searcher, SearchHit} from '../search/search.js';
import type {Action} from './state-types.js';

/** Milliseconds without a key press before background work starts or resumes. */
export const quietBeforeWork = 300;

/** Longer than Ink's shortest gap between frames (maxFps 250 in run-dashboard.tsx). */
const afterNextFrameMs = 6;

/**
 * A query expected to take at most this long (ms) is answered in the frame that echoes its character:
 * one frame a key instead of two (with a frame's 4-6 ms, still within a 60 Hz frame's 16 ms). A slower one
 * runs after the echo, so that the character shows at once.
 */
export const inlineSearchMs = 8;

/** How many of the last searches' times predict the next one's. */
const costsKept = 3;

/**
 * Whether the next query is expected to be quick: the median of the last searches' times (a lone slow
 * one, such as cold code, does not stop it; a story whose queries are all slow does). With no search
 * timed yet, nothing is known, so it is not.
 */
export function expectQuick(recentMs: readonly number[], budgetMs: number): boolean {
	if (recentMs.length === 0) return false;
	const sorted = recentMs.toSorted((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)]! <= budgetMs;
}

export type SearchRunner = {
	/** The results of this query are wanted: they come back as a `results` action. */
	search(query: string): void;
	/**
	 * The results of this query at once, when the index is ready and the search is expected to be
	 * quick (they are then not sent as an action); undefined otherwise, and `search` is to be used.
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
	const timer = useRef<NodeJS.Timeout | undefined>(undefined);
	const lastSearch = useRef<{query: string; hits: SearchHit[]}>({query: '', hits: []});
	// The last searches' times (ms), the warm-up's included: what predicts whether the next is quick.
	// Wall time, as the user waits it: on a busy machine the query's few ms of CPU take many more, and the
	// character is then better shown first (CPU time here kept the one frame and delayed the character).
	const costs = useRef<number[]>([]);
	const timedSearch = (engine: Searcher, query: string) => {
		const started = performance.now();
		const hits = engine.search(query, resultLimit);
		costs.current = [...costs.current.slice(1 - costsKept), performance.now() - started];
		return hits;
	};
	const hitsOf = (query: string) => {
		if (lastSearch.current.query !== query) lastSearch.current = {query, hits: timedSearch(searcher.current!, query)};
		return lastSearch.current.hits;
	};
	const answer = (query: string) => send({type: 'results', query, hits: hitsOf(query)});
	// After the frame that shows the typed character (Ink writes at most one frame every 4 ms: a search
	// run sooner holds that frame back for as long as it takes); a newer query cancels this one.
	const answerSoon = (query: string) => {
		clearTimeout(timer.current);
		timer.current = setTimeout(() => answer(query), afterNextFrameMs);
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
			for (const hit of timedSearch(engine, queries.shift()!).slice(0, 40)) void hit.labelRanges;
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
			clearTimeout(timer.current);
			cancelled.current = true;
		};
	}, []);

	const runner = useRef<SearchRunner>({
		answerNow(query) {
			const empty = query.trim() === '';
			if (!empty && !(searcher.current && expectQuick(costs.current, inlineMs))) return undefined;
			wanted.current = true;
			pending.current = query;
			// An older query waiting for its turn is answered by this one.
			clearTimeout(timer.current);
			return empty ? [] : hitsOf(query);
		},
		search(query) {
			wanted.current = true;
			pending.current = query;
			if (query.trim() === '') {
				clearTimeout(timer.current);
				send({type: 'results', query, hits: []});
				return;
			}
			if (searcher.current) answerSoon(query);
			else load();
		},
	});
	return runner.current;
}
