import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// `npm run bench:quick`: the benchmarks run small, checking that they work and write every figure. Kept
// out of `npm test` (test/vitest.config.ts reads *.test.ts): they time things and take minutes.
export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	test: {include: ['test/bench/*.smoke.ts'], testTimeout: 540_000, fileParallelism: false},
});
