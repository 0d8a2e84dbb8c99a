import {Box} from 'ink';
import React from 'react';
import {helpLines} from '../help-lines.js';
import type {KeyTableEntry} from '../keys.js';
import {paneBodyHeight} from '../frame-size.js';
import {linePosition} from '../windowing.js';
import {Frame} from './frame.js';
import {StyledLines} from './styled-line.js';

/** `table`: the keys actually bound, so the help shows a config's keys. */
type Props = {width: number; height: number; scroll: number; table?: readonly KeyTableEntry[]};

export function HelpOverlay({width, height, scroll, table}: Props) {
	const lines = helpLines(width - 3, table);
	const body = paneBodyHeight(height);
	const start = Math.max(0, Math.min(scroll, lines.length - body));
	return (
		<Frame width={width} height={height} focused title={[{text: 'Keys', bold: true, tone: 'accent'}, {text: '  q, Esc or ? closes', tone: 'muted'}]} position={linePosition(start, body, lines.length)}>
			<Box flexDirection="column" height={body} paddingLeft={1}>
				<StyledLines lines={lines.slice(start, start + body).map(cells => ({cells}))} />
			</Box>
		</Frame>
	);
}
