import {formatProblem} from '../model/problem.js';
import {sanitiseText} from '../model/sanitise.js';
import type {Command} from './command.js';
import type {CommandContext} from './context.js';
import {ProblemsError, usage} from './errors.js';

const searchSyntax = `Search syntax (fzf-style)
  peskv             fuzzy: typos are tolerated
  'khasan           exact substring      ^vlad   starts with     train$   ends with
  !train            must not contain     kim putin   both terms  trump | moon   either`;

export const searchCommand: Command = {
	name: 'search',
	summary: 'fuzzy search, best match first, one result a line (--library: every story of the library)',
	usage: ['QUERY [--limit N] [--json]', 'QUERY --library'],
	flags: ['limit', 'data', 'library', 'maxSize'],
	formats: ['json'],
	prints: 'prints the results, one a line, or as JSON with --json',
	details: searchSyntax,
	async run(context, words) {
		const query = sanitiseText(words.join(' ')).trim();
		if (query === '') usage('search needs a query, e.g. summit-tui search peskv');
		if (!Number.isInteger(context.flags.limit) || context.flags.limit < 1) usage('--limit takes a whole number of 1 or more');
		if (context.flags.library !== undefined) return searchLibrary(context, query);
		const story = await context.load(await context.readAll(await context.storyFiles([])));
		const {createSearcher} = await import('../search/search.js');
		const {formatSearchHits} = await import('../search/format-hits.js');
		const hits = createSearcher(story, {oneQuery: true}).search(query, context.flags.limit);
		if (context.format === 'json') {
			context.io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
			return hits.length > 0 ? 0 : 1;
		}
		if (hits.length === 0) {
			context.io.stderr.write(`summit-tui: nothing matches "${query}"\n`);
			return 1;
		}
		context.io.stdout.write(formatSearchHits(hits, {width: context.io.stdout.isTTY ? context.io.stdout.columns : undefined, color: context.color}));
		return 0;
	},
};

/** search QUERY --library: every story's items, each hit with its story. */
async function searchLibrary(context: CommandContext, query: string): Promise<number> {
	const {openLibrary} = await import('../library/library-cli.js');
	const {openAllStories, createLibrarySearcher} = await import('../library/library-search.js');
	const library = await openLibrary(context.library);
	context.warn(library.warnings);
	if (library.problems.length > 0) throw new ProblemsError('cannot open the library', library.problems);
	const opened = await openAllStories(library, {maxBytes: context.maxBytes, trusted: context.installation.trustedStories()});
	// A broken story is left out of the search, and said so: the others are still searched.
	context.warn(opened.problems.map(problem => `${formatProblem(problem)} (left out of the search)`));
	const hits = createLibrarySearcher(opened.stories, {oneQuery: true}).search(query, context.flags.limit);
	if (context.format === 'json') {
		context.io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
		return hits.length > 0 ? 0 : 1;
	}
	if (hits.length === 0) {
		context.io.stderr.write(`summit-tui: nothing in the library matches "${query}"\n`);
		return 1;
	}
	const {formatSearchHits} = await import('../search/format-hits.js');
	const width = context.io.stdout.isTTY ? context.io.stdout.columns : undefined;
	const lines = formatSearchHits(hits, {color: context.color}).split('\n');
	const withStories = hits.map((hit, index) => `${lines[index]}  · ${sanitiseText(hit.story.title)} #${hit.story.id}`);
	const {default: cliTruncate} = await import('cli-truncate');
	context.io.stdout.write(`${withStories.map(line => (width ? cliTruncate(line, width) : line)).join('\n')}\n`);
	return 0;
}
