import os from 'node:os';
import path from 'node:path';

// Where the config file lives, in a module of its own: the CLI asks on every run, and loads the config
// reader only when the file is there.

/** $XDG_CONFIG_HOME/summit-tui/config.json, or ~/.config/summit-tui/config.json when unset or relative. */
export function configFile(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env, home = os.homedir()): string {
	const base = env['XDG_CONFIG_HOME'] && path.isAbsolute(env['XDG_CONFIG_HOME']) ? env['XDG_CONFIG_HOME'] : path.join(home, '.config');
	return path.join(base, 'summit-tui', 'config.json');
}
