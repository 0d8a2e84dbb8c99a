import inkSanitizeAnsi from '../../node_modules/ink/build/sanitize-ansi.js';

// Stands in for Ink's sanitize-ansi.js in the bundle (source/build-plugins.mjs): Ink passes the text of
// every Text through it twice a frame (measuring, then drawing), and for any text holding an escape it
// walks the text character by character through its tokenizer, building a token per run and per
// sequence; our text is coloured by SGR codes throughout, so that was every line (the largest of Ink's
// own costs in the first frame's profile). Text whose only escapes are SGR sequences, with no C1
// control character, is what the tokenizer gives back unchanged, so it is returned as it is after two
// linear scans; anything else goes to Ink's own. test/text/sanitize-ansi.test.ts holds the two equal.

const sgr = /\u001B\[[0-9:;]*m/g;
// ESC and the C1 controls: the characters Ink's tokenizer reads as the start of a sequence.
const controlCharacter = /[\u001B\u0080-\u009F]/;

export default function sanitizeAnsi(text: string): string {
	if (!controlCharacter.test(text)) return text;
	if (!controlCharacter.test(text.replace(sgr, ''))) return text;
	return inkSanitizeAnsi(text);
}
