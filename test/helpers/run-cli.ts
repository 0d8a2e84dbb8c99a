import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const cliPath = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

/** Runs the built CLI as a user would, without a terminal, and returns what it printed. */
export function runCli(args: string[], options: {input?: string; env?: Record<string, string | undefined>} = {}) {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		encoding: 'utf8',
		input: options.input ?? '',
		env: {...process.env, NO_COLOR: '1', ...options.env},
		timeout: 30_000,
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

export function temporaryFolder(): string {
	return mkdtempSync(path.join(tmpdir(), 'summit-tui-test-'));
}
