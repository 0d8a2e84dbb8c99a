import {resolve as resolvePath} from 'node:path';
import {plural} from '../model/labels.js';
import {sanitiseText} from '../model/sanitise.js';
import type {CommandContext} from './context.js';
import {problemCount, ProblemsError, usage} from './errors.js';

const singular: Record<string, string> = {people: 'person', organizations: 'organisation', places: 'place', facts: 'fact', events: 'event', quotes: 'quote', differences: 'difference'};

/** ingest --into: the articles added to a story that exists, the file replaced whole, the old one kept. */
export async function ingestInto(context: CommandContext, files: string[], target: string): Promise<number> {
	const {resolveIntoTarget, readForUpdate, replaceStoryFile, storyJson, localDay} = await import('../library/save-story.js');
	const file = context.settle(await resolveIntoTarget(context.library, target));
	if (files.some(input => input !== '-' && resolvePath(input) === resolvePath(file))) usage('--into names the story to add to, not one of the articles');
	const before = readForUpdate(file, context.maxBytes);
	if ('problems' in before) throw new ProblemsError('cannot add to the story:', before.problems);
	const {parseStoryBytes, validateStoryValue} = await import('../model/load.js');
	const existing = parseStoryBytes(before.bytes, file);
	if (!existing.story) throw new ProblemsError(`cannot add to the story (${problemCount(existing.problems.length, existing.problemsTotal)}):`, existing.problems);
	const imported = await context.import(await context.readAll(files), context.metadata);
	const {mergeArticlesIntoStory} = await import('../library/merge-articles.js');
	const merged = mergeArticlesIntoStory(existing.story, imported, localDay());
	for (const note of merged.notes) context.io.stderr.write(`summit-tui: note: ${sanitiseText(note.message)}\n`);
	const {articles, ...items} = merged.added;
	if (articles === 0) {
		context.io.stderr.write(`summit-tui: nothing new to add; ${sanitiseText(file)} is unchanged\n`);
		return 0;
	}
	// Built to be valid; checked as every story file is, so that a bug never reaches the user's file.
	const checked = validateStoryValue(merged.story, file);
	if (!checked.story) throw new ProblemsError('nothing written (the merged story does not validate; this is a bug):', checked.problems);
	const problem = replaceStoryFile(file, before, storyJson(merged.story), {backup: context.flags.backup, maxBytes: context.maxBytes});
	if (problem) throw new ProblemsError('nothing written:', [problem]);
	const counts = Object.entries(items).filter(([, count]) => count > 0).map(([kind, count]) => plural(count, singular[kind]!, kind === 'people' ? 'people' : `${singular[kind]}s`));
	context.io.stderr.write(`summit-tui: added ${plural(articles, 'article')}${counts.length > 0 ? ` (${counts.join(', ')})` : ''} to "${sanitiseText(existing.story.story.title)}" in ${sanitiseText(file)}${context.flags.backup ? `; the previous version is ${sanitiseText(file)}.bak` : ''}\n`);
	return 0;
}
