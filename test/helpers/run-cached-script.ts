// Runs a script through the code cache in a process of its own (within one process V8 reuses what it
// compiled, so only a fresh process shows whether the cache file was used) and prints what happened.
import {runCachedScript} from '../../source/cached-script.js';

const [file, cacheFolder, version, keep, use] = process.argv.slice(2);
const run = runCachedScript(file!, {cacheFolder: cacheFolder!, version: version!, use});
if (keep === 'keep') run.keep();
process.stdout.write(JSON.stringify({fromCache: run.fromCache, answer: (run.exports['answer'] as () => number)()}));
