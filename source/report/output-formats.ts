import type {StoryFile} from '../model/schema.js';

// The output formats, once: `--format NAME` and its alias flags (--plain, --markdown, --json), what the
// help says of each, and how the story report is written in it. A command names the formats it can
// print (commands/command.ts); adding a format is a row here and a renderer.

export type OutputFormat = 'plain' | 'markdown' | 'json';

type FormatRow = {summary: string; renderStory(story: StoryFile): Promise<string>};

/** Renderers load on use: the dashboard's path never loads a report. */
export const outputFormats: Record<OutputFormat, FormatRow> = {
	plain: {
		summary: 'readable text',
		async renderStory(story) {
			const [{renderPlain}, {buildStoryLookup}] = await Promise.all([import('./render-reports.js'), import('../model/story-lookup.js')]);
			return renderPlain(buildStoryLookup(story));
		},
	},
	markdown: {
		summary: 'Markdown',
		async renderStory(story) {
			const [{renderMarkdown}, {buildStoryLookup}] = await Promise.all([import('./render-reports.js'), import('../model/story-lookup.js')]);
			return renderMarkdown(buildStoryLookup(story));
		},
	},
	json: {
		summary: 'JSON, for scripts',
		async renderStory(story) {
			return (await import('./render-reports.js')).renderJson(story);
		},
	},
};

export const formatNames = Object.keys(outputFormats) as OutputFormat[];

/** The flags that name a format: `--format NAME` and one alias flag per format. */
export type FormatFlags = {format?: string} & Partial<Record<OutputFormat, boolean>>;

/**
 * The one format the flags ask for (undefined: none asked), or why they cannot be read: a name that is
 * no format, or two different formats asked for at once.
 */
export function chosenFormat(flags: FormatFlags): {format?: OutputFormat} | {problem: string} {
	const named = flags.format?.toLowerCase();
	if (named !== undefined && !formatNames.includes(named as OutputFormat)) return {problem: `--format takes ${formatNames.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${flags.format}"`};
	const asked = new Set([...(named ? [named as OutputFormat] : []), ...formatNames.filter(name => flags[name] === true)]);
	if (asked.size > 1) return {problem: `choose one of ${formatNames.map(name => `--${name}`).join(', ').replace(/, ([^,]*)$/, ' and $1')}`};
	return {format: [...asked][0]};
}
