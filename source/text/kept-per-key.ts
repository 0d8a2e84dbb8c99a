/**
 * A function's answers kept per key, for the importer's word tests that are asked the same few hundred
 * words tens of thousands of times an article. Bounded: past `limit` keys the memory starts afresh, so a
 * long-running process stays small. An undefined answer is kept too.
 */
export function keptPerKey<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
	const kept = new Map<string, T>();
	return key => {
		const found = kept.get(key);
		if (found !== undefined || kept.has(key)) return found as T;
		const answer = compute(key);
		if (kept.size >= limit) kept.clear();
		kept.set(key, answer);
		return answer;
	};
}
