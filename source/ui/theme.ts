import type {Tone} from './text-fit.js';

// Semantic colours: components name what a piece of text means, the theme decides how it looks.
// Colour is never the only carrier of meaning: glyphs, markers and border styles say it too.

export const toneColors: Record<Tone, string | undefined> = {
	normal: undefined,
	muted: 'gray',
	accent: 'cyan',
	match: 'yellow',
	happened: 'green',
	expected: 'yellow',
	historical: 'magenta',
	warning: 'red',
	heading: 'blue',
};

export const focusBorderColor = 'cyan';
