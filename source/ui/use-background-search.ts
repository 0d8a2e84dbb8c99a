import {useEffect, useRef, useState, type MutableRefObject} from 'react';
import type {StoryFile} from '../model/schema.js';
import type {Searcher, SearchHit} from '../search/search.js';

/** Milliseconds without a key press before background work starts or resumes. */
export const quietBeforeWork = 300;

export type BackgroundSearch = {
	/** Results for the query, or the latest results while a newer search is pending. */
	hits: SearchHit[];
	/** True while the results shown are not yet those of the query. */
	searching: boolean;
	/** The query the results shown answer (an older one while `searching`). */
	answers: string;
	/** Share of the story indexed, 0 to 1. */
	indexProgress: number;
};

/**
 * Search for the dashboard, kept off the key-press path. The search code loads, and its index is built
 * in slices of about 8 ms, only once no key has come for a moment, unless `wantsNow` (the search box is
 * open). Results for a query are computed after the frame that shows the typed character; a search made
 * stale by newer keys is cancelled before it runs.
 */
export function useBackgroundSearch(story: StoryFile, query: string, wantsNow: boolean, lastKeyAt: MutableRefObject<number>, resultLimit: number): BackgroundSearch {
	const wantsNowRef = useRef(wantsNow);
	wantsNowRef.current = wantsNow;
	const userBusy = () => !wantsNowRef.current && performance.now() - lastKeyAt.current < quietBeforeWork;

	const [searchModule, setSearchModule] = useState<typeof import('../search/search.js')>();
	const loading = useRef(false);
	const loadSearch = () => {
		if (loading.current) return;
		loading.current = true;
		void import('../search/search.js').then(setSearchModule);
	};
	useEffect(() => {
		let timer: NodeJS.Timeout;
		const whenQuiet = () => {
			if (userBusy()) timer = setTimeout(whenQuiet, quietBeforeWork);
			else loadSearch();
		};
		timer = setTimeout(whenQuiet, quietBeforeWork);
		return () => clearTimeout(timer);
	}, []);
	useEffect(() => {
		if (wantsNow) loadSearch();
	}, [wantsNow]);

	const searcher = useRef<Searcher | undefined>(undefined);
	// Progress is shown in tenths, so that indexing adds few frames.
	const [indexProgress, setIndexProgress] = useState(0);
	useEffect(() => {
		if (!searchModule) return;
		const steps = searchModule.searcherSteps(story);
		let cancelled = false;
		let shown = 0;
		const work = () => {
			if (cancelled) return;
			const started = performance.now();
			for (;;) {
				const step = steps.next();
				if (step.done) {
					searcher.current = step.value;
					setIndexProgress(1);
					return;
				}
				if (performance.now() - started > 8) {
					if (step.value - shown >= 0.1) {
						shown = step.value;
						setIndexProgress(step.value);
					}
					if (userBusy()) setTimeout(work, quietBeforeWork);
					else setImmediate(work);
					return;
				}
			}
		};
		setImmediate(work);
		return () => {
			cancelled = true;
		};
	}, [searchModule, story]);

	const lastSearch = useRef<{query: string; hits: SearchHit[]}>({query: '', hits: []});
	const searchNow = (text: string): SearchHit[] => {
		if (text.trim() === '' || !searcher.current) return [];
		if (lastSearch.current.query !== text) lastSearch.current = {query: text, hits: searcher.current.search(text, resultLimit)};
		return lastSearch.current.hits;
	};
	const cached = (text: string) => (text.trim() === '' ? [] : lastSearch.current.query === text ? lastSearch.current.hits : undefined);

	const ready = indexProgress === 1;
	const [results, setResults] = useState<{query: string; hits: SearchHit[]}>({query: '', hits: []});
	useEffect(() => {
		if (results.query === query || !ready) return;
		const timer = setTimeout(() => setResults({query, hits: searchNow(query)}), 0);
		return () => clearTimeout(timer);
	}, [query, results.query, ready]);

	const current = results.query === query || cached(query) !== undefined;
	return {
		hits: results.query === query ? results.hits : cached(query) ?? results.hits,
		searching: !current,
		answers: current ? query : results.query,
		indexProgress,
	};
}
