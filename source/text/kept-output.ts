// Ink's Output (ink/build/output.js) turns a frame's writes into its text: each frame it builds a new
// grid of one object per cell (120x40 is 4,800 objects, ~1.5 MB, ~3 ms here) and writes every row back
// to a string. Most rows are the same as in the frame before (a key changes a few), and the garbage of
// the new grid was most of a keystroke's allocation, so that every third key waited for a scavenge.
// This Output gives the same text, byte for byte, from a grid kept between frames: a row's text is
// rebuilt only when the lines written to it (where, what, in which order) differ from the last frame's,
// and a rebuilt row reuses its array of cells, filled with one shared blank cell. Ink makes a new Output
// per frame, so the grid lives beside the class. test/text/kept-output.test.ts holds it to Ink's own.

type AnsiCode = {type: 'ansi'; code: string; endCode: string};
type Cell = {type: 'char'; value: string; fullWidth: boolean; styles: AnsiCode[]};
type Clip = {x1?: number; x2?: number; y1?: number; y2?: number};
type Transformer = (line: string, index: number) => string;
type Operation = {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]} | {type: 'clip'; clip: Clip} | {type: 'unclip'};

/** What Ink's output.js imports, so that the bundle can hand it the same stand-ins (source/text/*-bundled.ts). */
export type OutputText = {
	sliceAnsi(text: string, start: number, end?: number): string;
	stringWidth(text: string): number;
	tokenize(text: string): unknown[];
	styledCharsFromTokens(tokens: never[]): Cell[];
	styledCharsToString(chars: Cell[]): string;
	/** A row's text from its writes (x, line…) without cells, when it can tell it (source/text/simple-rows.ts, h-startup9); undefined: build cells. */
	simpleRowText?(writes: ReadonlyArray<number | string>, width: number): string | undefined;
};

/** A row: its cells, its text, and the lines written to it this frame and when the text was made (x, line, x, line…). */
type Row = {cells: Array<Cell | undefined>; text: string | undefined; writes: Array<number | string>; built: Array<number | string>};

const blank: Cell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) as unknown as AnsiCode[]}) as Cell;

/** A map that forgets everything when it grows past its limit: the caches below live across frames. */
export class BoundedCache<Value> {
	private readonly entries = new Map<string, Value>();
	constructor(private readonly limit: number) {}
	get(key: string, make: (key: string) => Value): Value {
		let value = this.entries.get(key);
		// A value made as undefined is kept too (simple-rows.ts: "not plain"); has() only then.
		if (value === undefined && !this.entries.has(key)) {
			if (this.entries.size >= this.limit) this.entries.clear();
			value = make(key);
			this.entries.set(key, value);
		}
		return value as Value;
	}
}

export function keptOutput(packages: OutputText) {
	const widths = new BoundedCache<number>(4096);
	const widestLines = new BoundedCache<number>(1024);
	const styledLines = new BoundedCache<Cell[]>(1024);
	// A wide character's second column: an empty cell of its style, made once per style list.
	const continuations = new WeakMap<AnsiCode[], Cell>();
	const stringWidth = (value: string) => widths.get(value, packages.stringWidth);
	const widestLine = (block: string) =>
		widestLines.get(block, () => {
			let widest = 0;
			for (const line of block.split('\n')) widest = Math.max(widest, stringWidth(line));
			return widest;
		});
	const styledLine = (line: string) => styledLines.get(line, () => packages.styledCharsFromTokens(packages.tokenize(line) as never[]));
	const continuationOf = (styles: AnsiCode[]) => {
		let cell = continuations.get(styles);
		if (cell === undefined) {
			cell = {type: 'char', value: '', fullWidth: false, styles};
			continuations.set(styles, cell);
		}
		return cell;
	};

	let grid: {width: number; height: number; rows: Row[]} | undefined;
	const gridOf = (width: number, height: number) => {
		if (grid?.width !== width || grid.height !== height) {
			const rows: Row[] = [];
			for (let y = 0; y < count(height); y++) rows.push({cells: [], text: undefined, writes: [], built: []});
			grid = {width, height, rows};
		}
		return grid;
	};

	/** Ink's way of laying a line's cells into a row (output.js), with cells off the row's indices left out as its join leaves them out. */
	const writeCells = (cells: Array<Cell | undefined>, x: number, line: string) => {
		let offsetX = x;
		const characters = styledLine(line);
		for (let nth = 0; nth < characters.length; nth++) {
			const character = characters[nth]!;
			const characterWidth = Math.max(1, stringWidth(character.value));
			if (isIndex(offsetX)) cells[offsetX] = character;
			for (let index = 1; index < characterWidth; index++) if (isIndex(offsetX + index)) cells[offsetX + index] = continuationOf(character.styles);
			offsetX += characterWidth;
		}
	};

	const rowText = (row: Row, width: number): string => {
		const simple = packages.simpleRowText?.(row.writes, width);
		if (simple !== undefined) return simple;
		const {cells} = row;
		cells.length = width;
		cells.fill(blank);
		for (let index = 0; index < row.writes.length; index += 2) writeCells(cells, row.writes[index] as number, row.writes[index + 1] as string);
		// A line written past the row's end leaves holes, which Ink's filter drops.
		const present = cells.length === width ? (cells as Cell[]) : (cells.filter(cell => cell !== undefined) as Cell[]);
		return packages.styledCharsToString(present).trimEnd();
	};

	return class Output {
		width: number;
		height: number;
		operations: Operation[] = [];

		constructor(options: {width: number; height: number}) {
			this.width = options.width;
			this.height = options.height;
		}

		write(x: number, y: number, text: string, options: {transformers: Transformer[]}) {
			if (!text) return;
			this.operations.push({type: 'write', x, y, text, transformers: options.transformers});
		}

		clip(clip: Clip) {
			this.operations.push({type: 'clip', clip});
		}

		unclip() {
			this.operations.push({type: 'unclip'});
		}

		get(): {output: string; height: number} {
			const {rows} = gridOf(this.width, this.height);
			for (let y = 0; y < rows.length; y++) rows[y]!.writes.length = 0;
			const clips: Clip[] = [];
			// Which lines land on which rows, exactly as Ink's output.js decides it (clipping, transformers).
			for (let nth = 0; nth < this.operations.length; nth++) {
				const operation = this.operations[nth]!;
				if (operation.type === 'clip') clips.push(operation.clip);
				if (operation.type === 'unclip') clips.pop();
				if (operation.type !== 'write') continue;
				const {text, transformers} = operation;
				let {x, y} = operation;
				let lines = text.split('\n');
				const clip = clips.at(-1);
				if (clip) {
					const clipHorizontally = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
					const clipVertically = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
					if (clipHorizontally && (x + widestLine(text) < clip.x1! || x > clip.x2!)) continue;
					if (clipVertically && (y + lines.length < clip.y1! || y > clip.y2!)) continue;
					if (clipHorizontally) {
						lines = lines.map(line => {
							const from = x < clip.x1! ? clip.x1! - x : 0;
							const width = stringWidth(line);
							const to = x + width > clip.x2! ? clip.x2! - x : width;
							return packages.sliceAnsi(line, from, to);
						});
						if (x < clip.x1!) x = clip.x1!;
					}
					if (clipVertically) {
						const from = y < clip.y1! ? clip.y1! - y : 0;
						const height = lines.length;
						const to = y + height > clip.y2! ? clip.y2! - y : height;
						lines = lines.slice(from, to);
						if (y < clip.y1!) y = clip.y1!;
					}
				}
				let offsetY = 0;
				// Indexed loops: this runs for every line of every frame, and an iterator's results are garbage.
				for (let index = 0; index < lines.length; index++) {
					const row = rows[y + offsetY];
					// Ink skips a line whose row is missing without moving to the next row (so a write that starts
					// above the frame draws nothing).
					if (!row) continue;
					let line = lines[index]!;
					for (let nth = 0; nth < transformers.length; nth++) line = transformers[nth]!(line, index);
					row.writes.push(x, line);
					offsetY++;
				}
			}
			let output = '';
			for (let y = 0; y < rows.length; y++) {
				const row = rows[y]!;
				if (row.text === undefined || !sameWrites(row.writes, row.built)) {
					row.text = rowText(row, count(this.width));
					const built = row.writes;
					row.writes = row.built;
					row.built = built;
				}
				output += y === 0 ? row.text : `\n${row.text}`;
			}
			return {output, height: rows.length};
		}
	};
}

/** How many cells Ink's loop \`for (x = 0; x < width; x++)\` makes. */
const count = (size: number) => (size > 0 ? Math.ceil(size) : 0);

const isIndex = (value: number) => Number.isInteger(value) && value >= 0;

function sameWrites(a: Array<number | string>, b: Array<number | string>): boolean {
	if (a.length !== b.length) return false;
	for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
	return true;
}
