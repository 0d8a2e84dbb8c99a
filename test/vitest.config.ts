import os from 'node:os';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// Kept under test/ so that the top level stays as the design card has it; `npm test` and
// `npm run test:watch` name it (--config), and the root is the project's.
export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	test: {
		// HOME and XDG_* point into a temporary folder for the whole run; the user's own are checked untouched.
		globalSetup: ['test/setup/isolated-home.ts'],
		// No test file leaves global state behind (none mocks modules, fakes timers or changes the
		// environment; theme.test restores chalk.level), so files share a worker and its loaded modules
		// instead of each re-importing Ink, React, compromise and the source in a fresh process.
		isolate: false,
		// Vitest's default is one worker fewer than cores, which is one worker on 2 cores. Much of the
		// suite waits on the programs it drives (the CLI in a pseudo-terminal, spawned commands, local
		// servers), so a worker per core keeps both busy.
		maxWorkers: Math.max(2, os.availableParallelism()),
		// Two files at once on a shared 2-core machine can make a CPU-bound test (the fuzzers, the search
		// recall checks: 1-2 s alone) take over vitest's default 5 s; a hang still fails, later.
		testTimeout: 20_000,
	},
});
