import {Box, Text} from 'ink';
import React from 'react';
import {minimumSize} from '../frame-size.js';
import {wrapText} from '../../text/text-fit.js';

/** Shown instead of a garbled dashboard; wrapped so that it fits almost any terminal. */
export function TooSmall({columns, rows}: {columns: number; rows: number}) {
	const message = `terminal too small (need ${minimumSize.columns}x${minimumSize.rows}, have ${columns}x${rows})`;
	const lines = wrapText(message, Math.max(1, columns)).slice(0, Math.max(1, rows - 1));
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<Text key={index}>{line}</Text>
			))}
		</Box>
	);
}
