import {Readable} from 'node:stream';
import {main} from '../../source/cli-main.js';
import {isolatedEnv} from './isolated-env.js';

/**
 * The CLI in process: main(argv, io) with captured streams, as `runCli` spawns it but without the cost of
 * a process. For what a spawned process adds (exit by signal, a real pipe or terminal, another user),
 * tests use runCli instead.
 */
export async function runMain(args: string[], options: {input?: string | Buffer; env?: Record<string, string | undefined>} = {}) {
	let stdout = '';
	let stderr = '';
	const code = await main(args, {
		stdout: {write: (text: string) => (stdout += text)},
		stderr: {write: (text: string) => (stderr += text)},
		stdin: Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]),
		// The run's temporary HOME and XDG folders, never the user's: main reads only the env it is given.
		env: {NO_COLOR: '1', ...isolatedEnv(), ...options.env},
	});
	return {code, stdout, stderr};
}
