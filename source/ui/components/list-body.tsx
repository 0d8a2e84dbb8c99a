import {Box} from 'ink';
import React from 'react';
import {listScreenLines, listWindowStart} from '../list-lines.js';
import type {Cell} from '../text-fit.js';
import {StyledLine} from './styled-line.js';

export type ListLine = {cells: Cell[]; prefix?: number};

type Props = {lines: ListLine[]; selectedLine: number | undefined; width: number; height: number; unfoldSelected: boolean};

/**
 * The visible window of a list: only the lines that fit are rendered, each fitted to the width in cells.
 * The selected row gets a "▸" marker (visible without colour) and inverse video.
 */
export function ListBody({lines, selectedLine, width, height, unfoldSelected}: Props) {
	const screenLines = listScreenLines(lines, selectedLine, width, unfoldSelected);
	const start = listWindowStart(screenLines, height);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{screenLines.slice(start, start + height).map((line, offset) => (
				<StyledLine key={start + offset} cells={line.cells} selected={line.selected} />
			))}
		</Box>
	);
}
