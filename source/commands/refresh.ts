import type {Command} from './command.js';
import {usage} from './errors.js';

// `summit-tui refresh`: every feed fetched, its new articles imported and put in their stories or the
// inbox (source/feeds/). On a terminal, a progress line on stderr; the summary on stdout; exit 1 when a
// feed or an article failed (each named on its line), after all the others were done.

export const refreshCommand: Command = {
	name: 'refresh',
	summary: 'fetch every feed followed and bring their new articles into the stories (or the inbox)',
	usage: ['[--explain]'],
	flags: ['data', 'library', 'maxSize', 'timeout', 'explain', 'verbose'],
	prints: 'prints what came in: per story, the inbox, and one line per feed or article that failed',
	async run(context, args) {
		if (args.length > 0) usage(`refresh takes no arguments (it refreshes every feed; summit-tui feeds list shows them), not "${args[0]}"`);
		const {stateFolder} = await import('../library/library-folders.js');
		const {runRefresh} = await import('../feeds/refresh-cli.js');
		const {formatSummary, progressLine} = await import('../feeds/refresh-summary.js');
		const stderr = context.io.stderr;
		const terminal = stderr.isTTY === true;
		let shown = '';
		// Redrawn when it changes (a feed done, an article in): a few hundred short writes at most.
		const progress = terminal
			? (done: number, total: number, newItems: number) => {
					const line = progressLine(done, total, newItems);
					if (line === shown) return;
					shown = line;
					stderr.write(`\r\u001B[2K${line}`);
				}
			: undefined;
		const outcome = await runRefresh({
			...context.library,
			stateFolder: stateFolder(context.io.env),
			timeoutMs: context.timeoutMs,
			...(context.flags.maxSize === undefined ? {} : {maxArticleBytes: context.maxBytes, maxFeedBytes: context.maxBytes}),
			explain: context.flags.explain,
			verbose: context.flags.verbose,
			progress,
		});
		if (terminal) stderr.write('\r\u001B[2K');
		const summary = context.settle(outcome);
		if (summary.feeds === 0) {
			context.io.stdout.write('no feeds to refresh; follow one with: summit-tui feeds add URL [--story ID]\n');
			return 0;
		}
		if (summary.explanations.length > 0) stderr.write(`${summary.explanations.join('\n')}\n`);
		context.io.stdout.write(formatSummary(summary));
		return summary.failures.length > 0 ? 1 : 0;
	},
};
