// A canvas of braille dots: each terminal cell holds 2×4 dots (U+2800 + a bit per dot), so lines drawn
// on it are four times finer vertically and twice horizontally than the cells, and a coastline reads as
// a line, not as a staircase of blocks. Dots are about square in a terminal cell of height ≈ 2 × width.

// Bit of each dot in a braille cell, by [row][column] within the cell (Unicode braille patterns).
const dotBits = [
	[0x01, 0x08],
	[0x02, 0x10],
	[0x04, 0x20],
	[0x40, 0x80],
];

export type LinePattern = 'solid' | 'dotted' | 'dashed';
const drawn: Record<Exclude<LinePattern, 'solid'>, (dot: number) => boolean> = {dotted: dot => dot % 2 === 0, dashed: dot => dot % 4 < 2};

export type BrailleCanvas = {
	/** Size in dots. */
	readonly width: number;
	readonly height: number;
	set(x: number, y: number): void;
	/**
	 * A straight line. Patterned lines ('dotted': a dot every other dot's length, 'dashed': two on, two
	 * off) count their pattern in dots along the whole polyline: pass the distance drawn so far as
	 * `travelled`, and the next segment gets back the distance at this one's end. Counting per segment
	 * would draw the many segments shorter than a dot solid.
	 */
	line(x0: number, y0: number, x1: number, y1: number, pattern?: LinePattern, travelled?: number): number;
	/** One string per cell row; a cell without dots is a space. */
	rows(): string[];
	/** Whether a cell has any dot. */
	inked(column: number, row: number): boolean;
};

export function createBrailleCanvas(columns: number, rows: number): BrailleCanvas {
	const cells = new Uint8Array(columns * rows);
	const width = columns * 2;
	const height = rows * 4;
	const set = (x: number, y: number) => {
		const dx = Math.floor(x);
		const dy = Math.floor(y);
		if (dx < 0 || dy < 0 || dx >= width || dy >= height) return;
		cells[(dy >> 2) * columns + (dx >> 1)]! |= dotBits[dy & 3]![dx & 1]!;
	};
	return {
		width,
		height,
		set,
		line(x0, y0, x1, y1, pattern = 'solid', travelled = 0) {
			const length = Math.hypot(x1 - x0, y1 - y0);
			if (!Number.isFinite(length) || length > 4 * (width + height)) return travelled;
			if (pattern === 'solid') {
				// Steps of at most one dot along the longer axis: no gaps, no need for Bresenham's integers.
				const steps = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
				for (let step = 0; step <= steps; step++) {
					const t = steps === 0 ? 0 : step / steps;
					set(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
				}
				return travelled + length;
			}
			// The dots at whole distances along the polyline that the pattern keeps.
			for (let dot = Math.ceil(travelled); dot <= travelled + length; dot++) {
				if (!drawn[pattern](dot)) continue;
				const t = length === 0 ? 0 : (dot - travelled) / length;
				set(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
			}
			return travelled + length;
		},
		rows() {
			const lines: string[] = [];
			for (let row = 0; row < rows; row++) {
				let line = '';
				for (let column = 0; column < columns; column++) {
					const bits = cells[row * columns + column]!;
					line += bits === 0 ? ' ' : String.fromCodePoint(0x2800 + bits);
				}
				lines.push(line);
			}
			return lines;
		},
		inked: (column, row) => cells[row * columns + column] !== 0,
	};
}
