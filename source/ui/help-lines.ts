import {keyLabel, keysOf, keyTable, type Context, type KeyCategory, type KeyTableEntry} from './keys.js';
import {sameKey} from './key-rows.js';
import {padText, type Cell} from '../text/text-fit.js';
import {wrapCells} from '../text/wrap-cells.js';

// The help overlay, generated from the key table the input handling uses, so it cannot go stale.
// Descriptions wrap under their own column rather than being cut.

const categories: KeyCategory[] = ['Panes', 'Moving', 'Map', 'Detail and reader', 'Search', 'Search line', 'General', 'Story picker', 'Inbox'];

/** Where the dashboard's keys work: its help lists these, the picker's keys have a help of their own. */
const dashboardContexts: readonly Context[] = ['list', 'map', 'detail', 'find', 'search', 'help'];

/**
 * `table`: the keys actually bound (the config's table when it rebinds some). `contexts`: the commands,
 * and their keys, that work there: the dashboard's by default, the story picker's for its help (which
 * has no markers line).
 */
export function helpLines(width: number, table: readonly KeyTableEntry[] = keyTable, contexts: readonly Context[] = dashboardContexts): Cell[][] {
	const keysIn = (entry: KeyTableEntry) => contexts.flatMap(context => keysOf(entry, context)).filter((stroke, index, all) => all.findIndex(other => sameKey(other, stroke)) === index);
	const entries = table.map(entry => ({entry, keys: keysIn(entry).map(keyLabel).join(', ')})).filter(({keys}) => keys !== '');
	const keyWidth = Math.min(22, Math.max(...entries.map(({keys}) => keys.length)) + 2, Math.floor(width / 3));
	const lines: Cell[][] = [];
	for (const category of categories) {
		const shown = entries.filter(each => each.entry.category === category);
		if (shown.length === 0) continue;
		if (lines.length > 0) lines.push([]);
		lines.push([{text: category, bold: true, tone: 'heading'}]);
		for (const {entry, keys} of shown) {
			const keyLines = wrapCells([{text: keys}], keyWidth - 1);
			const descriptionLines = wrapCells([{text: entry.description}], Math.max(8, width - keyWidth - 2));
			for (let index = 0; index < Math.max(keyLines.length, descriptionLines.length); index++) {
				const keyText = (keyLines[index] ?? []).map(cell => cell.text).join('');
				lines.push([{text: `  ${padText(keyText, keyWidth)}`, tone: 'accent'}, ...(descriptionLines[index] ?? [])]);
			}
		}
	}
	if (contexts !== dashboardContexts) return lines;
	lines.push([], ...wrapCells([{text: 'Markers: ◉ focused pane (on the map: the chosen place) · ▸ selection or chosen link · » a line that matches the search · ┃ the cited paragraph · ● happened ○ expected ◆ historical · ≠ outlets differ', tone: 'muted'}], width));
	return lines;
}
