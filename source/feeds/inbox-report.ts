import {formatEventDate} from '../model/dates.js';
import {plural} from '../model/labels.js';
import {sanitiseText, terminalSafeJson} from '../model/sanitise.js';
import type {InboxGroup} from './inbox-groups.js';
import type {InboxView} from './inbox-actions.js';

// `summit-tui inbox` and `inbox show N` as text and JSON. Pure. Everything an article brought (titles,
// outlets, addresses) is untrusted text from the web: made safe for the terminal here, once.

/** "1–4 Jul 2031", "4 Jul 2031", or "no date". */
export function groupDates(group: InboxGroup): string {
	if (!group.from || !group.to) return 'no date';
	return group.from === group.to ? formatEventDate(group.from, 'day') : formatEventDate(group.from, 'range', group.to);
}

const outletsLine = (group: InboxGroup) => (group.outlets.length > 4 ? `${group.outlets.slice(0, 4).join(', ')} and ${group.outlets.length - 4} more` : group.outlets.join(', '));

export function formatInboxList(view: InboxView): string {
	if (view.groups.length === 0) return `The inbox is empty (${sanitiseText(view.folder)}).\n`;
	const width = String(view.groups.length).length;
	const lines = [`Inbox: ${plural(view.entries.size, 'article')} in ${plural(view.groups.length, 'group')} (${sanitiseText(view.folder)})`];
	for (const [index, group] of view.groups.entries()) {
		lines.push(`${String(index + 1).padStart(width)}  ${sanitiseText(group.title)}`);
		const pad = ' '.repeat(width + 2);
		lines.push(`${pad}${plural(group.members.length, 'article')} · ${groupDates(group)} · ${sanitiseText(outletsLine(group))}`);
		if (group.names.length > 0) lines.push(`${pad}${sanitiseText(group.names.join(', '))}`);
	}
	lines.push('', 'summit-tui inbox show N · inbox save N [--title T] · inbox add N --into STORY · inbox dismiss N');
	return `${lines.join('\n')}\n`;
}

export function formatInboxGroup(view: InboxView, group: InboxGroup, number: number, explain: boolean): string {
	const lines = [`${number}  ${sanitiseText(group.title)}`, `   ${plural(group.members.length, 'article')} · ${groupDates(group)} · ${sanitiseText(outletsLine(group))}`];
	if (group.names.length > 0) lines.push(`   names: ${sanitiseText(group.names.join(', '))}`);
	lines.push('');
	for (const id of group.members) {
		const article = view.entries.get(id)!.story.articles[0]!;
		lines.push(`  - ${article.published ? formatEventDate(article.published, 'day') : 'no date'} · ${sanitiseText(article.outlet)} · ${sanitiseText(article.title)}`);
		lines.push(`    ${sanitiseText(article.url ?? view.entries.get(id)!.file)}`);
		const reason = explain ? group.reasons.find(one => one.id === id) : undefined;
		if (explain) lines.push(reason ? `    joined with score ${reason.score}: ${sanitiseText(reason.signals.join('; '))}` : '    first of the group');
	}
	return `${lines.join('\n')}\n`;
}

/** The groups for scripts: numbers, keys, titles, outlets, dates and each article. */
export function inboxJson(view: InboxView, groups: readonly InboxGroup[] = view.groups): string {
	const value = {
		folder: view.folder,
		groups: groups.map(group => ({
			number: view.groups.indexOf(group) + 1,
			key: group.key,
			title: group.title,
			outlets: group.outlets,
			from: group.from ?? null,
			to: group.to ?? null,
			names: group.names,
			articles: group.members.map(id => {
				const entry = view.entries.get(id)!;
				const article = entry.story.articles[0]!;
				return {id, title: article.title, outlet: article.outlet, published: article.published ?? null, url: article.url ?? null, file: entry.file};
			}),
		})),
	};
	return `${terminalSafeJson(JSON.stringify(value, null, 2))}\n`;
}
