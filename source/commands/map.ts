import type {Command} from './command.js';
import {usage} from './errors.js';
import {articleFlags, storyOrArticles} from './story-input.js';

export const mapCommand: Command = {
	name: 'map',
	summary: "the story's places on a map drawn in text (--json: the places, coordinates, markers and steps, for scripts)",
	usage: ['[FILE ...] [--width N] [--json]'],
	flags: ['width', 'data', 'library', ...articleFlags],
	formats: ['json'],
	prints: 'prints the map as text, or its places as JSON with --json',
	async run(context, files) {
		const width = context.flags.width ?? (context.io.stdout.isTTY ? context.io.stdout.columns : undefined) ?? 80;
		if (!Number.isInteger(width) || width < 20 || width > 1000) usage('--width takes a whole number of columns from 20 to 1000');
		// Articles are imported in memory, as the dashboard does with them.
		const {story} = await storyOrArticles(context, await context.storyFiles(files));
		const {mapJson, renderMapText} = await import('../map/map-text.js');
		context.io.stdout.write(context.format === 'json' ? `${JSON.stringify(mapJson(story, width), null, 2)}\n` : renderMapText(story, width));
		return 0;
	},
};
