import {isSimpleText, widthOfCodePoint} from './cell-width.js';
import {BoundedCache} from './kept-output.js';
import {splitSgr, type AnsiCode, type AnsiTokenize} from './styled-chars.js';

// A row of Ink's output whose lines are all narrow characters with colour and weight codes (most rows of
// most frames: lists, headers, the footer) gives the same text as the cell-by-cell path of
// kept-output.ts when it is built from runs of one style instead of one object per cell: the cells of
// a run share their style list there too, so codes are written only where a run's style differs from
// the one before, and the serialiser's rules (the first cell's codes, a diff at each change, the last
// cell's codes undone, trailing blanks trimmed) apply to runs as they do to cells. The first frame
// built 4,800 cells through three functions each (some 60 ms of CPU of a no-kept-frame start at load
// 12, the largest single step before the frame); anything else (wide or combining characters, links,
// lines past either edge, fractional positions) is left to the cell path. test/text/simple-rows.test.ts
// holds it to Ink's own Output.

/** A piece of a line or row: `text` drawn in `styles` (the list the cell path would give each of its cells). */
type Run = {styles: AnsiCode[]; text: string};
/** A row as runs laid from column `start` on. */
type Placed = Run & {start: number};

// SGR sequences (ESC '[' digits and semicolons 'm') and characters that are each a cell of width one
// (printable ASCII; else simple text, cell-width.ts, of East Asian Width other than wide, outside the
// astral planes): the cell path's tokenizer reads exactly these as one cell per UTF-16 unit and one
// style change per code. Anything else left in (another escape, a control character) is not simple.
const sgr = /\u001B\[[0-9;]*m/g;
const printableAscii = /^[\u0020-\u007E]*$/;

function isPlain(line: string): boolean {
	const text = line.includes('\u001B') ? line.replace(sgr, '') : line;
	if (printableAscii.test(text)) return true;
	if (!isSimpleText(text)) return false;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if ((unit >= 0xd800 && unit <= 0xdfff) || widthOfCodePoint(unit) !== 1) return false;
	}
	return true;
}
const noStyles = Object.freeze([]) as unknown as AnsiCode[];

export function simpleRows(ansi: Omit<AnsiTokenize, 'loadTokenize'>) {
	const recentRuns = new BoundedCache<Run[] | undefined>(4096);
	const runsOf = (line: string) => recentRuns.get(line, styledRuns);

	/** A line's runs as the cell path styles them (codes reduced one by one), or undefined if not plain. */
	function styledRuns(line: string): Run[] | undefined {
		let runs: Run[] | undefined;
		if (isPlain(line)) {
			runs = [];
			let styles: AnsiCode[] = [];
			let from = 0;
			for (const match of line.matchAll(sgr)) {
				if (match.index > from) runs.push({styles, text: line.slice(from, match.index)});
				for (const code of splitSgr(match[0])) styles = ansi.reduceAnsiCodesIncremental(styles, [{type: 'ansi', code, endCode: ansi.getEndCode(code)}]);
				from = match.index + match[0].length;
			}
			if (from < line.length) runs.push({styles, text: line.slice(from)});
		}
		return runs;
	}

	const sameStyles = (a: AnsiCode[], b: AnsiCode[]) => a === b || (a.length === b.length && a.every((code, index) => code.code === b[index]!.code && code.endCode === b[index]!.endCode));

	// The codes that change one style list into another, by the lists' codes: a frame changes style a few
	// hundred times between a handful of distinct pairs, and each diff builds three sets.
	const keys = new WeakMap<AnsiCode[], string>();
	const keyOf = (styles: AnsiCode[]) => {
		let key = keys.get(styles);
		if (key === undefined) {
			key = styles.map(code => `${code.code}\u0000${code.endCode}`).join('\u0001');
			keys.set(styles, key);
		}
		return key;
	};
	const changes = new BoundedCache<string>(1024);
	const change = (from: AnsiCode[], to: AnsiCode[]) => changes.get(`${keyOf(from)}\u0002${keyOf(to)}`, () => ansi.ansiCodesToString(ansi.diffAnsiCodes(from, to)));

	// The row being composed, column by column: the run drawn there and which of its characters (blank
	// where none), reused from row to row. Composing the row's text as a string (a blank row, then each
	// run spliced in) copied the row's characters twice a run, about 60 KB a typed key; its text is now
	// cut from the runs' own texts once, stretch by stretch.
	let columnRuns: Array<Run | undefined> = [];
	let columnOffsets = new Int32Array(0);
	const spaces: string[] = [];
	const blanks = (count: number) => (spaces[count] ??= ' '.repeat(count));

	/**
	 * The row's text, as the cell path gives it, when every line written to it (x, line, x, line…) is
	 * plain and lies within the row at a whole column; undefined otherwise. Later writes cover earlier ones.
	 */
	return function simpleRowText(writes: ReadonlyArray<number | string>, width: number): string | undefined {
		if (columnRuns.length !== width) {
			columnRuns = Array.from({length: width});
			columnOffsets = new Int32Array(width);
		}
		columnRuns.fill(undefined);
		for (let index = 0; index < writes.length; index += 2) {
			const x = writes[index] as number;
			const runs = runsOf(writes[index + 1] as string);
			if (runs === undefined || !Number.isInteger(x) || x < 0) return undefined;
			let at = x;
			for (const run of runs) {
				const end = at + run.text.length;
				if (end > width) return undefined;
				for (let column = at; column < end; column++) {
					columnRuns[column] = run;
					columnOffsets[column] = column - at;
				}
				at = end;
			}
		}
		// Stretches of columns showing one run's consecutive characters (or blanks); a style's codes are
		// written where a stretch's style list differs from the one before, as cell by cell.
		let text = '';
		let previous: AnsiCode[] | undefined;
		for (let column = 0; column < width; ) {
			const run = columnRuns[column];
			const first = columnOffsets[column]!;
			let end = column + 1;
			if (run === undefined) while (end < width && columnRuns[end] === undefined) end++;
			else while (end < width && columnRuns[end] === run && columnOffsets[end] === first + end - column) end++;
			const styles = run === undefined ? noStyles : run.styles;
			if (styles !== previous) {
				if (previous === undefined) {
					if (styles.length > 0) text += ansi.ansiCodesToString(styles);
				} else if (!sameStyles(previous, styles)) text += change(previous, styles);
				previous = styles;
			}
			text += run === undefined ? blanks(end - column) : first === 0 && end - column === run.text.length ? run.text : run.text.slice(first, first + end - column);
			column = end;
		}
		if (previous !== undefined && previous.length > 0) text += change(previous, []);
		return text.trimEnd();
	};
}
