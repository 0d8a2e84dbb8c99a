import {Box} from 'ink';
import React from 'react';
import {fitCells, type Cell} from '../text-fit.js';
import {StyledLines} from './styled-line.js';

/** `resultCount` is undefined while a search is still running. */
type Props = {query: string; searching: boolean; resultCount: number | undefined; indexProgress: number; hints: string[]; width: number};

/** The search box (with a block cursor while it has focus) and the keys that work right now. */
export function Footer({query, searching, resultCount, indexProgress, hints, width}: Props) {
	const box: Cell[] = searching
		? [{text: '/ ', tone: 'accent', bold: true}, {text: query}, {text: '▌', tone: 'accent'}]
		: query
			? [{text: '/ ', tone: 'muted'}, {text: query, tone: 'muted'}, {text: '  (/ to edit, Esc to clear)', tone: 'muted'}]
			: [{text: '/ search', tone: 'muted'}];
	const count: Cell[] = !query.trim() ? [] : resultCount === undefined ? [{text: indexProgress < 1 ? `  indexing ${Math.round(indexProgress * 100)}%…` : '  searching…', tone: 'muted'}] : [{text: `  ${resultCount} ${resultCount === 1 ? 'result' : 'results'}`, tone: 'muted'}];
	return (
		<Box flexDirection="column" width={width} height={2}>
			<StyledLines lines={[{cells: fitCells([...box, ...count], width)}, {cells: fitCells([{text: hints.join('  '), tone: 'muted'}], width)}]} />
		</Box>
	);
}
