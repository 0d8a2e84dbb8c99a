// Which paragraphs of a page repeat words found in another paragraph (a pull quote, a standfirst shown
// twice), in time linear in the page. Comparing every paragraph with every other took minutes on a page
// of many short paragraphs; here identical paragraphs are found by a map of their normalised text, and
// a paragraph inside a longer one by one suffix automaton over the words of all of them, which knows for
// every run of words whether it occurs in more than one paragraph.

/** A paragraph's words as the comparison sees them: lower case, letters and digits only. */
export function comparableWords(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * For each key (a paragraph as its words), whether it repeats another: an identical key earlier, or a
 * longer key that holds its words in a row.
 */
export function findRepeats(keys: string[][]): boolean[] {
	const repeats = keys.map(() => false);
	// Identical paragraphs: the later ones repeat the first.
	const firstOf = new Map<string, number>();
	const unique: number[] = [];
	keys.forEach((words, index) => {
		const joined = words.join(' ');
		if (firstOf.has(joined)) repeats[index] = true;
		else {
			firstOf.set(joined, index);
			unique.push(index);
		}
	});
	const automaton = new WordAutomaton();
	for (const [position, index] of unique.entries()) automaton.addParagraph(keys[index]!, position);
	automaton.finish();
	// Among distinct paragraphs, one whose words occur in another occurs in a longer one.
	for (const index of unique) if (keys[index]!.length > 0 && automaton.inSeveralParagraphs(keys[index]!)) repeats[index] = true;
	return repeats;
}

/**
 * A suffix automaton over the words of several paragraphs, each ended by a separator of its own, so no
 * run of words spans two. Each state records the lowest and highest paragraph its runs end in: a run is
 * in several paragraphs when they differ.
 */
class WordAutomaton {
	private readonly wordIds = new Map<string, number>();
	private readonly length: number[] = [0];
	private readonly link: number[] = [-1];
	private readonly next: Array<Map<number, number>> = [new Map()];
	private readonly lowest: number[] = [Number.POSITIVE_INFINITY];
	private readonly highest: number[] = [Number.NEGATIVE_INFINITY];
	private last = 0;
	private separators = 0;

	addParagraph(words: string[], paragraph: number): void {
		for (const word of words) {
			let id = this.wordIds.get(word);
			if (id === undefined) this.wordIds.set(word, (id = this.wordIds.size));
			this.extend(id, paragraph);
		}
		// Separators are negative ids, one per paragraph, so that they never repeat.
		this.extend(-1 - this.separators++, paragraph);
	}

	/** Spreads each state's paragraphs to the states its runs end in too (their suffix links). */
	finish(): void {
		const order = [...this.length.keys()].sort((a, b) => this.length[b]! - this.length[a]!);
		for (const state of order) {
			const parent = this.link[state]!;
			if (parent < 0) continue;
			this.lowest[parent] = Math.min(this.lowest[parent]!, this.lowest[state]!);
			this.highest[parent] = Math.max(this.highest[parent]!, this.highest[state]!);
		}
	}

	inSeveralParagraphs(words: string[]): boolean {
		let state = 0;
		for (const word of words) {
			const id = this.wordIds.get(word);
			const target = id === undefined ? undefined : this.next[state]!.get(id);
			if (target === undefined) return false;
			state = target;
		}
		return this.lowest[state] !== this.highest[state];
	}

	private newState(length: number, paragraph: number): number {
		this.length.push(length);
		this.link.push(-1);
		this.next.push(new Map());
		this.lowest.push(paragraph);
		this.highest.push(paragraph);
		return this.length.length - 1;
	}

	/** The standard online construction (Blumer et al.), one word at a time. */
	private extend(id: number, paragraph: number): void {
		const current = this.newState(this.length[this.last]! + 1, paragraph);
		let state = this.last;
		while (state !== -1 && !this.next[state]!.has(id)) {
			this.next[state]!.set(id, current);
			state = this.link[state]!;
		}
		if (state === -1) this.link[current] = 0;
		else {
			const following = this.next[state]!.get(id)!;
			if (this.length[state]! + 1 === this.length[following]) this.link[current] = following;
			else {
				// A clone ends no run of its own: its paragraphs come from the states linked to it.
				const clone = this.newState(this.length[state]! + 1, Number.POSITIVE_INFINITY);
				this.highest[clone] = Number.NEGATIVE_INFINITY;
				this.next[clone] = new Map(this.next[following]!);
				this.link[clone] = this.link[following]!;
				while (state !== -1 && this.next[state]!.get(id) === following) {
					this.next[state]!.set(id, clone);
					state = this.link[state]!;
				}
				this.link[following] = clone;
				this.link[current] = clone;
			}
		}
		this.last = current;
	}
}
