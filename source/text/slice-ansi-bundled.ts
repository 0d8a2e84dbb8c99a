import {fastSliceAnsi} from './slice-cells.js';

// Stands in for 'slice-ansi' in the bundle (see source/build.mjs): slice-ansi itself is required only
// when some text needs it (slice-cells.ts). The relative path keeps this require out of the alias.
declare const require: (id: string) => {default: (text: string, start: number, end?: number) => string};

export default fastSliceAnsi(() => require('../../node_modules/slice-ansi/index.js').default);
