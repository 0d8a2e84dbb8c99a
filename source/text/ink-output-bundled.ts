import {styledCharsFromTokens, styledCharsToString, tokenize} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {simpleRowText} from './ansi-tokenize-bundled.js';
import {keptOutput, type OutputText} from './kept-output.js';

// Stands in for Ink's own output.js in the bundle (see source/build.mjs): the same text from a grid kept
// between frames (kept-output.ts). It imports what output.js imports, so that the bundle's stand-ins for
// those packages serve it as they served Ink's.
export default keptOutput({sliceAnsi, stringWidth, tokenize, styledCharsFromTokens, styledCharsToString, simpleRowText} as unknown as OutputText);
