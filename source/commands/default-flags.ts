// The command line's defaults, in a module without dependencies: with no arguments there is nothing to
// parse, and the dashboard starts without loading the argument parser.

export type CliFlags = {
	data?: string;
	/** --library DIR; empty for `--library` alone (the default library, as `search QUERY --library`). */
	library?: string;
	save: boolean;
	into?: string;
	/** feeds add --story ID: the story the feed brings its articles to. */
	story?: string;
	since?: string;
	backup: boolean;
	/** --format NAME; --plain, --markdown and --json are its aliases (report/output-formats.ts). */
	format?: string;
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
	explain?: boolean;
	query?: string;
	mouse: boolean;
	osc52: boolean;
	history: boolean;
	config?: string;
	printConfig?: boolean;
};

export type CliArguments = {input: string[]; flags: CliFlags};

export const defaultFlags: CliFlags = {mouse: true, osc52: true, history: true, save: false, backup: true, plain: false, markdown: false, json: false, limit: 20, force: false, color: true, debug: false};
