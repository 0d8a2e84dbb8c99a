import {useEffect, useState} from 'react';

// The map's drawing code, boundary data and projection load the first time the map is shown, not with
// the dashboard: a story opens as fast without them, and most sessions never look at the map.

type Drawing = typeof import('../map/map-drawing.js');
export type MapDrawing = {ready: Drawing} | {failed: string} | undefined;

let loaded: Drawing | undefined;

export function useMapDrawing(wanted: boolean): MapDrawing {
	const [drawing, setDrawing] = useState<MapDrawing>(loaded ? {ready: loaded} : undefined);
	useEffect(() => {
		if (!wanted || drawing) return;
		let current = true;
		import('../map/map-drawing.js').then(
			module => {
				loaded = module;
				if (current) setDrawing({ready: module});
			},
			(error: unknown) => {
				if (current) setDrawing({failed: error instanceof Error ? error.message : String(error)});
			},
		);
		return () => {
			current = false;
		};
	}, [wanted, drawing]);
	return drawing;
}
