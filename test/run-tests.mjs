// `npm test`: the build, then the type check and the test suite side by side. The type check needs no
// build, and the suite spends much of its time waiting on the programs it drives, so on two cores the
// two overlap. Arguments go to vitest (`npm test -- --reporter=json`). The type check's output is held
// back until the suite ends, so that the two never interleave; either failing fails the run.
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
/** A package's command, by its package.json "bin" (vitest exports no path to it). */
const binOf = (name, command = name) => {
	const manifest = require.resolve(`${name}/package.json`);
	const {bin} = require(manifest);
	return fileURLToPath(new URL(typeof bin === 'string' ? bin : bin[command], pathToFileURL(manifest)));
};

/** Runs node on a script; resolves with its exit code and, when not shown live, what it printed. */
function run(script, args, {live}) {
	return new Promise(resolve => {
		const child = spawn(process.execPath, [script, ...args], {cwd: root, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe']});
		let output = '';
		child.stdout?.on('data', chunk => (output += chunk));
		child.stderr?.on('data', chunk => (output += chunk));
		child.on('close', (code, signal) => resolve({code: code ?? (signal ? 1 : 0), output}));
	});
}

const build = await run(fileURLToPath(new URL('../source/build.mjs', import.meta.url)), [], {live: true});
if (build.code !== 0) process.exit(build.code);

// Incremental: a type check of an unchanged tree takes a third of the time (the state is kept under
// node_modules/.cache, which a clean install removes).
const typecheck = run(binOf('typescript', 'tsc'), ['--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/summit-tui/tsc.tsbuildinfo'], {live: false});
const suite = await run(binOf('vitest'), ['run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2)], {live: true});
const checked = await typecheck;
if (checked.code !== 0) process.stderr.write(`\ntsc --noEmit failed:\n${checked.output}`);
else if (suite.code === 0) process.stdout.write('tsc --noEmit: no type errors\n');
process.exit(suite.code !== 0 ? suite.code : checked.code);
