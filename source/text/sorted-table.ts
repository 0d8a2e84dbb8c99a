// A lookup table as lines of "key<TAB>value", sorted by the key's UTF-8 bytes, searched by bisection
// over the bytes as read from the file: opening a table decodes nothing and builds nothing, so a large
// list (the gazetteer's cities, the first-name lists) costs a file read when the importer starts, and
// each lookup decodes only the lines of its key. The tables are made by the build (source/build.mjs);
// a checkout running from the sources looks the same rows up in a Map instead (rowLookup), which is
// quicker to make than the sorted text.

const tab = 0x09;
const newline = 0x0a;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Compares the key of the line starting at `start` with `target`, byte by byte (UTF-8 order is code point order). */
function compareKey(bytes: Uint8Array, start: number, target: Uint8Array): number {
	for (let index = 0; ; index++) {
		const byte = bytes[start + index];
		const ended = byte === undefined || byte === tab || byte === newline;
		if (index === target.length) return ended ? 0 : 1;
		if (ended) return -1;
		const difference = byte - target[index]!;
		if (difference !== 0) return difference;
	}
}

const lineStart = (bytes: Uint8Array, at: number) => {
	while (at > 0 && bytes[at - 1] !== newline) at--;
	return at;
};

const nextLine = (bytes: Uint8Array, at: number) => {
	const end = bytes.indexOf(newline, at);
	return end < 0 ? bytes.length : end + 1;
};

/** The text of a table: rows stably sorted by key bytes (rows of one key keep their order). */
export function sortedTableText(rows: Iterable<readonly [string, string]>): string {
	const keyed = [...rows].map(([key, value], order) => {
		if (/[\t\n]/u.test(key) || value.includes('\n')) throw new Error(`a table row cannot hold a tab in its key or a line break: ${JSON.stringify(key)}`);
		return {bytes: Buffer.from(key), line: `${key}\t${value}`, order};
	});
	keyed.sort((a, b) => Buffer.compare(a.bytes, b.bytes) || a.order - b.order);
	return keyed.map(row => `${row.line}\n`).join('');
}

export type SortedTable = (key: string) => string[];

/** The same lookup over rows in memory: the values of each key in the rows' order. */
export function rowLookup(rows: Iterable<readonly [string, string]>): SortedTable {
	const byKey = new Map<string, string[]>();
	for (const [key, value] of rows) {
		const same = byKey.get(key);
		if (same) same.push(value);
		else byKey.set(key, [value]);
	}
	return key => byKey.get(key) ?? [];
}

/** The values of a key, in the table's order; none for an unknown key. */
export function openSortedTable(bytes: Uint8Array): SortedTable {
	return key => {
		const target = encoder.encode(key);
		let low = 0;
		let high = bytes.length;
		// Invariant: `low` starts a line, every line before it has a smaller key, none from `high` on a smaller one.
		while (low < high) {
			const start = lineStart(bytes, (low + high) >>> 1);
			if (compareKey(bytes, start, target) < 0) low = nextLine(bytes, start);
			else high = start;
		}
		const values: string[] = [];
		for (let at = low; at < bytes.length && compareKey(bytes, at, target) === 0; at = nextLine(bytes, at)) {
			const end = nextLine(bytes, at);
			values.push(decoder.decode(bytes.subarray(at + target.length + 1, bytes[end - 1] === newline ? end - 1 : end)));
		}
		return values;
	};
}
