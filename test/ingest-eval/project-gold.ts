// GUM's gold is a list of names per document, not labels per word: this projects the names onto the
// words of the text (BIO labels), the training signal of the name tagger. Longest match first, left to
// right; besides each full name, its shorter forms as a reader meets them: a person's surname alone
// ("Bernoulli" after "Daniel Bernoulli"), an organisation's or place's initials where the text writes them.
import type {EntityKind} from '../../source/ingest/entities.js';
import type {Label} from '../../source/ingest/name-tagger/perceptron.js';
import {normaliseName, type Token} from '../../source/ingest/tokens.js';

export type GoldNames = {people?: Array<{name: string} | string>; organizations?: Array<{name: string} | string>; places?: Array<{name: string} | string>};

const longestName = 10;

/** Every form a gold name may take in the text, by its normalised words, with its kind. */
export function goldForms(gold: GoldNames): Map<string, EntityKind> {
	const forms = new Map<string, EntityKind>();
	const shorter: Array<[string, EntityKind]> = [];
	const lists: Array<[EntityKind, Array<{name: string} | string> | undefined]> = [
		['person', gold.people],
		['organization', gold.organizations],
		['place', gold.places],
	];
	for (const [kind, items] of lists) {
		for (const item of items ?? []) {
			const name = typeof item === 'string' ? item : item.name;
			const key = normaliseName(name);
			if (key === '') continue;
			if (!forms.has(key)) forms.set(key, kind);
			const words = key.split(' ');
			// "Bernoulli" and "Daniel" for "Daniel Bernoulli": a reader's shorter forms of a person.
			if (kind === 'person' && words.length > 1) shorter.push([words.at(-1)!, kind], [words[0]!, kind]);
			if (kind !== 'person' && words.length > 1) {
				const initials = name.split(/[\s-]+/u).filter(word => /^\p{Lu}/u.test(word)).map(word => word[0]).join('');
				if (initials.length > 1) shorter.push([initials.toLowerCase(), kind]);
			}
		}
	}
	// Full names first: a surname that is also a place's or a body's whole name stays theirs.
	for (const [key, kind] of shorter) if (!forms.has(key)) forms.set(key, kind);
	return forms;
}

/** BIO labels for a sentence's tokens from the gold forms. */
export function projectForms(tokens: Token[], forms: Map<string, EntityKind>): Label[] {
	const labelled: Label[] = tokens.map(() => 'O');
	let index = 0;
	while (index < tokens.length) {
		let matched = 0;
		let kind: EntityKind | undefined;
		// "the Louvre": the article is not part of the name (the gold's forms leave it out too).
		const article = /^the$/iu.test(tokens[index]!.text);
		for (let length = Math.min(longestName, tokens.length - index); length >= 1 && !article; length--) {
			const key = normaliseName(tokens.slice(index, index + length).map(token => token.text).join(' '));
			// Only names written with a capital somewhere ("the family" is no name).
			if (forms.has(key) && tokens.slice(index, index + length).some(token => /\p{Lu}/u.test(token.text))) {
				matched = length;
				kind = forms.get(key);
				break;
			}
		}
		if (matched === 0 || !kind) {
			index++;
			continue;
		}
		labelled[index] = `B-${kind}`;
		for (let inside = 1; inside < matched; inside++) labelled[index + inside] = `I-${kind}`;
		index += matched;
	}
	return labelled;
}
