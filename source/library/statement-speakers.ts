import type {EntityTerms} from './entity-terms.js';

// One occasion of speaking. What someone said in public on one day is, as outlets tell it, one
// statement (a press conference, a speech, an announcement), whatever each outlet quotes of it and
// whichever verb it uses: 'Berg announced that …', 'Berg's news conference on Tuesday', 'When the
// minister, Ana Berg, said on Tuesday …'. The speaker is the one named right before the word of
// speaking, so a person only named in what was said ('Berg said Lima …') is not a speaker; or the one a
// sentence opens with when it names the occasion ('Berg decided … at a news conference').

const speaking = String.raw`(?:said|says|announced|announces|told|stated|declared|testified|spoke|statement|remarks|news conference|press conference|briefing|speech|address)`;

// An occasion of speaking named in the sentence: "at a news conference", "in a statement".
const occasion = /\b(?:at|in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:news conference|press conference|briefing|statement|speech|televised address)\b/iu;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Who speaks in a text, as EntityTerms values; a word two entities share ('~Lima') names no speaker. */
export function speakersFinder(terms: EntityTerms): (text: string) => Set<string> {
	const names = [...terms].filter(([, id]) => !id.startsWith('~')).map(([term]) => term);
	if (names.length === 0) return () => new Set();
	const alternatives = names.toSorted((a, b) => b.length - a.length).map(escape).join('|');
	const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternatives})(?:['’]s)?,?\s+(?:\p{L}+ly\s+)?${speaking}(?![\p{L}])`, 'gu');
	const opening = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, 'gu');
	return text => {
		const speakers = new Set<string>();
		for (const match of text.matchAll(pattern)) speakers.add(terms.get(match[1]!)!);
		// "Berg decided … at a news conference": who a sentence opens with spoke at the occasion it names.
		for (const sentence of text.split(/(?<=[.!?])\s+|\n/u)) {
			if (!occasion.test(sentence)) continue;
			for (const match of sentence.slice(0, 60).matchAll(opening)) speakers.add(terms.get(match[0])!);
		}
		return speakers;
	};
}
