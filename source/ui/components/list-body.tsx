import {Box} from 'ink';
import React from 'react';
import {visibleListLines} from '../list-lines.js';
import type {Cell} from '../text-fit.js';
import {StyledLines} from './styled-line.js';

export type ListLine = {cells: Cell[]; prefix?: number};

type Props = {lines: ListLine[]; selectedLine: number | undefined; width: number; height: number; unfoldSelected: boolean};

/**
 * The visible window of a list: only the lines that fit are rendered, each fitted to the width in cells.
 * The selected row gets a "▸" marker (visible without colour) and inverse video.
 */
export function ListBody({lines, selectedLine, width, height, unfoldSelected}: Props) {
	const visible = visibleListLines(lines, selectedLine, width, unfoldSelected, height);
	return (
		<Box flexDirection="column" width={width} height={height}>
			<StyledLines lines={visible} />
		</Box>
	);
}
