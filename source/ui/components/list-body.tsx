import {Box} from 'ink';
import React from 'react';
import type {ScreenLine} from '../list-window.js';
import {StyledLines} from './styled-line.js';

type Props = {lines: ScreenLine[]; width: number; height: number};

/** The visible lines of a list, already fitted; the selected row is in inverse video (and marked "▸"). */
export function ListBody({lines, width, height}: Props) {
	return (
		<Box flexDirection="column" width={width} height={height}>
			<StyledLines lines={lines} />
		</Box>
	);
}
