import {cellWidth, type Cell, type Tone} from '../text/text-fit.js';
import {wrapCells} from '../text/wrap-cells.js';

// A scrolling document (a detail or the reader) in two stages: its content, decided from the story
// alone (so its links never depend on the screen), and its layout at a width, which gives the lines
// and where each link sits on them.

/** What a link opens: an item's detail, or the reader at an article (and a cited paragraph). */
export type ViewTarget = {kind: 'item'; id: string} | {kind: 'reader'; article: string; paragraph?: number; excerpt?: string};

export const sameTarget = (a: ViewTarget, b: ViewTarget) => JSON.stringify(a) === JSON.stringify(b);
export const targetKey = (target: ViewTarget) => JSON.stringify(target);

export type Block =
	/** Text wrapped at words; `gutter` starts every line (a paragraph's mark), `indent` spaces follow it. */
	| {type: 'text'; cells: Cell[]; indent?: number; gutter?: Cell[]}
	| {type: 'heading'; text: string}
	| {type: 'blank'}
	/** A followable entry: the label (with "› ") and an optional body wrapped under it. */
	| {type: 'link'; target: ViewTarget; label: Cell[]; body?: Cell[]}
	/** Columns side by side where each gets a readable width, stacked otherwise. */
	| {type: 'columns'; columns: Array<{title: string; texts: string[]}>}
	/** Where the view opens (the reader's cited paragraph); the first anchor counts. */
	| {type: 'anchor'};

export type DocumentContent = {title: string; blocks: Block[]; links: ViewTarget[]};

export type DocumentLine = {cells: Cell[]; link?: number};
export type LinkSpan = {first: number; last: number};
export type LaidOutDocument = {title: string; lines: DocumentLine[]; linkSpans: LinkSpan[]; anchor: number};

/** Collects blocks; links are numbered in the order they are added. */
export class ContentBuilder {
	readonly blocks: Block[] = [];
	readonly links: ViewTarget[] = [];

	blank() {
		this.blocks.push({type: 'blank'});
	}

	heading(text: string) {
		this.blocks.push({type: 'heading', text});
	}

	text(cells: Cell[], options: {indent?: number; gutter?: Cell[]} = {}) {
		this.blocks.push({type: 'text', cells, ...options});
	}

	paragraph(text: string, tone: Tone = 'normal', indent = 0) {
		this.text([{text, tone}], {indent});
	}

	link(target: ViewTarget, label: Cell[], body?: Cell[]) {
		this.links.push(target);
		this.blocks.push({type: 'link', target, label, body});
	}

	columns(columns: Array<{title: string; texts: string[]}>) {
		this.blocks.push({type: 'columns', columns});
	}

	anchor() {
		this.blocks.push({type: 'anchor'});
	}

	finish(title: string): DocumentContent {
		return {title, blocks: this.blocks, links: this.links};
	}
}

const widthOf = (cells: Cell[]) => cells.reduce((sum, cell) => sum + cellWidth(cell.text), 0);
const spaces = (count: number): Cell[] => (count > 0 ? [{text: ' '.repeat(count)}] : []);

function padCells(cells: Cell[], width: number): Cell[] {
	return [...cells, ...spaces(width - widthOf(cells))];
}

/** Lays content out at a width: every line fits, words are never cut. */
export function layoutDocument(content: DocumentContent, width: number): LaidOutDocument {
	const lines: DocumentLine[] = [];
	const linkSpans: LinkSpan[] = [];
	let anchor: number | undefined;
	const lastIsBlank = () => lines.length === 0 || lines.at(-1)!.cells.length === 0;
	const wrapped = (cells: Cell[], lead: Cell[], rest: Cell[], link?: number) => {
		const room = Math.max(1, width - Math.max(widthOf(lead), widthOf(rest)));
		wrapCells(cells, room).forEach((line, index) => lines.push({cells: [...(index === 0 ? lead : rest), ...line], link}));
	};
	for (const block of content.blocks) {
		switch (block.type) {
			case 'blank':
				if (!lastIsBlank()) lines.push({cells: []});
				break;
			case 'heading':
				if (!lastIsBlank()) lines.push({cells: []});
				wrapped([{text: block.text, tone: 'heading', bold: true}], [], []);
				break;
			case 'text': {
				const lead = [...(block.gutter ?? []), ...spaces(block.indent ?? 0)];
				wrapped(block.cells, lead, lead);
				break;
			}
			case 'link': {
				const index = linkSpans.length;
				const first = lines.length;
				wrapped(block.label, [{text: '› ', tone: 'accent'}], spaces(2), index);
				if (block.body) wrapped(block.body, spaces(4), spaces(4), index);
				linkSpans.push({first, last: lines.length - 1});
				break;
			}
			case 'columns':
				layoutColumns(block.columns, width, lines);
				break;
			case 'anchor':
				anchor ??= lines.length;
				break;
		}
	}
	return {title: content.title, lines, linkSpans, anchor: anchor ?? 0};
}

function layoutColumns(columns: Array<{title: string; texts: string[]}>, width: number, lines: DocumentLine[]) {
	const gap = 3;
	if (width < 30 * columns.length + gap * (columns.length - 1)) {
		for (const column of columns) {
			if (lines.length > 0 && lines.at(-1)!.cells.length > 0) lines.push({cells: []});
			for (const line of wrapCells([{text: column.title, tone: 'heading', bold: true}], width)) lines.push({cells: line});
			for (const text of column.texts) for (const [index, line] of wrapCells([{text}], width - 2).entries()) lines.push({cells: [{text: index === 0 ? '• ' : '  '}, ...line]});
		}
		return;
	}
	const columnWidth = Math.floor((width - gap * (columns.length - 1)) / columns.length);
	const blocks = columns.map(column => [
		...wrapCells([{text: column.title, tone: 'heading', bold: true}], columnWidth),
		...column.texts.flatMap((text, index) => [
			...(index > 0 ? [[] as Cell[]] : []),
			...wrapCells([{text}], columnWidth - 2).map((line, lineIndex) => [{text: lineIndex === 0 ? '• ' : '  '}, ...line]),
		]),
	]);
	const height = Math.max(...blocks.map(block => block.length));
	for (let row = 0; row < height; row++) {
		const cells: Cell[] = [];
		blocks.forEach((block, index) => {
			const entry = block[row] ?? [];
			const last = index === blocks.length - 1;
			cells.push(...(last ? entry : padCells(entry, columnWidth)));
			if (!last) cells.push({text: ' │ ', tone: 'muted'});
		});
		lines.push({cells});
	}
}

/** The plain text of a line, for searching and tests. */
export const lineText = (line: DocumentLine) => line.cells.map(cell => cell.text).join('');

/** Lines holding the text, case-insensitively: where a search inside the document stops. */
export function matchingLines(document: LaidOutDocument, query: string): number[] {
	const needle = query.trim().toLocaleLowerCase();
	if (needle === '') return [];
	return document.lines.flatMap((line, index) => (lineText(line).toLocaleLowerCase().includes(needle) ? [index] : []));
}
