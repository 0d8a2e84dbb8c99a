import {Box} from 'ink';
import React from 'react';
import {helpLines} from '../help-lines.js';
import {paneBodyHeight} from '../layout.js';
import {linePosition} from '../windowing.js';
import {Frame} from './frame.js';
import {StyledLines} from './styled-line.js';

type Props = {width: number; height: number; scroll: number};

export function HelpOverlay({width, height, scroll}: Props) {
	const lines = helpLines(width - 3);
	const body = paneBodyHeight(height);
	const start = Math.max(0, Math.min(scroll, lines.length - body));
	return (
		<Frame width={width} height={height} focused title={[{text: 'Keys', bold: true, tone: 'accent'}, {text: '  Esc or ? closes', tone: 'muted'}]} position={linePosition(start, body, lines.length)}>
			<Box flexDirection="column" height={body} paddingLeft={1}>
				<StyledLines lines={lines.slice(start, start + body).map(cells => ({cells}))} />
			</Box>
		</Frame>
	);
}
