import {Box} from 'ink';
import React from 'react';
import {Frame} from '../../components/frame.js';
import {StyledLines} from '../../components/styled-line.js';
import {paneBodyHeight} from '../../frame-size.js';
import type {MapScreen} from '../../map-screen.js';

/** `title`: its number and name, "6 Map". */
type Props = {screen: MapScreen; title: string; zoom: number; position?: string; focused: boolean; width: number; height: number};

/** The map pane: the drawing with the list of places beside or under it (map-screen.ts), in one frame. */
export function MapPane({screen, title, zoom, position: chosen, focused, width, height}: Props) {
	// The chosen place's position in the list ("2 of 5"), as every pane shows, and the zoom when not fitted.
	const position = [chosen, zoom === 1 ? '' : `×${Number(zoom.toFixed(2))}`].filter(Boolean).join(' · ');
	return (
		<Frame width={width} height={height} focused={focused} title={[{text: title, bold: true}]} position={position}>
			<Box flexDirection="column" width={Math.max(1, width - 2)} height={paneBodyHeight(height)}>
				<StyledLines lines={screen.lines.map(cells => ({cells}))} />
			</Box>
		</Frame>
	);
}
