import {lookUpPlace} from '../../geo/gazetteer.js';
import {namesStateOrProvince, regionsNamed} from '../../geo/regions.js';
import {kindOf} from '../entity-groups.js';
import type {EntityKind, NameOccurrence, Votes} from '../entity-types.js';
import {institutionWords, organizationHeads, venueWordsNoSurname} from '../lexicon.js';
import {bare, isCommonWord} from '../name-words.js';
import {normaliseName, type Token} from '../tokens.js';
import {namesOfOneList} from './name-lists.js';
import {namesCallSign, namesDoctrine, namesNewspaper, newspaperAfterTown, namesKindOfArrangement, namesInhabitants, namesModel, namesProduct, namesThingAfterPlace, namesThingCalledAfterPlace, possessiveVenues} from './names-of-things.js';
import {capitalisedRuns, initialismsAsNames, nameOpeningName, namesOpenedByGroupPossessive, namesTeam, placesOpeningRuns, roadsNamed} from './names-within-names.js';
import {townsBeforeTheirLand} from './towns-before-their-land.js';
import {placesAcrossTrailingOf, placesAfterPrepositions, placesBeforeTheirKind, placesListedWithPlaces, type AroundTheNames} from './places-by-context.js';
import {namesQuarter, personsListedWithPlaces, placesBeforeBound, placesInApposition, placesListedWithTheirKind, placesOfTheirPeople, placesThatLie, seatAsBuilding, wordingEvidence} from './places-by-wording.js';

// Reading-time corrections of the names the tagger and the rules read in one sentence, each a general
// pattern of how places and bodies are named, applied after tagging so that the tagger's weights stay
// those its training command reproduces:
// - a town written before its state or country is that town ("Tyler, Texas", towns-before-their-land.ts);
// - names within names (names-within-names.ts): a place that opens a longer name is named by it too ("the Berlin Film Festival", "Manila Bay");
// - a building one visits is a place whatever the tagger says ("Great Lakes Science Center");
// - a name read as a person's that is exactly a town is the town ("Queen Creek"), and a building or street no one read is a place by its last word ("Montparnasse Cemetery");
// - a body named after its seat speaks for it ("the White House said", "the House of Representatives"), a district a service names is a body ("School District");
// - an initialism opening a longer name is the body's name ("NASA Glenn Research Center");
// - a document, prize or gathering is neither body nor place ("Millennium Development Goals");
// - a city or state and a plural is a team ("the Cleveland Browns");
// - a body's name runs on over "of" into the name after it ("the Senate of the United States"), a university's over "at" into its campus's place;
// - an initialism used again and again, standing as a name, is a body ("the KVTU said");
// - a road's number is a place ("the M1 northbound", "Route 66");
// - a group of people's possessive opens the body's name after it ("the Women's Tennis Association");
// - a name with no capital is no name (a lone "of" left between two names);
// - the people of a place, a thing named after a place, a product, a craft's model or call sign, a kind of deal named after a case
//   ("a Morris Trust structure") are no names of the story, a doctrine no place (names-of-things.ts),
//   and a building opened by a possessive is one place ("Fisherman's Terminal");
// - the names of one list are of one kind ("competitors such as Walmart, Kroger and Costco", name-lists.ts).
// - a person the tagger alone read, listed with places, lying somewhere or travelled towards is a place (places-by-wording.ts),
//   and so is a name of a list ending in more of a kind of place ("Kelby, Tresk and other villages").

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;

/** The whole evidence of an occurrence given to one kind: a correction moves the votes, it does not add to them. */
function asKind(occurrence: Occurrence, kind: EntityKind, rule: string): Occurrence {
	const {person, organization, place, acronym} = occurrence.votes;
	const weight = Math.max(2, person, organization + (acronym ?? 0), place);
	const votes: Votes = {person: 0, organization: 0, place: 0, [kind]: weight};
	const detail = kind === 'place' ? (occurrence.detail === 'Country' || occurrence.detail === 'City' ? occurrence.detail : undefined) : occurrence.detail === 'Country' || occurrence.detail === 'City' ? undefined : occurrence.detail;
	const {detail: _dropped, role: _role, ...rest} = occurrence;
	return {...rest, votes, ...(detail ? {detail} : {}), ...(kind === 'person' && occurrence.role ? {role: occurrence.role} : {}), rules: [...(occurrence.rules ?? []), rule]};
}

/**
 * Last words of buildings, grounds, streets and areas one visits, which are places (as GUM's annotators read
 * them) even where a body runs them: "Science Center", "Sky Harbor International Airport", "Henga Scenic
 * Reserve", "Carnegie Hall", "Trump Tower", "Desert Ridge Marriott Resort", "Greater Phoenix Metropolitan Area",
 * "a UNESCO World Heritage Site", "the Kellan Steel Factory", "the Ostrava Regional Archives" (the building, whoever runs it).
 */
export const venueHeads = new Set(['airport', 'stadium', 'arena', 'hotel', 'station', 'cemetery', 'bridge', 'mosque', 'cathedral', 'temple', 'palace', 'castle', 'terminal', 'square', 'plaza', 'boulevard', 'locks', 'dam', 'canal', 'pier', 'wharf', 'quay', 'lighthouse', 'marina', 'tunnel', 'hall', 'tower', 'towers', 'resort', 'street', 'avenue', 'road', 'area', 'site', 'factory', 'archive', 'archives']);
/** Whether a name read as a person's ends in a venue's or street's word no surname has (lexicon.ts). */
export const personNamesVenue = (surface: string) => surface.split(/\s+/u).length >= 2 && venueWordsNoSurname.has(bare(surface.split(/\s+/u).at(-1)!).toLowerCase());

/**
 * "Queen Creek", "Santa Monica", "Al Mukalla": a name of two words or more read as a person's that is exactly a
 * town or country the gazetteer knows (or a city of 100,000 people or more after the Arabic article) is the
 * place; few people are named exactly like a town ("Paris Hilton" is no town), but a saint is a person.
 */
export function personNamesTown(surface: string): boolean {
	const words = surface.split(/\s+/u);
	// A saint is a person first, whatever towns bear the name ("Saint Jerome").
	if (words.length < 2 || isCommonWord(surface) || /^(?:Saint|St\.?|Sainte|Ste\.?)$/u.test(words[0]!)) return false;
	if (lookUpPlace(surface) !== undefined) return true;
	const place = /^(?:Al|El)$/u.test(words[0]!) ? lookUpPlace(words.slice(1).join(' ')) : undefined;
	return place !== undefined && (place.kind === 'Country' || place.population >= 100_000);
}

/** "Center"/"Centre" is a venue unless it names a body of research or advice ("Pew Research Center", "Centre for Policy Studies"). */
const centres = new Set(['center', 'centre']);
const bodyCentreWords = new Set(['research', 'policy', 'studies', 'study', 'resource', 'resources', 'data', 'information', 'advocacy', 'law', 'justice', 'rights', 'health', 'control', 'prevention', 'excellence', 'innovation', 'development', 'analysis']);
/** Centres for visitors, which are buildings one walks into whatever else the name says ("Varn Wetland Research & Visitor Centre"). */
const visitorCentreWords = new Set(['visitor', 'visitors', "visitors'", 'tourist', 'tourism', 'welcome']);
/** A reserve of land (not a central bank: "Federal Reserve"). */
const landReserveWords = new Set(['scenic', 'nature', 'natural', 'game', 'wildlife', 'marine', 'forest', 'national', 'historic', 'biosphere', 'reserve']);

/** Whether a name's words say it is a building or ground one visits. */
export function namesVenue(surface: string): boolean {
	const words = surface.split(/\s+/u).map(word => bare(word).toLowerCase());
	if (words.length < 2) return false;
	const last = words.at(-1)!;
	const before = words.at(-2)!;
	if (venueHeads.has(last)) return true;
	if (centres.has(last)) {
		// A visitors' centre, or an information desk named after the building it stands in ("Town Hall
		// Information Centre", "Harbour Station Information Centre"), is a place; "the Varn Information Center" alone may be a body.
		if (words.some(word => visitorCentreWords.has(word)) || (before === 'information' && words.length >= 3 && venueHeads.has(words.at(-3)!))) return true;
		return !words.some(word => bodyCentreWords.has(word)) && !words.includes('for') && !words.includes('on');
	}
	if (last === 'reserve') return landReserveWords.has(before);
	return false;
}

/** Services a district of its own runs, which is a body and not an area: "the Irving Independent School District". */
const serviceDistrictWords = new Set(['school', 'hospital', 'library', 'park', 'water', 'sanitation', 'transit', 'fire', 'utility', 'irrigation', 'conservation']);

/** Whether the name is a district that a service names ("Varn School District", "the Metro Water District"): a body. */
export function namesServiceDistrict(surface: string): boolean {
	const words = surface.split(/\s+/u).map(word => bare(word).toLowerCase());
	return words.length >= 2 && words.at(-1) === 'district' && serviceDistrictWords.has(words.at(-2)!);
}

/**
 * "the Varn Independent School District" where the reading stopped before "District": a body's name ending in a
 * service a district runs, right before a capitalised "District", is the district's name whole. Returns it so.
 */
export function serviceDistrictWhole(occurrence: Occurrence, text: string): Occurrence {
	const last = bare(occurrence.surface.split(/\s+/u).at(-1)!).toLowerCase();
	const district = /^ District\b/u.exec(text.slice(occurrence.end, occurrence.end + 10));
	if (!district || !serviceDistrictWords.has(last) || occurrence.surface.split(/\s+/u).length < 2) return occurrence;
	const surface = `${occurrence.surface} District`;
	return {...occurrence, surface, key: normaliseName(surface), tokenCount: occurrence.tokenCount + 1, end: occurrence.end + district[0].length, rules: [...(occurrence.rules ?? []), 'organization-service-district']};
}

/** Last words of polities and lands that are places, not bodies: "Roman Empire", "the Ottoman Caliphate". */
const polityHeads = new Set(['empire', 'caliphate', 'sultanate', 'khanate', 'emirate', 'principality', 'duchy', 'grand duchy']);
/** Lands named beside countries: continents and the parts of the world news names as places. */
const continents = new Set(['africa', 'america', 'americas', 'asia', 'europe', 'oceania', 'antarctica', 'arabia', 'britain', 'scandinavia', 'anatolia', 'siberia', 'caucasus', 'balkans', 'levant', 'mesopotamia', 'persia']);

/**
 * "Latin America", "the Spanish Netherlands", "Roman Britain", "the Holy Roman Empire", "the West Bank": a land qualified by a
 * nationality or a direction, or a polity, is a place, not a body (but "Statistics Norway", "Team Estonia",
 * "Air Canada", where a common noun goes before the country, are bodies).
 */
export function namesLand(surface: string): boolean {
	const words = surface.split(/\s+/u);
	const last = bare(words.at(-1)!).toLowerCase();
	if (words.length >= 2 && polityHeads.has(last)) return true;
	// "the West Bank", "the Gaza Strip": a division's own name of two words or more, whatever its last word heads elsewhere.
	if (words.length >= 2 && regionsNamed(surface).some(region => region.names.some(name => normaliseName(name) === normaliseName(surface)) || normaliseName(`${region.names[0]} Strip`) === normaliseName(surface))) return true;
	if (words.length !== 2) return false;
	// "Southern California", "Northern Ontario": a state or province by its side is a land too.
	const land = continents.has(last) || lookUpPlace(words[1]!)?.kind === 'Country' || (/^(?:Northern|Southern|Eastern|Western|Central)$/u.test(words[0]!) && namesStateOrProvince(words[1]!));
	return land && /^(?:Latin|Holy|Roman|Greater|Lesser|Central|Northern|Southern|Eastern|Western|North|South|East|West|Upper|Lower|\p{Lu}\p{Ll}+(?:ish|ian|ese|an))$/u.test(words[0]!);
}

/**
 * "sailed to the Ottoman Empire", "buried at Montparnasse Cemetery", "2 Tavrani Boulevard.": a run of capitalised
 * words that neither the tagger nor the rules read, whose own words say it is a land or a polity (namesLand), or
 * a building, street or ground one visits (namesVenue) with a word of its own besides the everyday ones (not
 * "City Hall"), is a place all the same.
 */
function landsInRuns(tokens: Token[], text: string, read: Occurrence[]): Occurrence[] {
	const venue = (surface: string) => namesVenue(surface) && surface.split(' ').slice(0, -1).some(word => !isCommonWord(bare(word)));
	return capitalisedRuns(tokens, text)
		.filter(({start, surface}) => (namesLand(surface) || venue(surface) || namesQuarter(surface, text.slice(Math.max(0, start - 4), start))) && !read.some(other => other.start < start + surface.length && start < other.end))
		.map(({start, surface, tokenCount}) => ({surface, key: normaliseName(surface), tokenCount, start, end: start + surface.length, votes: {person: 0, organization: 0, place: 2}, acronym: false, rules: [namesLand(surface) ? 'place-land-run' : 'place-venue-run']}));
}

/**
 * Bodies named after the building or chamber they sit in, which act and speak as the body: the seat of a
 * government ("the White House said", "the Kremlin") and the chambers of a legislature.
 */
const seatsOfBodies = /^(?:white house|blue house|kremlin|pentagon|elysee|élysée|elysee palace|élysée palace|house of (?:representatives|commons|lords|councillors|delegates)|senate|national assembly|state duma|general assembly)$/u;

/** Whether the name is a body that a building or chamber names. */
export const namesSeatOfBody = (surface: string) => seatsOfBodies.test(surface.toLowerCase().replace(/^the\s+/u, ''));

/**
 * Last words of what is neither a body nor a place: a document, plan or law ("Millennium Development
 * Goals", "National ICT Policy Guidelines", "the Mental Health Act"), a prize, a series, a gathering
 * ("Teen Choice Awards", "the Istanbul Summit"). A body's head word inside keeps the name ("Office of
 * Science and Technology Policy").
 */
const neitherBodyNorPlaceHeads = new Set(['goals', 'guidelines', 'plan', 'strategy', 'license', 'licence', 'act', 'bill', 'declaration', 'award', 'awards', 'prize', 'series', 'agenda', 'festival', 'summit', 'games', 'olympics', 'championship', 'championships', 'treaty', 'accord', 'report', 'index', 'list']);

/** A law or treaty is a document whatever bodies its name holds ("the Investment Company Act", "the Federal Reserve Act"). */
const lawHeads = new Set(['act', 'treaty', 'accord']);

/** Whether the name's last word says it is a document, prize, series or gathering, with no body named in it. */
export function namesNeitherBodyNorPlace(surface: string): boolean {
	const words = surface.split(/\s+/u).map(word => bare(word).toLowerCase());
	if (words.length >= 2 && lawHeads.has(words.at(-1)!)) return true;
	return neitherBodyNorPlaceHeads.has(words.at(-1)!) && !words.slice(0, -1).some(word => organizationHeads.has(word));
}

/** "for the" and a capitalised cause: "Welfare of Migrants", "Protection of Birds", "Visual Arts". */
// Sticky, read from the body's end: no copy of a long paragraph's rest for every body in it.
const causeAfter = /\s+for\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,5})/uy;

/**
 * "the Varn Foundation for the Visual Arts", "the Joint Council for the Welfare of Migrants": a body's name of
 * two words or more ending in its head word runs on over "for the" into the cause it serves, capitalised words
 * that name no place, no person, no body of their own and no prize or document ("left the Senate for the House",
 * "thanked the Varn Foundation for the Nobel Prize" name two).
 * Returns the body read whole, if so.
 */
function bodyServingCause(body: Occurrence, occurrences: Occurrence[], text: string): Occurrence | undefined {
	const words = (surface: string) => surface.split(/\s+/u).map(word => bare(word).toLowerCase());
	const bodyWords = words(body.surface);
	if (kindOf(body.votes) !== 'organization' || bodyWords.length < 2 || !organizationHeads.has(bodyWords.at(-1)!)) return undefined;
	causeAfter.lastIndex = body.end;
	const match = causeAfter.exec(text);
	if (!match) return undefined;
	const cause = match[1]!;
	const start = body.end + match[0].length - cause.length;
	const end = start + cause.length;
	const inside = occurrences.filter(other => other.start < end && start < other.end);
	if (inside.some(other => other.start < start || other.end > end || (kindOf(other.votes) !== 'organization' && kindOf(other.votes) !== undefined))) return undefined;
	if (words(cause).some(word => organizationHeads.has(word) || institutionWords.has(word) || word === 'house') || lookUpPlace(cause) || namesSeatOfBody(cause) || namesNeitherBodyNorPlace(cause)) return undefined;
	const surface = text.slice(body.start, end);
	return {...body, surface, key: normaliseName(surface), tokenCount: surface.split(/\s+/u).length, end, rules: [...(body.rules ?? []), 'organization-serving-cause']};
}

/**
 * "the Senate of the United States", "Comic Corps of Canada": a body's name runs on over "of" (and "the")
 * into the name right after it, where the tagger or the rules stopped at "of"; the name after keeps its
 * own reading too (a place named in a body's name is named there).
 */
function bodiesAcrossOf(occurrences: Occurrence[], text: string): Occurrence[] {
	const sorted = occurrences.toSorted((a, b) => a.start - b.start);
	const joined: Occurrence[] = [];
	for (let index = 0; index < sorted.length; index++) {
		const body = sorted[index]!;
		// The longest of the names starting right after (a place opening a longer name starts with it).
		const after = sorted.slice(index + 1).filter(other => other.start >= body.end);
		const next = after.filter(other => other.start === after[0]?.start).toSorted((a, b) => b.end - a.end)[0];
		const between = text.slice(body.end, next?.start ?? body.end);
		// "the University of North Carolina at Greensboro": a university's campus is named by its place after "at".
		const campus = /^\s+at\s+$/u.test(between) && /^(?:University|College)\b|\b(?:University|College)$/u.test(body.surface) && next !== undefined && kindOf(next.votes) === 'place';
		const serving = bodyServingCause(body, sorted, text);
		if (serving) {
			// The body's short name stays beside the whole, as its other form ("the Joint Council" later on).
			joined.push(serving, body);
			// The cause's own readings are part of the body's name now.
			while (index + 1 < sorted.length && sorted[index + 1]!.start < serving.end) index++;
			continue;
		}
		if (!next || kindOf(body.votes) !== 'organization' || kindOf(next.votes) === 'person' || kindOf(next.votes) === undefined || (!/^\s+of\s+(?:the\s+)?$/u.test(between) && !campus)) {
			joined.push(body);
			continue;
		}
		const surface = text.slice(body.start, next.end);
		joined.push({...body, surface, key: normaliseName(surface), tokenCount: surface.split(/\s+/u).length, end: next.end, rules: [...(body.rules ?? []), 'organization-across-of']});
		// A body after "of" is part of this one ("Office of Democratic Institutions"), a place is named in it.
		if (kindOf(next.votes) === 'organization') while (index + 1 < sorted.length && sorted[index + 1]!.start < next.end) index++;
	}
	return joined;
}

/** The sentence's occurrences (in the paragraph `text`) with the corrections above. */
export function overrideKinds(occurrences: Occurrence[], text: string, tokens: Token[] = [], initialismCounts?: Map<string, number>, around: AroundTheNames = {}): Occurrence[] {
	const sentenceText = tokens.length === 0 ? '' : text.slice(tokens[0]!.start, tokens.at(-1)!.end);
	// A body or place read over the number keeps it ("Route 66 Association"); a person's reading gives way.
	const overlapping = (a: Occurrence, b: Occurrence) => a.start < b.end && b.start < a.end;
	occurrences = placesAcrossTrailingOf(townsBeforeTheirLand(occurrences, tokens, text), text);
	const roads = roadsNamed(tokens, sentenceText).filter(road => !occurrences.some(other => overlapping(other, road) && kindOf(other.votes) !== 'person' && kindOf(other.votes) !== undefined));
	occurrences = [...occurrences.filter(other => !roads.some(road => overlapping(other, road))), ...roads];
	const venues = possessiveVenues(tokens, text);
	occurrences = [...occurrences.filter(other => !venues.some(venue => overlapping(other, venue))), ...venues];
	occurrences = namesOpenedByGroupPossessive(occurrences, text);
	occurrences = [...occurrences, ...initialismsAsNames(tokens, initialismCounts, occurrences)];
	occurrences = [...occurrences, ...placesOpeningRuns(tokens, text, occurrences)];
	occurrences = [...occurrences, ...landsInRuns(tokens, text, occurrences)];
	occurrences = [...occurrences, ...placesAfterPrepositions(tokens, text, occurrences, around)];
	occurrences = [...occurrences, ...placesListedWithPlaces(tokens, text, occurrences, around)];
	occurrences = [...occurrences, ...placesBeforeTheirKind(tokens, text, occurrences, around)];
	// A tagger's person listed with places, lying somewhere or travelled towards is a place (places-by-wording.ts).
	const lying = placesThatLie(tokens, text, occurrences, around.lowerCaseWords);
	const bound = placesBeforeBound(tokens, text, occurrences);
	const peopled = placesOfTheirPeople(tokens, text, occurrences, around);
	const described = placesInApposition(tokens, text, occurrences, around);
	const ofTheirKind = placesListedWithTheirKind(tokens, text, occurrences, around);
	const asPlaces = new Set([...personsListedWithPlaces(occurrences, text), ...lying.flipped, ...bound.flipped, ...peopled.flipped, ...described.flipped, ...ofTheirKind.flipped]);
	const asPlace = (occurrence: Occurrence) => {
		const place = asKind(occurrence, 'place', 'place-by-wording');
		return {...place, votes: {...place.votes, place: Math.max(place.votes.place, wordingEvidence)}};
	};
	occurrences = [...occurrences.map(occurrence => (asPlaces.has(occurrence) ? asPlace(occurrence) : occurrence)), ...lying.found, ...bound.found, ...peopled.found, ...described.found, ...ofTheirKind.found];
	occurrences = namesOfOneList(occurrences, tokens, text);
	const corrected: Occurrence[] = [];
	for (const occurrence of occurrences) {
		if (!/[\p{Lu}\p{N}]/u.test(occurrence.surface)) continue;
		const kind = kindOf(occurrence.votes);
		if (namesModel(occurrence, tokens) || (kind !== 'person' && (namesCallSign(occurrence, tokens) || namesKindOfArrangement(occurrence, tokens)))) continue;
		if (kind !== 'person' && (namesInhabitants(occurrence.surface) || namesProduct(occurrence.surface) || (kind === 'place' && (namesThingAfterPlace(occurrence, tokens) || namesThingCalledAfterPlace(occurrence, tokens) || namesDoctrine(occurrence.surface))))) continue;
		const neither = kind !== 'person' && namesNeitherBodyNorPlace(occurrence.surface);
		let read = occurrence;
		if (kind !== undefined && kind !== 'organization' && namesNewspaper(occurrence.surface)) read = asKind(occurrence, 'organization', 'organization-newspaper-of-town');
		else if (kind !== 'place' && ((kind !== 'person' && (namesVenue(occurrence.surface) || namesLand(occurrence.surface))) || (kind === 'person' && (personNamesVenue(occurrence.surface) || namesLand(occurrence.surface) || personNamesTown(occurrence.surface))))) read = asKind(occurrence, 'place', 'place-venue-or-land');
		// The building one goes to is a place; the seat's reading as its body (below) is for the body that acts. It keeps
		// some of the body's vote: a story where the seat also acts names the body, as before, not a tie of the two.
		else if (seatAsBuilding(occurrence, text)) {
			const place = asKind(occurrence, 'place', 'place-seat-as-building');
			read = {...place, votes: {...place.votes, organization: place.votes.place * 0.75}};
		}
		else if (kind !== 'organization' && namesSeatOfBody(occurrence.surface)) read = asKind(occurrence, 'organization', 'organization-named-by-seat');
		else if (kind === 'place' && namesServiceDistrict(occurrence.surface)) read = asKind(occurrence, 'organization', 'organization-service-district');
		else if (kind === 'organization') read = serviceDistrictWhole(occurrence, text);
		else if (kind !== 'person' && namesTeam(occurrence.surface)) read = asKind(occurrence, 'organization', 'organization-team-of-place');
		// "the Fresno Bee" read as the town alone: the newspaper too, the town named in it.
		const newspaper = kind === 'place' ? newspaperAfterTown(occurrence, text) : undefined;
		if (newspaper && !occurrences.some(other => other.start < newspaper.end && newspaper.start < other.end && other.end > occurrence.end)) corrected.push(newspaper);
		// A gathering or document opened by a place names it ("the Istanbul Summit"), as a building or a place does.
		const opened = nameOpeningName(neither ? {...occurrence, votes: {person: 0, organization: 0, place: 2}} : read);
		if (opened && !occurrences.some(other => other.start === opened.start && other.end === opened.end)) corrected.push(opened);
		if (!neither) corrected.push(read);
	}
	return bodiesAcrossOf(corrected, text);
}
