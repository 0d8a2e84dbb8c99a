import {foldName} from '../text/fold-name.js';

// A story's id is typed by people (`summit-tui kim-putin-summit`, `--into kim`), so it is made of the
// headline's key words, whole, at most five of them: the small words that carry no meaning of their own
// are left out, and a word is never cut. A library that already holds the id adds a short suffix when
// the story is saved (library/save-story.ts); the id needs no hash of its own.

/** Words that say nothing about which story it is: articles, links, auxiliaries, reporting verbs. */
const smallWords = new Set(
	`a an the and or but nor of to in on at by for with from into onto as about after before over under than then so
	is are was were be been being has have had do does did will would can could may might must shall should
	it its this that these those there their his her our your my we they he she you i me us them who whom which what
	says said say tells told amid via not no up out off per vs`.split(/\s+/),
);

export const maxIdWords = 5;

/** "Putin and North Korea's Kim talk arms and trade" → "putin-north-korea-kim-talk"; "" when no word is left. */
export function storyIdOf(title: string): string {
	const words = foldName(title)
		.replace(/['’]s\b/g, '')
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(word => word !== '' && !smallWords.has(word));
	return words.slice(0, maxIdWords).join('-');
}
