import type {AnalysedParagraph, NameOccurrence} from './entity-types.js';

// Capitals that are not names: an initialism the text itself spells out in lower case
// ("an intercontinental ballistic missile (ICBM)" is a kind of thing, not a body), and an initialism
// followed by a number ("SJ 100", "MH 17"), which is a model or a flight, not who made or flew it, and one
// right after a number ("70 DKK", "20 CUC", "4 GB"), which is a currency or a unit.

const spelledOut = /((?:\p{Ll}[\p{Ll}'’]*[\s-]+){1,7})\(\s*(\p{Lu}{2,6})s?\s*\)/gu;

/**
 * Schwartz and Hearst's test (2003): the initialism's letters appear in the words, in order, read from the
 * end, and its first letter opens a word ("intercontinental ballistic missile" spells ICBM).
 */
export function spellsOut(words: string, initialism: string): boolean {
	const long = words.trim().toLowerCase();
	const short = initialism.toLowerCase();
	let at = long.length - 1;
	for (let index = short.length - 1; index >= 0; index--) {
		const letter = short[index]!;
		while (at >= 0 && (long[at] !== letter || (index === 0 && at > 0 && /[\p{L}]/u.test(long[at - 1]!)))) at--;
		if (at < 0) return false;
		at--;
	}
	return true;
}

/** The initialisms a document spells out in lower case: common nouns wherever they appear in it. */
export function commonNounInitialisms(paragraphs: AnalysedParagraph[]): Set<string> {
	const found = new Set<string>();
	for (const paragraph of paragraphs) {
		// The pattern tries up to seven words at every lower-case letter; most paragraphs have no bracket to end at.
		if (!paragraph.text.includes('(')) continue;
		for (const match of paragraph.text.matchAll(spelledOut)) if (spellsOut(match[1]!, match[2]!)) found.add(match[2]!);
	}
	return found;
}

/**
 * Initialisms that are common nouns, units, currencies or titles, never a body's name however often a text uses
 * them or whoever reads them: "the CEO said", "GDP rose", "the PM's office", "in DKK", "a VHF radio".
 */
export const commonInitialisms = new Set(
	`ceo cfo coo cto ai tv pc dna rna gdp gnp iq vip cctv suv ufo faq hiv aids covid ok am pm bc ad bce ce id pr hr it ip ivf diy
	atm gps usb pdf cv lgbt lgbtq ev vr ar gmt utc est pst cet bst mp mps mep qc kc sc obe mbe cbe kbe km mph kg mw gw kw ppe icu er
	sms api url html cpu gpu ram os isbn sat gcse mba ba ma bsc msc phd adhd ptsd dj mc ceos nft nfts pow pows ied ieds rpg rpgs ww
	dvd cd mri ct ecg iv ok hq rsvp asap fyi aka eta tba tbc vat gst lng lpg suvs ev evs pov vhf uhf bdsm vm vms irc xml
	usd eur gbp jpy cny rmb dkk sek nok chf cad aud nzd inr rub krw hkd sgd brl mxn zar pln czk huf ils aed sar thb idr myr php cuc`
		.split(/\s+/u)
		.filter(Boolean),
);
/** Listed initialisms that also stand for a state or province or a well-known body ("SC", "BC", "BA"): dropped only where the lists' own rule asks. */
const alsoAName = new Set(['sc', 'bc', 'ct', 'ma', 'ar', 'id', 'ok', 'ba', 'mc', 'pa']);

const designation = /^\p{Lu}{1,4}$/u;

const unitOrCurrency = /^\p{Lu}{2,4}$/u;

/** An occurrence that is a common noun's initialism (listed above or spelled out in the text), an initialism naming a model by its number, or a unit or currency after one. */
export function isCommonInitialism(occurrence: Pick<NameOccurrence, 'surface' | 'start' | 'end'>, text: string, common: Set<string>): boolean {
	if (common.has(occurrence.surface) || (commonInitialisms.has(occurrence.surface.toLowerCase()) && !alsoAName.has(occurrence.surface.toLowerCase()))) return true;
	// Not after a year ("in 2019 NATO expanded", "the 2016 US election").
	const before = text.slice(Math.max(0, occurrence.start - 12), occurrence.start);
	if (unitOrCurrency.test(occurrence.surface) && /\d[\d,.]*\s?$/u.test(before) && !/(?:^|\D)(?:1[5-9]|20)\d\d\s?$/u.test(before)) return true;
	return designation.test(occurrence.surface) && /^[ -]?\d{1,4}\b/u.test(text.slice(occurrence.end));
}
