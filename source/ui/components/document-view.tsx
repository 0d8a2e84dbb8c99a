import {Box} from 'ink';
import React from 'react';
import type {LaidOutDocument} from '../document.js';
import {highlightText} from '../highlight-text.js';
import {paneBodyHeight} from '../frame-size.js';
import {cellWidth, fitCells, type Cell} from '../../text/text-fit.js';
import {clampScroll} from '../view-navigation.js';
import {linePosition} from '../windowing.js';
import {Frame} from './frame.js';
import {StyledLines} from './styled-line.js';

/** `view`: where the open view is scrolled, its chosen link, and the search inside it. */
type Props = {document: LaidOutDocument; kind: 'Detail' | 'Reader'; trail: string[]; view: {scroll: number; link?: number; find: string; match?: number}; width: number; height: number};

/** The back-stack as a breadcrumb that fits: the oldest steps give way to "…" first, the newest stays. */
export function fitTrail(trail: string[], width: number): string {
	for (let first = 0; first < trail.length; first++) {
		const text = [...(first > 0 ? ['…'] : []), ...trail.slice(first)].join(' › ');
		if (cellWidth(text) <= width) return text;
	}
	return trail.at(-1) ?? '';
}

/** A detail or the reader, scrolled by lines; the chosen link is marked "▸", matches of a search highlighted. */
export function DocumentView({document, kind, trail, view, width, height}: Props) {
	const body = paneBodyHeight(height);
	const inner = width - 2;
	const total = document.lines.length;
	const start = clampScroll(view.scroll, {lineCount: total, linkSpans: [], anchor: 0, matchLines: () => []}, body);
	const span = view.link === undefined ? undefined : document.linkSpans[view.link];
	const visible = document.lines.slice(start, start + body).map((line, offset) => {
		const index = start + offset;
		const chosen = span !== undefined && index >= span.first && index <= span.last;
		const marker: Cell = {text: chosen && (index === span.first || index === start) ? '▸' : view.match === index ? '»' : ' ', tone: 'accent'};
		const cells = view.find.trim() ? highlightText(line.cells, view.find) : line.cells;
		return {cells: fitCells([marker, ...cells], inner), selected: chosen};
	});
	const position = linePosition(start, body, total);
	const title: Cell[] = [{text: kind, bold: true, tone: 'accent'}, {text: `  ${fitTrail(trail, inner - 2 - kind.length - 2 - (position ? position.length + 1 : 0))}`, tone: 'muted'}];
	return (
		<Frame width={width} height={height} focused title={title} position={position}>
			<Box flexDirection="column" height={body}>
				<StyledLines lines={visible} />
			</Box>
		</Frame>
	);
}
