import {plural} from '../model/labels.js';
import {sanitiseText} from '../model/sanitise.js';
import type {RefreshSummary} from './refresh-feeds.js';

// What a refresh says: on a terminal, one progress line rewritten in place (feeds done / total, new
// items); at the end, the summary, then one line per failure and per note. Feed text (titles, GUIDs)
// is the server's: every line is sanitised (escape sequences, bidi controls) before it is printed.

export function progressLine(done: number, total: number, newItems: number): string {
	return `refreshing feeds: ${done}/${total} · ${plural(newItems, 'new article')}`;
}

export function formatSummary(summary: RefreshSummary): string {
	const lines: string[] = [];
	const failedFeeds = summary.failures.filter(line => !line.includes(' (from ')).length;
	const head = [`${plural(summary.feeds, 'feed')} refreshed`, `${summary.unchanged} unchanged`];
	if (failedFeeds > 0) head.push(`${failedFeeds} failed`);
	lines.push(`${head.join(', ')}; ${plural(summary.newItems, 'new article')}`);
	for (const {title, count} of [...summary.intoStories.values()].sort((a, b) => b.count - a.count)) lines.push(`  + ${plural(count, 'article')} into "${title}"`);
	if (summary.inbox > 0) lines.push(`  + ${plural(summary.inbox, 'article')} to the inbox`);
	for (const failure of summary.failures) lines.push(`failed: ${failure}`);
	for (const note of summary.notes) lines.push(`note: ${note}`);
	return lines.map(line => sanitiseText(line)).join('\n') + '\n';
}
