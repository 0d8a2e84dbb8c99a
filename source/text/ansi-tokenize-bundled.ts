import {ansiCodesToString, getEndCode} from '../../node_modules/@alcalzone/ansi-tokenize/build/ansiCodes.js';
import {diffAnsiCodes} from '../../node_modules/@alcalzone/ansi-tokenize/build/diff.js';
import {reduceAnsiCodes, reduceAnsiCodesIncremental} from '../../node_modules/@alcalzone/ansi-tokenize/build/reduce.js';
import {undoAnsiCodes} from '../../node_modules/@alcalzone/ansi-tokenize/build/undo.js';
import {simpleRows} from './simple-rows.js';
import {fastStyledChars, type Token} from './styled-chars.js';

// Stands in for '@alcalzone/ansi-tokenize' in the bundle (see source/build.mjs; Ink's output.js is its
// only user): the package's own style arithmetic, imported file by file so that its tokenizer, which
// builds a grapheme segmenter when loaded, is required only when a line needs it (styled-chars.ts).
// The relative paths keep these imports out of the alias.
declare const require: (id: string) => {tokenize: (text: string, endChar?: number) => Token[]};

const styledChars = fastStyledChars({
	loadTokenize: () => require('../../node_modules/@alcalzone/ansi-tokenize/build/tokenize.js').tokenize,
	getEndCode,
	reduceAnsiCodesIncremental,
	diffAnsiCodes,
	ansiCodesToString,
});

export const {tokenize, styledCharsFromTokens, styledCharsToString} = styledChars;
/** Rows of plain text without a cell per character (simple-rows.ts); kept-output.ts asks it first. */
export const simpleRowText = simpleRows({getEndCode, reduceAnsiCodesIncremental, diffAnsiCodes, ansiCodesToString});
export {ansiCodesToString, diffAnsiCodes, reduceAnsiCodes, reduceAnsiCodesIncremental, undoAnsiCodes};
