import {existsSync} from 'node:fs';
import type {CommandContext} from './context.js';

/**
 * The story picker, when the library holds several stories of the user's and there is a terminal to
 * draw it on; undefined otherwise (then one story opens, or the run says why none can).
 */
export async function openPicker(context: CommandContext): Promise<number | undefined> {
	const {io} = context;
	if (!io.library || !io.stdout.isTTY || !io.stdin.isTTY || io.env['TERM'] === 'dumb') return undefined;
	const named = context.flags.data !== undefined || context.flags.library;
	const {defaultLibraryFolder, stateFolder} = await import('../library/library-folders.js');
	// No library yet: nothing to pick from, and the library's code stays off the way to the first frame.
	if (!named && !existsSync(defaultLibraryFolder(io.env))) return undefined;
	const {openLibrary} = await import('../library/library-cli.js');
	const library = await openLibrary(context.library);
	if (library.problems.length > 0 || library.stories.filter(story => !story.sample).length < 2) return undefined;
	context.warn(library.warnings);
	const {librarySession} = await import('../library/library-session.js');
	const session = librarySession(library, {stateFolder: stateFolder(io.env), maxBytes: context.maxBytes, trusted: context.installation.trustedStories()});
	const warnings: string[] = [];
	const {query, mouse, osc52, history, config} = context.flags;
	const code = await io.library(session, {folder: library.folder, color: context.color, query, mouse, osc52, history, config, onWarning: text => warnings.push(text)});
	context.warn(warnings);
	return code;
}
