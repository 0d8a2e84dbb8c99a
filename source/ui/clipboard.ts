// Copy and open. `y` copies the selected item as plain lines through OSC 52, the terminal's clipboard
// escape (works over ssh and inside tmux with set-clipboard on). The sequence is built only here and
// written only on the user's key press: story text is sanitised of escapes, so data can never trigger it.
// `o` opens an article's web address with the system opener, spawned without a shell.
import {whereLabel} from '../model/coordinates-label.js';
import {spawn} from 'node:child_process';
import {Buffer} from 'node:buffer';
import type {Citation} from '../model/schema.js';
import {eventDateLabel, type StoryLookup} from '../model/story-lookup.js';
import {sanitiseText} from '../model/sanitise.js';

/** Most terminals drop OSC 52 payloads past about 100 kB (xterm's default limit); stay under it. */
export const maxCopyBytes = 74_000;

/** The OSC 52 sequence putting `text` on the system clipboard, or why it cannot. */
export function osc52(text: string): {sequence: string} | {reason: string} {
	const encoded = Buffer.from(text, 'utf8').toString('base64');
	if (encoded.length > maxCopyBytes) return {reason: 'too long to copy through the terminal'};
	return {sequence: `\u001B]52;c;${encoded}\u0007`};
}

function citationLines(lookup: StoryLookup, cites: readonly Citation[]): string[] {
	return cites.map(citation => {
		const article = lookup.article(citation.article);
		const where = [lookup.outletOf(citation.article), article?.title ? `“${article.title}”` : undefined, `¶${citation.paragraph}`].filter(Boolean).join(', ');
		return `— ${where}: “${citation.excerpt}”${article?.url ? ` ${article.url}` : ''}`;
	});
}

/** The selected item as plain lines for the clipboard: its text, who said it (quotes), its citations. */
export function copyLines(lookup: StoryLookup, id: string): string[] | undefined {
	const item = lookup.item(id);
	if (!item) return undefined;
	let lines: string[];
	switch (item.kind) {
		case 'quote':
			lines = [`“${item.quote.text}”`, `— ${lookup.speakerOf(item.quote)}`, ...citationLines(lookup, item.quote.cites)];
			break;
		case 'fact':
			lines = [item.fact.text, ...citationLines(lookup, item.fact.cites)];
			break;
		case 'event':
			lines = [`${eventDateLabel(item.event)}: ${item.event.title}`, ...citationLines(lookup, item.event.cites)];
			break;
		default: {
			const {entity} = item;
			const role = entity.kind === 'person' ? entity.role : entity.type;
			// A place copies where it is too, with the gazetteer that says so.
			const where = entity.kind === 'place' && entity.coordinates ? [whereLabel(entity.coordinates, entity.coordinatesSource)] : [];
			lines = [role ? `${entity.name} (${role})` : entity.name, ...where, entity.description, ...citationLines(lookup, entity.cites)];
		}
	}
	return lines.map(line => sanitiseText(line));
}

/** The web address of an item's first cited article that has one, for `o`. */
export function urlToOpen(lookup: StoryLookup, id: string): string | undefined {
	const item = lookup.item(id);
	if (!item) return undefined;
	const cites = item.kind === 'quote' ? item.quote.cites : item.kind === 'fact' ? item.fact.cites : item.kind === 'event' ? item.event.cites : item.entity.cites;
	for (const citation of cites) {
		const url = lookup.article(citation.article)?.url;
		if (url && openableUrl(url)) return url;
	}
	return undefined;
}

/** Only http and https addresses are handed to the opener: file:, javascript: or a custom scheme could run something. */
export function openableUrl(url: string): boolean {
	try {
		const parsed = new URL(url);
		return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !/[\s\u0000-\u001F]/.test(url);
	} catch {
		return false;
	}
}

/** The system opener for a platform: `open` on macOS, `xdg-open` elsewhere (Linux, BSD), none on Windows. */
export function openerFor(platform: NodeJS.Platform = process.platform): string | undefined {
	if (platform === 'darwin') return 'open';
	if (platform === 'win32') return undefined;
	return 'xdg-open';
}

export type OpenResult = {opened: true} | {opened: false; reason: string};

export type Spawner = (command: string, args: string[]) => {on(event: 'error', listener: (error: Error) => void): unknown; unref(): void};

const defaultSpawner: Spawner = (command, args) => spawn(command, args, {stdio: 'ignore', detached: true, shell: false});

/**
 * Opens a web address in the background, without a shell (the address is one argument, never parsed
 * by /bin/sh). Resolves once the opener has started or failed to start (not found: "no opener").
 */
export function openUrl(url: string, options: {platform?: NodeJS.Platform; spawner?: Spawner} = {}): Promise<OpenResult> {
	if (!openableUrl(url)) return Promise.resolve({opened: false, reason: 'only http and https addresses are opened'});
	const opener = openerFor(options.platform);
	if (!opener) return Promise.resolve({opened: false, reason: 'no system opener on this platform'});
	return new Promise(resolve => {
		let child;
		try {
			child = (options.spawner ?? defaultSpawner)(opener, [url]);
		} catch (error) {
			resolve({opened: false, reason: `cannot start ${opener}: ${(error as Error).message}`});
			return;
		}
		let settled = false;
		child.on('error', error => {
			if (settled) return;
			settled = true;
			const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
			resolve({opened: false, reason: missing ? `no opener: ${opener} is not installed` : `cannot start ${opener}: ${error.message}`});
		});
		child.unref();
		// A spawn that fails does so before the next turn of the event loop ('error' on ENOENT).
		setImmediate(() => {
			if (settled) return;
			settled = true;
			resolve({opened: true});
		});
	});
}

/** An article (the reader's) as plain lines: outlet and date, title, web address. */
export function articleCopyLines(lookup: StoryLookup, articleId: string): string[] | undefined {
	const article = lookup.article(articleId);
	if (!article) return undefined;
	return [`${article.outlet}${article.published ? `, ${article.published}` : ''}`, article.title, ...(article.url ? [article.url] : [])].map(line => sanitiseText(line));
}
