import {existsSync} from 'node:fs';
import {configFile} from '../config/config-path.js';
import type {CliIo} from './context.js';
import type {CliFlags} from './default-flags.js';

/**
 * Flags the config file gives defaults for (data, limit, color, maxSize), where the command line gives
 * none. The config is read only when its file exists, so a run without one pays nothing for it.
 */
export async function withConfigDefaults(flags: CliFlags, argv: readonly string[], env: CliIo['env']): Promise<CliFlags> {
	const file = flags.config ?? configFile(env);
	if (!existsSync(file)) return flags;
	const {loadConfig} = await import('../config/config.js');
	const {defaults} = loadConfig({file, env}).config;
	const given = (name: string) => argv.some(token => token === `--${name}` || token.startsWith(`--${name}=`) || token === `--no-${name}`);
	return {
		...flags,
		...(flags.data === undefined && defaults.data !== undefined ? {data: defaults.data} : {}),
		...(flags.maxSize === undefined && defaults.maxSize !== undefined ? {maxSize: defaults.maxSize} : {}),
		...(!given('limit') && defaults.limit !== undefined ? {limit: defaults.limit} : {}),
		...(!given('color') && defaults.color !== undefined ? {color: defaults.color} : {}),
	};
}
