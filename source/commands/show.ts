import {existsSync} from 'node:fs';
import {formatProblem} from '../model/problem.js';
import {sanitiseText} from '../model/sanitise.js';
import type {StoryFile} from '../model/schema.js';
import type {Command} from './command.js';
import type {CommandContext} from './context.js';
import {ProblemsError, usage} from './errors.js';

export const showCommand: Command = {
	name: 'show',
	summary: 'one item with its citations and links (ids as search prints them; any story of the library)',
	usage: ['ID [--json]'],
	flags: ['data', 'library', 'maxSize'],
	formats: ['json'],
	prints: 'prints the item as text, or as JSON with --json',
	async run(context, ids) {
		if (ids.length !== 1) usage('show takes one id, as search prints it: summit-tui show dmitry-peskov');
		const id = sanitiseText(ids[0]!).trim();
		const {buildStoryLookup} = await import('../model/story-lookup.js');
		const {describeItem, renderItemText} = await import('../report/render-item.js');
		const stories = await storiesToSearch(context);
		for (const story of stories) {
			const report = describeItem(buildStoryLookup(story), id);
			if (!report) continue;
			context.io.stdout.write(context.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderItemText(report));
			return 0;
		}
		const {closestMatch} = await import('./suggest.js');
		const known = stories.flatMap(story => [...story.people, ...story.organizations, ...story.places, ...story.facts, ...story.events, ...story.quotes, ...story.articles, ...story.differences].map(item => item.id));
		const near = closestMatch(id.replace(/^#/, ''), known);
		context.io.stderr.write(`summit-tui: no item with the id "${id}"${near ? `; did you mean "${near}"?` : ' (summit-tui search prints the ids)'}\n`);
		return 1;
	},
};

/**
 * Where an item id is looked for: every story of the library (search --library prints ids from any of
 * them), or the one story --data names; the bundled story when there is no library yet.
 */
async function storiesToSearch(context: CommandContext): Promise<StoryFile[]> {
	const named = context.flags.library !== undefined && context.flags.library !== '';
	if (context.flags.data === undefined) {
		const {defaultLibraryFolder} = await import('../library/library-folders.js');
		if (named || existsSync(defaultLibraryFolder(context.io.env))) {
			const {openLibrary} = await import('../library/library-cli.js');
			const library = await openLibrary(context.library);
			context.warn(library.warnings);
			if (library.problems.length > 0) throw new ProblemsError('cannot open the library', library.problems);
			const {openAllStories} = await import('../library/library-search.js');
			const opened = await openAllStories(library, {maxBytes: context.maxBytes, trusted: context.installation.trustedStories()});
			context.warn(opened.problems.map(problem => `${formatProblem(problem)} (not searched for the id)`));
			if (opened.stories.length > 0) return opened.stories.map(entry => entry.story);
		}
	}
	return [await context.load(await context.readAll(await context.storyFiles([])))];
}
