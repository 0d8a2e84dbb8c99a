import {keyTable, type KeyTableEntry} from '../ui/keys.js';
import type {Tone} from '../text/text-fit.js';
import {defaultToneColors} from '../ui/theme.js';

// The config in force when there is no config file: apart from the reader, so that a start without one
// loads neither the JSON reader nor the key-spec parser.

/** Flags a config may give defaults for; the command line wins over them. */
export type DefaultFlags = {data?: string; limit?: number; color?: boolean; maxSize?: string};

export type EffectiveConfig = {
	/** The file read, or undefined when there was none. */
	file?: string;
	keyTable: KeyTableEntry[];
	theme: Record<Tone, string | undefined>;
	mouse: boolean;
	osc52: boolean;
	history: boolean;
	defaults: DefaultFlags;
};

export const defaultConfig: EffectiveConfig = {keyTable, theme: {...defaultToneColors}, mouse: true, osc52: true, history: true, defaults: {}};
