import {isolatedVariables} from '../setup/isolated-home.js';

/**
 * HOME and the XDG base folders of the test run (test/setup/isolated-home.ts points them into a
 * temporary folder): what a program run in a test sees unless the test gives folders of its own.
 */
export function isolatedEnv(): Record<string, string | undefined> {
	return Object.fromEntries(isolatedVariables.map(name => [name, process.env[name]]));
}
