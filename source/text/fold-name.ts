// The one fold under every name key (merging entities, matching outlets' headlines, place and country
// lookup, story ids): compatibility forms split (NFKD: "ﬁ" -> "fi", "é" -> "e" + accent), the
// combining accents of Latin, Greek and Cyrillic letters dropped, lower case. Each key adds its own
// steps (apostrophes, hyphens, "the") on top.

const combiningAccents = /[\u0300-\u036f]/g;

/** "Zürich" and "ZURICH" -> "zurich"; "Côte d’Ivoire" -> "cote d’ivoire". */
export function foldName(text: string): string {
	return text.normalize('NFKD').replace(combiningAccents, '').toLowerCase();
}
