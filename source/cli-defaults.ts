// The command line's defaults, in a module without dependencies: with no arguments there is nothing to
// parse, and the dashboard starts without loading the argument parser.

export type CliFlags = {
	data?: string;
	plain: boolean;
	markdown: boolean;
	json: boolean;
	limit: number;
	width?: number;
	output?: string;
	force: boolean;
	maxSize?: string;
	timeout?: string;
	outlet?: string;
	published?: string;
	title?: string;
	url?: string;
	color: boolean;
	debug: boolean;
	verbose?: boolean;
};

export type CliArguments = {input: string[]; flags: CliFlags};

export const defaultFlags: CliFlags = {plain: false, markdown: false, json: false, limit: 20, force: false, color: true, debug: false};
