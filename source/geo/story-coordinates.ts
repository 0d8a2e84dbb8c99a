import type {StoryFile} from '../model/schema.js';
import {lookUpPlace} from './gazetteer.js';
import {locatePlaces, type Located} from './place-coordinates.js';

// Coordinates for a story written by hand (the bundled one), from the importer's gazetteer: the
// articles do not give them, so each says where it comes from. Context as the importer would have it:
// the countries the story names and the articles' words it cites (not the project's descriptions).

export const storyCoordinatesNote = "placed by summit-tui's gazetteer, not given by the articles";

export function storyCoordinates(story: StoryFile): Map<string, Located | undefined> {
	const countries = new Set(
		story.places.flatMap(place =>
			[place.name, ...place.aliases].flatMap(name => {
				const known = lookUpPlace(name);
				return known?.kind === 'Country' ? [known.country] : [];
			}),
		),
	);
	const texts = story.places.flatMap(place => place.cites.map(cite => cite.excerpt));
	const located = locatePlaces(
		story.places.map(place => place.name),
		{texts, countries},
	);
	return new Map(story.places.map(place => [place.id, located.get(place.name)]));
}

/**
 * The coordinates and source a place of a hand-written story should carry, or none. The note stands
 * before the closing "via package", which short credits (the map's legend) keep as the last words.
 */
export function storyPlaceCoordinates(located: Located | undefined): {coordinates: [number, number]; coordinatesSource: string} | undefined {
	if (!located) return undefined;
	const via = located.source.lastIndexOf(', via ');
	const coordinatesSource = via > 0 ? `${located.source.slice(0, via)}, ${storyCoordinatesNote}${located.source.slice(via)}` : `${located.source}, ${storyCoordinatesNote}`;
	return {coordinates: located.coordinates, coordinatesSource};
}
