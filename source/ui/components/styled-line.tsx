import {Text} from 'ink';
import React from 'react';
import {toneColors} from '../theme.js';
import type {Cell} from '../text-fit.js';

type Props = {cells: Cell[]; selected?: boolean};

/** One screen line made of styled cells. The caller has already fitted it to its width. */
export const StyledLine = React.memo(function StyledLine({cells, selected = false}: Props) {
	return (
		<Text wrap="truncate-end" inverse={selected}>
			{cells.length === 0 ? ' ' : cells.map((cell, index) => (
				<Text key={index} color={toneColors[cell.tone ?? 'normal']} bold={cell.bold}>
					{cell.text}
				</Text>
			))}
		</Text>
	);
});
