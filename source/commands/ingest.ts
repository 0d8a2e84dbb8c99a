import {sanitiseText} from '../model/sanitise.js';
import type {Command} from './command.js';
import {usage} from './errors.js';
import {ingestInto} from './ingest-into.js';
import {articleFlags} from './story-input.js';

const articleHeader = `Article header (optional; flags win): lines at the top, then a blank line
  Title: …   Outlet: …   URL: …   Published: 2024-03-05`;

export const ingestCommand: Command = {
	name: 'ingest',
	summary: 'import articles (plain text, Markdown, saved web pages, http(s) URLs) into one story file (JSON to stdout, or to FILE); "-" reads stdin',
	usage: ['ARTICLE ... [-o FILE]', 'ARTICLE ... --save', 'ARTICLE ... --into FILE|STORY-ID'],
	flags: ['output', 'force', 'save', 'into', 'backup', 'data', 'library', ...articleFlags],
	exclusive: [['output', 'save', 'into']],
	prints: 'writes story JSON to standard output, to -o FILE, into the library (--save) or into a story (--into)',
	details: articleHeader,
	async run(context, files) {
		if (files.length === 0) usage('ingest needs at least one article file (or - for standard input), e.g. summit-tui ingest article.txt');
		if (!context.flags.backup && context.flags.into === undefined) usage('--no-backup goes with --into');
		if (context.flags.into !== undefined) return ingestInto(context, files, context.flags.into);
		const story = await context.import(await context.readAll(files), context.metadata);
		if (context.flags.save) {
			const {saveNewStory, localDay} = await import('../library/save-story.js');
			const saved = context.settle(await saveNewStory(context.library, story, localDay()));
			if (saved.renamedFrom) context.io.stderr.write(`summit-tui: the library already has a story "${sanitiseText(saved.renamedFrom)}"; this one is "${sanitiseText(saved.id)}" (to add to that one instead: --into ${sanitiseText(saved.renamedFrom)})\n`);
			context.io.stderr.write(`summit-tui: saved "${sanitiseText(story.story.title)}" as ${sanitiseText(saved.file)}\n`);
			return 0;
		}
		if ((await context.output(`${JSON.stringify(story, null, '\t')}\n`, files)) === 'file') context.io.stderr.write(`summit-tui: wrote ${sanitiseText(context.flags.output!)}\n`);
		return 0;
	},
};
