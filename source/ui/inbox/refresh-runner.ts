import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {RefreshContext} from '../../feeds/refresh-cli.js';
import type {RefreshSummary} from '../../feeds/refresh-feeds.js';
import type {RefreshWorkerMessage} from '../../feeds/refresh-worker.js';
import type {LibraryContext, Outcome} from '../../library/library-cli.js';
import {plural} from '../../model/labels.js';
import {formatProblem} from '../../model/problem.js';

// The refresh key: the same refresh as `summit-tui refresh`, on a worker thread when the program runs built
// (the importer's loading and the imports would otherwise hold up keys for seconds), in-process when run
// from source (tests), its progress and its summary as one line each.

type Progress = NonNullable<RefreshContext['progress']>;

export async function runRefreshInApp(context: LibraryContext, stateFolder: string, progress: (line: string) => void): Promise<string> {
	progress('refreshing the feeds…');
	const report: Progress = (done, total, newItems) => progress(`refreshing: ${done}/${total} feeds, ${plural(newItems, 'new article')}`);
	const worker = builtWorker();
	const outcome = worker ? await refreshOnWorker(worker, {...context, stateFolder}, report) : await (await import('../../feeds/refresh-cli.js')).runRefresh({...context, stateFolder, progress: report});
	return refreshLine(outcome);
}

/** The worker's file beside the built program; none when running from source. */
function builtWorker(): URL | undefined {
	const file = new URL('./refresh-worker.js', import.meta.url);
	return file.protocol === 'file:' && existsSync(fileURLToPath(file)) ? file : undefined;
}

async function refreshOnWorker(file: URL, context: Omit<RefreshContext, 'progress'>, progress: Progress): Promise<Outcome<RefreshSummary>> {
	const {Worker} = await import('node:worker_threads');
	return new Promise((resolve, reject) => {
		// Its own output would land in the middle of the screen: the summary line says what matters.
		const worker = new Worker(file, {workerData: {context}, stdout: true, stderr: true});
		worker.stdout.resume();
		worker.stderr.resume();
		// Quitting does not wait for it: an interrupted refresh resumes next time (nothing is half-written).
		worker.unref();
		let settled = false;
		worker.on('message', (message: RefreshWorkerMessage) => {
			if (message.type === 'progress') progress(message.done, message.total, message.newItems);
			else {
				settled = true;
				resolve(message.outcome);
			}
		});
		worker.on('error', error => {
			settled = true;
			reject(error);
		});
		worker.on('exit', code => {
			if (!settled) reject(new Error(`the refresh stopped (exit code ${code})`));
		});
	});
}

/** The refresh's outcome as the one line the picker or the dashboard shows. */
export function refreshLine(outcome: Outcome<RefreshSummary>): string {
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
