// What a cell of the map's picture shows, as the one-character code the drawing writes per cell
// (map-view.ts) and the pane reads to colour it (ui/map-list.ts). Light: the pane imports it without
// the projection.

export type CellKind = 'line' | 'outline' | 'countryName' | 'route' | 'marker' | 'selectedMarker' | 'label' | 'selectedLabel';

export const kindCodes: Record<CellKind, string> = {line: ' ', outline: 'o', countryName: 'c', route: 'r', marker: 'm', selectedMarker: 's', label: 'l', selectedLabel: 'L'};
