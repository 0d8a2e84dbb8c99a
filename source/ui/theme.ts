import type {Tone} from '../text/text-fit.js';

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

/** The colours as shipped; `toneColors` is what lines are drawn with, changed only by applyTheme. */
export const defaultToneColors: Readonly<Record<Tone, string | undefined>> = {...toneColors};

/** Draws with a config's theme from now on (names as chalk knows them, or #rrggbb); the rest stay as shipped. */
export function applyTheme(theme: Partial<Record<Tone, string | undefined>>) {
	Object.assign(toneColors, defaultToneColors, theme);
}
