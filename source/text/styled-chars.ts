import {isSimpleText, widthOfCodePoint} from './cell-width.js';

// Ink turns every line of every frame into styled cells with @alcalzone/ansi-tokenize: tokenize()
// walks the line grapheme by grapheme through Intl.Segmenter, styledCharsFromTokens() copies the style
// list into each cell, and styledCharsToString() diffs the styles of every pair of neighbouring cells
// (three Sets each). On a 120x40 frame that is most of a keystroke's time and the largest item of the
// first frame's profile. The same answers come far cheaper for the common case, in which each code point
// is a grapheme of its own (cell-width.ts: isSimpleText) and neighbouring cells share their style:
// those are computed here; anything else goes to the package itself. test/text/styled-chars.test.ts
// holds the two to the same results.

export type AnsiCode = {type: 'ansi'; code: string; endCode: string};
export type CharToken = {type: 'char'; value: string; fullWidth: boolean};
export type Token = AnsiCode | CharToken;
export type StyledChar = CharToken & {styles: AnsiCode[]};

/** The package's functions that this file builds on; its tokenizer (which builds a grapheme segmenter, some 20-80 ms, when loaded) is loaded only for text that needs it. */
export type AnsiTokenize = {
	loadTokenize(): (text: string, endChar?: number) => Token[];
	getEndCode(code: string): string;
	reduceAnsiCodesIncremental(codes: AnsiCode[], newCodes: AnsiCode[]): AnsiCode[];
	diffAnsiCodes(from: AnsiCode[], to: AnsiCode[]): AnsiCode[];
	ansiCodesToString(codes: AnsiCode[]): string;
};

// The two kinds of escape the package reads as styles, exactly as it reads them: an SGR sequence
// (ESC or CSI, then '[', digits and semicolons, 'm') and an OSC 8 link up to its BEL. Any other escape
// is a control character, which isSimpleText refuses, so such lines go to the package.
const styleEscapes = /[\u001B\u009B](?:\[[0-9;]*m|\]8;[^;]*;[^\u0007]*\u0007)/g;
const styleEscapeAt = /[\u001B\u009B](?:\[[0-9;]*m|\]8;[^;]*;[^\u0007]*\u0007)/y;

/** SGR codes joined by ';' split into one code each, keeping 8- and 24-bit colours whole (as the package does). */
export function splitSgr(code: string): string[] {
	if (!code.includes(';')) return [code];
	const parts = code.slice(2, -1).split(';');
	const codes: string[] = [];
	for (let index = 0; index < parts.length; index++) {
		const part = parts[index]!;
		if ((part === '38' || part === '48') && index + 2 < parts.length && parts[index + 1] === '5') {
			codes.push(parts.slice(index, index + 3).join(';'));
			index += 2;
		} else if ((part === '38' || part === '48') && index + 4 < parts.length && parts[index + 1] === '2') {
			codes.push(parts.slice(index, index + 5).join(';'));
			index += 4;
		} else codes.push(part);
	}
	return codes.map(part => `\u001B[${part}m`);
}

/** The package's functions, with the common cases computed here (see the top of this file). */
export function fastStyledChars(ansi: AnsiTokenize) {
	let packageTokenize: ReturnType<AnsiTokenize['loadTokenize']> | undefined;
	// Ink keeps its caches for one frame; from one frame to the next most lines are the same (a move of
	// the selection changes two), so their tokens and cells are kept across frames. Neither Ink nor these
	// functions change a token or a cell once made, so sharing them is safe.
	const recentTokens = new Map<string, Token[]>();
	const cellsOf = new WeakMap<Token[], StyledChar[]>();
	const recentLimit = 4096;

	function tokenize(text: string, endChar = Number.POSITIVE_INFINITY): Token[] {
		if (endChar !== Number.POSITIVE_INFINITY) return tokenizeLine(text, endChar);
		let tokens = recentTokens.get(text);
		if (tokens === undefined) {
			if (recentTokens.size >= recentLimit) recentTokens.clear();
			tokens = tokenizeLine(text, endChar);
			recentTokens.set(text, tokens);
		}
		return tokens;
	}

	function tokenizeLine(text: string, endChar: number): Token[] {
		const hasEscape = text.includes('\u001B') || text.includes('\u009B');
		if (!isSimpleText(hasEscape ? text.replace(styleEscapes, '') : text)) return (packageTokenize ??= ansi.loadTokenize())(text, endChar);
		const tokens: Token[] = [];
		let visible = 0;
		for (let index = 0; index < text.length; ) {
			const unit = text.charCodeAt(index);
			if (unit === 0x1b || unit === 0x9b) {
				styleEscapeAt.lastIndex = index;
				const escape = styleEscapeAt.exec(text)![0];
				index += escape.length;
				if (escape[1] === ']') tokens.push({type: 'ansi', code: escape, endCode: ansi.getEndCode(escape)});
				else for (const code of splitSgr(escape)) tokens.push({type: 'ansi', code, endCode: ansi.getEndCode(code)});
				continue;
			}
			const codePoint = text.codePointAt(index)!;
			const value = codePoint > 0xffff ? text.slice(index, index + 2) : text[index]!;
			index += value.length;
			// What is-fullwidth-code-point, which the packages use, answers: East Asian Width F or W.
			const fullWidth = widthOfCodePoint(codePoint) === 2;
			tokens.push({type: 'char', value, fullWidth});
			visible += fullWidth ? 2 : 1;
			if (visible >= endChar) break;
		}
		return tokens;
	}

	/** Cells in a run of the same style share one style list (nothing changes a cell's list in place). */
	function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
		const known = cellsOf.get(tokens);
		if (known) return known;
		let codes: AnsiCode[] = [];
		const chars: StyledChar[] = [];
		for (const token of tokens) {
			if (token.type === 'ansi') codes = ansi.reduceAnsiCodesIncremental(codes, [token]);
			else chars.push({...token, styles: codes});
		}
		cellsOf.set(tokens, chars);
		return chars;
	}

	const sameStyles = (a: AnsiCode[], b: AnsiCode[]) => a === b || (a.length === b.length && a.every((code, index) => code.code === b[index]!.code && code.endCode === b[index]!.endCode));

	/** Neighbouring cells of the same style need no codes between them: only changes are diffed. */
	function styledCharsToString(chars: StyledChar[]): string {
		let text = '';
		for (let index = 0; index < chars.length; index++) {
			const char = chars[index]!;
			if (index === 0) {
				if (char.styles.length > 0) text += ansi.ansiCodesToString(char.styles);
			} else {
				const previous = chars[index - 1]!.styles;
				if (!sameStyles(previous, char.styles)) text += ansi.ansiCodesToString(ansi.diffAnsiCodes(previous, char.styles));
			}
			text += char.value;
			if (index === chars.length - 1 && char.styles.length > 0) text += ansi.ansiCodesToString(ansi.diffAnsiCodes(char.styles, []));
		}
		return text;
	}

	return {tokenize, styledCharsFromTokens, styledCharsToString};
}
