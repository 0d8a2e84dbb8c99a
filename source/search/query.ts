// The query language of fzf's extended search, parsed once into typed terms that every engine reads
// (fuse.js ranking, the large-story first stage, the inverse filter), so no engine re-reads `'`, `^`
// or `$` from a string. fzf's src/pattern.go is the model: white space separates terms that must all
// match; a lone `|` between two terms makes them alternatives (OR binds tighter than AND, so
// `^core go$ | rb$` means "starts with core, and ends with go or rb"); `\ ` is a literal space.

/** fuzzy `abc`, exact `'abc`, prefix `^abc`, suffix `abc$`, equal `^abc$`. */
export type TermKind = 'fuzzy' | 'exact' | 'prefix' | 'suffix' | 'equal';

export type QueryTerm = {
	kind: TermKind;
	/** Items that match are left out (`!abc`); an inverse term never ranks, it only filters. */
	inverse: boolean;
	/** The text to look for, operators removed. Never empty. */
	text: string;
};

/** Terms any one of which may match (written `a | b`). */
export type Alternatives = QueryTerm[];

/** Every set must match (AND of ORs), in the order typed. */
export type ParsedQuery = Alternatives[];

const escapedSpace = '\u0000';

function parseTerm(token: string): QueryTerm | undefined {
	let text = token;
	let kind: TermKind = 'fuzzy';
	let inverse = false;
	// fzf reads an inverse term as exact: "!fire" leaves out items that contain "fire".
	if (text.startsWith('!')) {
		inverse = true;
		kind = 'exact';
		text = text.slice(1);
	}
	if (text !== '$' && text.endsWith('$')) {
		kind = 'suffix';
		text = text.slice(0, -1);
	}
	if (text.startsWith("'")) {
		// The quote flips exactness: exact for a plain term, fuzzy for an inverse one (fzf's "!'fire").
		kind = inverse ? 'fuzzy' : 'exact';
		text = text.slice(1);
	} else if (text.startsWith('^')) {
		kind = kind === 'suffix' ? 'equal' : 'prefix';
		text = text.slice(1);
	}
	text = text.replaceAll(escapedSpace, ' ');
	return text === '' ? undefined : {kind, inverse, text};
}

/** Parses a query as fzf does. A term that is only operators ("^", "!") is dropped, as in fzf. */
export function parseQuery(query: string): ParsedQuery {
	const tokens = query.replaceAll('\\ ', escapedSpace).split(/\s+/).filter(token => token !== '');
	const sets: ParsedQuery = [];
	let current: Alternatives = [];
	// As in fzf: a "|" after a term keeps the next term in the same set; a term left empty ("^")
	// changes nothing.
	let startsNewSet = false;
	let afterBar = false;
	for (const token of tokens) {
		if (token === '|' && current.length > 0 && !afterBar) {
			startsNewSet = false;
			afterBar = true;
			continue;
		}
		afterBar = false;
		const term = parseTerm(token);
		if (!term) continue;
		if (startsNewSet) {
			sets.push(current);
			current = [];
		}
		current.push(term);
		startsNewSet = true;
	}
	if (current.length > 0) sets.push(current);
	return sets;
}

/** A human query seldom has more; past this, further alternatives are dropped rather than multiplied. */
export const maxConjunctions = 64;

/**
 * The same query as alternatives of conjunctions ("a (b | c)" → "a b" or "a c"), the shape the engines
 * search in: each conjunction is one fuse.js expression, and an item's best score over them is its score.
 */
export function conjunctionsOf(query: ParsedQuery): QueryTerm[][] {
	let conjunctions: QueryTerm[][] = [[]];
	for (const alternatives of query) {
		const next: QueryTerm[][] = [];
		for (const conjunction of conjunctions) {
			for (const term of alternatives) {
				if (next.length < maxConjunctions) next.push([...conjunction, term]);
			}
		}
		conjunctions = next;
	}
	return query.length === 0 ? [] : conjunctions;
}

/** Whether a field's text satisfies a term literally (case-insensitive), as the inverse filter needs. */
export function fieldMatchesLiterally(field: string, term: QueryTerm): boolean {
	const lowered = field.toLowerCase();
	const needle = term.text.toLowerCase();
	switch (term.kind) {
		case 'prefix':
			return lowered.startsWith(needle);
		case 'suffix':
			return lowered.endsWith(needle);
		case 'equal':
			return lowered === needle;
		default:
			// An inverse fuzzy term ("!'x") is read as containment: leaving out every item whose letters
			// merely occur in order would leave out nearly everything.
			return lowered.includes(needle);
	}
}

/**
 * The term in fuse.js's extended-search syntax, always quoted (and `|` escaped) so that fuse.js reads
 * the text literally: a term may contain `|`, a space, a quote or a leading `=`. Inverse terms are
 * filtered outside fuse.js, so only the kind is written here.
 */
export function fusePattern(term: QueryTerm): string {
	const quoted = `"${term.text.replaceAll('|', '\\|')}"`;
	switch (term.kind) {
		case 'exact':
			return `'${quoted}`;
		case 'prefix':
			return `^${quoted}`;
		case 'suffix':
			return `${quoted}$`;
		case 'equal':
			return `=${quoted}`;
		default:
			// Bare when fuse.js would read it as fuzzy anyway.
			return /^[='!^"]|[$"]$|[\s|"\\]/.test(term.text) ? quoted : term.text;
	}
}
