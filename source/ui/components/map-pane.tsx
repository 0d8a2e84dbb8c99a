import {Box} from 'ink';
import React from 'react';
import {paneBodyHeight, paneNumber, paneTitles} from '../layout.js';
import type {MapScreen} from '../map-screen.js';
import {Frame} from './frame.js';
import {StyledLines} from './styled-line.js';

type Props = {screen: MapScreen; zoom: number; position?: string; focused: boolean; width: number; height: number};

/** The map pane: the drawing with the list of places beside or under it (map-screen.ts), in one frame. */
export function MapPane({screen, zoom, position: chosen, focused, width, height}: Props) {
	// The chosen place's position in the list ("2 of 5"), as every pane shows, and the zoom when not fitted.
	const position = [chosen, zoom === 1 ? '' : `×${Number(zoom.toFixed(2))}`].filter(Boolean).join(' · ');
	return (
		<Frame width={width} height={height} focused={focused} title={[{text: `${paneNumber('map')} ${paneTitles.map}`, bold: true}]} position={position}>
			<Box flexDirection="column" width={Math.max(1, width - 2)} height={paneBodyHeight(height)}>
				<StyledLines lines={screen.lines.map(cells => ({cells}))} />
			</Box>
		</Frame>
	);
}
