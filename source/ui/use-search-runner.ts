import {useEffect, useRef, type MutableRefObject} from 'react';
import type {StoryFile} from '../model/schema.js';
import type {Searcher, SearchHit} from '../search/search.js';
import type {Action} from './state-types.js';

/** Milliseconds without a key press before background work starts or resumes. */
export const quietBeforeWork = 300;

/** Longer than Ink's shortest gap between frames (maxFps 250 in run-dashboard.tsx). */
const afterNextFrameMs = 6;

export type SearchRunner = {
	/** The results of this query are wanted: they come back as a `results` action. */
	search(query: string): void;
};

/**
 * The dashboard's search, run by the effects interpreter and kept off the key-press path. The search
 * code loads, and its index is built in slices of about 8 ms, once no key has come for a moment, or at
 * once when a search is asked for. Progress and results reach the reducer as actions; a search made
 * stale by newer keys is cancelled before it runs, and a query asked for before the index is ready
 * runs when it is.
 */
export function useSearchRunner(story: StoryFile, resultLimit: number, lastKeyAt: MutableRefObject<number>, dispatch: (actions: Action[]) => void, firstWork?: () => Iterator<unknown>): SearchRunner {
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
	const answer = (query: string) => {
		if (lastSearch.current.query !== query) lastSearch.current = {query, hits: searcher.current!.search(query, resultLimit)};
		send({type: 'results', query, hits: lastSearch.current.hits});
	};
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
			clearTimeout(timer.current);
			cancelled.current = true;
		};
	}, []);

	const runner = useRef<SearchRunner>({
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
