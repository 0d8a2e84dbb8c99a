import {sanitiseText} from '../model/sanitise.js';
import type {Command} from './command.js';
import {usage} from './errors.js';

export const showCommand: Command = {
	name: 'show',
	summary: 'one item with its citations and links (ids as search prints them)',
	usage: ['ID [--json]'],
	flags: ['data', 'library', 'maxSize'],
	formats: ['json'],
	prints: 'prints the item as text, or as JSON with --json',
	async run(context, ids) {
		if (ids.length !== 1) usage('show takes one id, as search prints it: summit-tui show dmitry-peskov');
		const id = sanitiseText(ids[0]!).trim();
		const story = await context.load(await context.readAll(await context.storyFiles([])));
		const {buildStoryLookup} = await import('../model/story-lookup.js');
		const {describeItem, renderItemText} = await import('../report/render-item.js');
		const report = describeItem(buildStoryLookup(story), id);
		if (!report) {
			const {closestMatch} = await import('./suggest.js');
			const ids = [...story.people, ...story.organizations, ...story.places, ...story.facts, ...story.events, ...story.quotes, ...story.articles, ...story.differences].map(item => item.id);
			const near = closestMatch(id.replace(/^#/, ''), ids);
			context.io.stderr.write(`summit-tui: no item with the id "${id}"${near ? `; did you mean "${near}"?` : ' (summit-tui search prints the ids)'}\n`);
			return 1;
		}
		context.io.stdout.write(context.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderItemText(report));
		return 0;
	},
};
