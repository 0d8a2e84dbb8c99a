import {Box} from 'ink';
import React from 'react';
import {fitCells, type Cell} from '../text-fit.js';
import {StyledLines} from './styled-line.js';

type Props = {title: string; sources: Cell[]; counts: string; note?: string; width: number};

/** Two lines: the story title (and any note), then the sources with dates and the counts. */
export const Header = React.memo(function Header({title, sources, counts, note, width}: Props) {
	return (
		<Box flexDirection="column" width={width} height={2}>
			<StyledLines
				lines={[
					{cells: fitCells([{text: title, bold: true}, ...(note ? [{text: `  ${note}`, tone: 'warning' as const}] : [])], width)},
					{cells: fitCells([...sources, {text: `  ·  ${counts}`, tone: 'muted'}], width)},
				]}
			/>
		</Box>
	);
});
