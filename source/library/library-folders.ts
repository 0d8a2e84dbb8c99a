import path from 'node:path';

// Where the library keeps things, by the XDG base directory spec: the stories in the data folder, what
// the user has seen in the state folder, a catalog the library folder cannot hold in the cache folder.
// A relative XDG_* value is ignored, as the spec says.

type Env = Record<string, string | undefined>;

function baseFolder(env: Env, variable: string, fallback: string): string {
	const value = env[variable];
	if (value && path.isAbsolute(value)) return value;
	return path.join(env['HOME'] ?? '/', fallback);
}

export function defaultLibraryFolder(env: Env): string {
	return path.join(baseFolder(env, 'XDG_DATA_HOME', '.local/share'), 'summit-tui', 'stories');
}

export function stateFolder(env: Env): string {
	return path.join(baseFolder(env, 'XDG_STATE_HOME', '.local/state'), 'summit-tui');
}

export function cacheFolder(env: Env): string {
	return path.join(baseFolder(env, 'XDG_CACHE_HOME', '.cache'), 'summit-tui');
}
