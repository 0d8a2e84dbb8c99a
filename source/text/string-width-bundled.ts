import {createStringWidth} from './cell-width.js';

// Stands in for 'string-width' in the bundle (see source/build.mjs): the real module is required only
// when some text needs it, and esbuild bundles a required ES module so that it is evaluated at that
// first require, not at start-up. The relative path keeps this require out of the alias.
declare const require: (id: string) => {default: Parameters<typeof createStringWidth>[0] extends () => infer T ? T : never};

export default createStringWidth(() => require('../../node_modules/string-width/index.js').default);
