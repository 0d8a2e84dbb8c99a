import type {LibraryContext} from '../../library/library-cli.js';
import {plural} from '../../model/labels.js';
import {formatProblem} from '../../model/problem.js';

// The refresh key: the same refresh as `summit-tui refresh`, run in-process and awaited in the
// background (fetching is I/O; the keys keep their turn), its progress and its summary as one line each.

export async function runRefreshInApp(context: LibraryContext, stateFolder: string, progress: (line: string) => void): Promise<string> {
	const {runRefresh} = await import('../../feeds/refresh-cli.js');
	progress('refreshing the feeds…');
	const outcome = await runRefresh({...context, stateFolder, progress: (done, total, newItems) => progress(`refreshing: ${done}/${total} feeds, ${plural(newItems, 'new article')}`)});
	if ('usage' in outcome) return `not refreshed: ${outcome.usage}`;
	if (!('value' in outcome)) return `not refreshed: ${outcome.heading}${outcome.problems[0] ? `: ${formatProblem(outcome.problems[0])}` : ''}`;
	const summary = outcome.value;
	if (summary.feeds === 0) return 'no feeds to refresh: summit-tui feeds add URL follows one';
	const into = [...summary.intoStories.values()].reduce((sum, {count}) => sum + count, 0);
	const parts = [`${plural(summary.feeds, 'feed')} refreshed: ${plural(summary.newItems, 'new article')}`];
	if (into > 0) parts.push(`${into} into stories`);
	if (summary.inbox > 0) parts.push(`${summary.inbox} to the inbox`);
	if (summary.failures.length > 0) parts.push(`${summary.failures.length} failed (summit-tui refresh says which)`);
	return parts.join(', ');
}
