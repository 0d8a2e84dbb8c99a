import {resolve as resolvePath} from 'node:path';
import {plural} from '../model/labels.js';
import {sanitiseText} from '../model/sanitise.js';
import type {CommandContext} from './context.js';
import {ProblemsError, usage} from './errors.js';

const singular: Record<string, string> = {people: 'person', organizations: 'organisation', places: 'place', facts: 'fact', events: 'event', quotes: 'quote', differences: 'difference'};

/**
 * ingest --into: the articles added to a story that exists, the file replaced whole, the old one kept.
 * The story is read once before the import, so that a file that does not load stops the run before the
 * articles are read, and again under its lock for the update itself (library/save-story.ts).
 */
export async function ingestInto(context: CommandContext, files: string[], target: string): Promise<number> {
	// From the importer (beside the bundle its code-cached script), which the import below loads anyway.
	const {resolveIntoTarget, readForUpdate, addToStoryFile, localDay, unrelatedMessage, parseStoryBytes} = await context.importer();
	const {file, id} = context.settle(await resolveIntoTarget(context.library, target));
	if (files.some(input => input !== '-' && resolvePath(input) === resolvePath(file))) usage('--into names the story to add to, not one of the articles');
	const before = readForUpdate(file, context.maxBytes);
	if ('problems' in before) throw new ProblemsError('cannot add to the story', before.problems);
	const existing = parseStoryBytes(before.bytes, file);
	if (!existing.story) throw new ProblemsError('cannot add to the story', existing.problems, existing.problemsTotal);
	const imported = await context.import(await context.readAll(files), context.metadata);
	const added = context.settle(addToStoryFile(file, imported, {backup: context.flags.backup, maxBytes: context.maxBytes, today: localDay(), expectedId: id, force: context.flags.force, loaded: {bytes: before.bytes, story: existing.story}}));
	for (const note of added.notes) context.io.stderr.write(`summit-tui: note: ${sanitiseText(note.message)}\n`);
	for (const stranger of added.unrelated) context.io.stderr.write(`summit-tui: warning: ${sanitiseText(unrelatedMessage(stranger, added.title))}; added because of --force\n`);
	const {articles, ...items} = added.added;
	if (articles === 0) {
		context.io.stderr.write(`summit-tui: nothing new to add; ${sanitiseText(file)} is unchanged\n`);
		return 0;
	}
	const counts = Object.entries(items).filter(([, count]) => count > 0).map(([kind, count]) => plural(count, singular[kind]!, kind === 'people' ? 'people' : `${singular[kind]}s`));
	if (added.confirmed > 0) counts.push(`${plural(added.confirmed, 'item')} confirmed`);
	context.io.stderr.write(`summit-tui: added ${plural(articles, 'article')}${counts.length > 0 ? ` (${counts.join(', ')})` : ''} to "${sanitiseText(added.title)}" in ${sanitiseText(file)}${context.flags.backup ? `; the previous version is ${sanitiseText(file)}.bak` : ''}\n`);
	return 0;
}
