// Just enough of the source map format (v3) to say which source file a position of the bundle came
// from: the start-up profile attributes its samples to modules with it. No dependency for one decoder.

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digitOf = new Map([...base64].map((character, index) => [character, index]));

/** The numbers of one VLQ segment ("AAAA,"-style), each signed. */
function decodeSegment(segment: string): number[] {
	const values: number[] = [];
	let value = 0;
	let shift = 0;
	for (const character of segment) {
		const digit = digitOf.get(character);
		if (digit === undefined) return values;
		value += (digit & 31) << shift;
		if (digit & 32) {
			shift += 5;
			continue;
		}
		values.push(value & 1 ? -(value >>> 1) : value >>> 1);
		value = 0;
		shift = 0;
	}
	return values;
}

export type SourceLookup = (line: number, column: number) => string | undefined;

/** For a map's text, a lookup from a 0-based generated line and column to the source it came from. */
export function sourceLookup(mapText: string): SourceLookup {
	const map = JSON.parse(mapText) as {sources: string[]; mappings: string};
	// Per generated line: ascending columns and the source index at each.
	const lines: Array<{columns: number[]; sources: number[]}> = [];
	let source = 0;
	for (const lineText of map.mappings.split(';')) {
		const columns: number[] = [];
		const sources: number[] = [];
		let column = 0;
		for (const segment of lineText.split(',')) {
			if (segment === '') continue;
			const values = decodeSegment(segment);
			column += values[0] ?? 0;
			if (values.length >= 4) {
				source += values[1]!;
				columns.push(column);
				sources.push(source);
			}
		}
		lines.push({columns, sources});
	}
	// A function is placed by the first mapping at or after where it starts (its own code), else the last before.
	return (line, column) => {
		const entry = lines[line];
		if (!entry || entry.columns.length === 0) return undefined;
		let low = 0;
		let high = entry.columns.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (entry.columns[middle]! < column) low = middle + 1;
			else high = middle;
		}
		return map.sources[entry.sources[Math.min(low, entry.columns.length - 1)]!];
	};
}
