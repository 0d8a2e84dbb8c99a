import type {StoryEvent, StoryFile} from '../model/schema.js';
import {localeOrder} from '../text/locale-order.js';

// What a story gives the map: its places with coordinates, the events that happen somewhere in date
// order (the Timeline → map steps), and the routes of people the story says travelled. Light: the
// dashboard computes these without loading boundary data or the projection.

export type MapPlace = {id: string; name: string; coordinates: [longitude: number, latitude: number]};

const isCountry = (kind: string) => /country|nation/i.test(kind);

/** A longitude in -180…180: differences of longitude the short way round, a rotated map's meridians. */
export const wrapLongitude = (longitude: number) => ((((longitude + 180) % 360) + 360) % 360) - 180;

/**
 * The places a map shows as markers: those with coordinates, in the story's order. A country is drawn by
 * its borders, so it gets a marker only when the story places nothing narrower.
 */
export function mapPlaces(story: StoryFile): MapPlace[] {
	const placed = story.places.filter(place => place.coordinates);
	const narrower = placed.filter(place => !isCountry(place.kind));
	return (narrower.length > 0 ? narrower : placed).map(place => ({id: place.id, name: place.name, coordinates: place.coordinates!}));
}

/** The places the gazetteer could not place: listed under the map as "not placed". */
export function unplacedPlaces(story: StoryFile): Array<{id: string; name: string}> {
	return story.places.filter(place => !place.coordinates).map(place => ({id: place.id, name: place.name}));
}

/** Words of a title that say someone went somewhere. */
const travelWords = /\b(?:travels?|travell?ed|travell?ing|cross(?:es|ed|ing)?|leaves?|left|leaving|arriv(?:es|ed|ing|e)|heads?|headed|flies|flew|visits?|visited|enters?|entered|returns?|returned|reach(?:es|ed)?|journey(?:s|ed)?|steps? off|stopp?ed|stops?)\b/i;

/** Kinds of place from the widest to the narrowest: an event is drawn at the narrowest it names. */
const breadth = (kind: string) => (/country|nation|state\b|continent|region|province|zone|territory|district|krai|oblast|okrug|emirate|county|prefecture|governorate|department|canton|metropolis|republic/i.test(kind) ? 1 : 0);

export type MapStep = {event: StoryEvent; place: MapPlace};

/** Each event that names a place with coordinates, at its narrowest such place, in date order. */
export function mapSteps(story: StoryFile, places: MapPlace[]): MapStep[] {
	const byId = new Map(places.map(place => [place.id, place]));
	const kinds = new Map(story.places.map(place => [place.id, place.kind]));
	return story.events
		.flatMap(event => {
			const candidates = event.involves.filter(id => byId.has(id)).sort((a, b) => breadth(kinds.get(a) ?? '') - breadth(kinds.get(b) ?? ''));
			return candidates.length > 0 ? [{event, place: byId.get(candidates[0]!)!}] : [];
		})
		// Dates are ASCII: their order without loading ICU, which this (made before the first frame) did.
		.sort((a, b) => localeOrder(a.event.date, b.event.date));
}

/**
 * The route of each person whose events say they travelled (not historical ones): the places of those
 * events in date order, without repeating a place twice in a row. Only routes of two places or more.
 */
export function travelRoutes(story: StoryFile, places: MapPlace[]): Array<{person: string; places: MapPlace[]}> {
	const steps = mapSteps(story, places).filter(step => step.event.status !== 'historical' && travelWords.test(step.event.title));
	return story.people.flatMap(person => {
		const route: MapPlace[] = [];
		for (const step of steps) if (step.event.involves.includes(person.id) && route.at(-1)?.id !== step.place.id) route.push(step.place);
		return route.length >= 2 ? [{person: person.id, places: route}] : [];
	});
}

/** Everything the map of a story needs besides the boundary data. */
export type StoryMap = {
	places: MapPlace[];
	unplaced: Array<{id: string; name: string}>;
	steps: MapStep[];
	routes: MapPlace[][];
	/** What the fitted view frames: where the story happens (see `whereItHappens`). */
	fit: MapPlace[];
	/** The story's countries, by their names and aliases, to outline from the boundary data. */
	countries: Array<{id: string; names: string[]}>;
	/** The countries placed but drawn by their borders, without a marker. */
	outlined: Array<{id: string; name: string}>;
};

/** Degrees (of latitude, or of longitude at the places' latitude) within which a place counts as near. */
const nearbyDegrees = 12;

/**
 * The places the map is fitted to: those of the story's current (not historical) events and the places
 * near them. A capital named in passing (Washington, in a story set in Vladivostok) would otherwise
 * shrink the story to a dot; it stays on the list, and choosing it brings it into view.
 */
export function whereItHappens(places: MapPlace[], steps: MapStep[]): MapPlace[] {
	const current = steps.filter(step => step.event.status !== 'historical').map(step => step.place);
	if (current.length === 0) return places;
	const near = (a: MapPlace, b: MapPlace) => {
		const latitude = ((a.coordinates[1] + b.coordinates[1]) / 2) * (Math.PI / 180);
		// The longitudes' difference the short way round: 179.9°E is near 179.9°W.
		const longitudes = wrapLongitude(a.coordinates[0] - b.coordinates[0]);
		return Math.hypot(a.coordinates[1] - b.coordinates[1], longitudes * Math.cos(latitude)) <= nearbyDegrees;
	};
	return places.filter(place => current.some(other => other.id === place.id || near(place, other)));
}

export function storyMap(story: StoryFile): StoryMap {
	const places = mapPlaces(story);
	const markers = new Set(places.map(place => place.id));
	// Each event at the narrowest of its places that has a marker ("Russia" and "Primorsky": Primorsky).
	const steps = mapSteps(story, places);
	// A route runs between points: through a region's or a country's middle it would zigzag.
	const kinds = new Map(story.places.map(place => [place.id, place.kind]));
	const points = places.filter(place => breadth(kinds.get(place.id) ?? '') === 0);
	return {places, unplaced: unplacedPlaces(story), steps, routes: travelRoutes(story, points).map(route => route.places), fit: whereItHappens(places, steps), countries: story.places.filter(place => isCountry(place.kind)).map(place => ({id: place.id, names: [place.name, ...place.aliases]})),
		outlined: story.places.filter(place => place.coordinates && isCountry(place.kind) && !markers.has(place.id)).map(place => ({id: place.id, name: place.name})),
	};
}

/** Why `m` cannot show an item as a marker, in words for the footer. */
export function whyNotOnMap(story: StoryFile, id: string): string {
	const place = story.places.find(each => each.id === id);
	if (place) return isCountry(place.kind) ? `${place.name} is a country: the map shows countries by their borders, without a marker` : `${place.name} has no coordinates: the gazetteer could not place it`;
	const event = story.events.find(each => each.id === id);
	if (event) {
		const named = story.places.filter(each => event.involves.includes(each.id));
		return named.length === 0 ? 'this event names no place' : `this event's place (${named.map(each => each.name).join(', ')}) has no marker on the map`;
	}
	return 'only events and places are on the map: choose one';
}
