import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {CommandContext} from './context.js';

/** Whether LIBRARY/inbox holds an article (a story file), without reading any. */
function inboxHoldsArticles(libraryFolder: string): boolean {
	try {
		return readdirSync(path.join(libraryFolder, 'inbox')).some(name => name.endsWith('.json') && !name.startsWith('.'));
	} catch {
		return false;
	}
}

/**
 * The story picker, when the library holds a story of the user's and there is a terminal to draw it
 * on (with one story, that story opens first, the picker behind it); undefined otherwise (then one story opens, or the run says why none can).
 */
export async function openPicker(context: CommandContext): Promise<number | undefined> {
	const {io} = context;
	if (!io.library || !io.stdout.isTTY || !io.stdin.isTTY || io.env['TERM'] === 'dumb') return undefined;
	const named = context.flags.data !== undefined || context.flags.library;
	const {cacheFolder, defaultLibraryFolder, stateFolder} = await import('../library/library-folders.js');
	// No library yet: nothing to pick from, and the library's code stays off the way to the first frame.
	if (!named && !existsSync(defaultLibraryFolder(io.env))) return undefined;
	const {query, mouse, osc52, history, config} = context.flags;
	const options = {color: context.color, query, mouse, osc52, history, config};
	// The picker's first frame as the last start with the same library drew it, before its code loads.
	const folder = context.library.folder || defaultLibraryFolder(io.env);
	const {pickerFrameState} = io.keptFrame ? await import('../library/picker-frame-state.js') : {pickerFrameState: undefined};
	const firstFrame = pickerFrameState && (await io.keptFrame?.('library', () => pickerFrameState(folder, cacheFolder(io.env), stateFolder(io.env)), options));
	const {openLibrary, librarySession} = io.libraryCode ? await io.libraryCode() : {...(await import('../library/library-cli.js')), ...(await import('../library/library-session.js'))};
	// The first frame from the catalog alone when it knows every file; the picker checks the files just after.
	const library = await openLibrary(context.library, {catalogFirst: true});
	const own = library.stories.filter(story => !story.sample);
	// Only the sample: nothing to pick, and the dashboard opens on it as on the first run — unless feeds
	// brought articles to the inbox, which only the picker shows.
	if (library.problems.length > 0 || (own.length === 0 && !inboxHoldsArticles(library.folder))) {
		firstFrame?.abandon();
		return undefined;
	}
	// Warnings are printed on the shell's screen, before the picker takes the terminal.
	if (library.warnings.length > 0) firstFrame?.abandon();
	context.warn(library.warnings);
	// One story of the user's: it opens at once, as before, and Backspace or Esc still lead back to the
	// picker (that story and the sample), so that the picker can always be reached.
	const only = own.length === 1 ? own[0] : undefined;
	const startWith = only && !only.problem ? only.files : undefined;
	const session = librarySession(library, {stateFolder: stateFolder(io.env), maxBytes: context.maxBytes, trusted: context.installation.trustedStories(), context: context.library, startWith});
	const warnings: string[] = [];
	const code = await io.library(session, {...options, folder: library.folder, firstFrame: library.warnings.length > 0 ? undefined : firstFrame, onWarning: text => warnings.push(text)});
	context.warn(warnings);
	return code;
}
