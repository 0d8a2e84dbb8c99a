import {Box} from 'ink';
import React from 'react';
import {fitCells, fitCellsAtWord, type Cell} from '../../text/text-fit.js';
import {StyledLines} from './styled-line.js';

/** `fresh`: what is new since the last visit ("3 new"). */
type Props = {title: string; lines: Cell[][]; note?: string; fresh?: string; width: number};

/** The story title (and any note), then the sources with dates and the counts (see headerSourceLines). */
export const Header = React.memo(function Header({title, lines, note, fresh, width}: Props) {
	return (
		<Box flexDirection="column" width={width} height={1 + lines.length}>
			<StyledLines
				lines={[
					{cells: fitCellsAtWord([{text: title, bold: true}, ...(fresh ? [{text: `  ${fresh}`, tone: 'accent' as const, bold: true}] : []), ...(note ? [{text: `  ${note}`, tone: 'warning' as const}] : [])], width)},
					...lines.map(cells => ({cells: fitCells(cells, width)})),
				]}
			/>
		</Box>
	);
});
