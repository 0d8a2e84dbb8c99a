import {keyLabel, keysOf, keyTable, type KeyCategory, type KeyTableEntry} from './keys.js';
import {padText, type Cell} from '../text/text-fit.js';
import {wrapCells} from '../text/wrap-cells.js';

// The help overlay, generated from the key table the input handling uses, so it cannot go stale.
// Descriptions wrap under their own column rather than being cut.

const categories: KeyCategory[] = ['Panes', 'Moving', 'Map', 'Detail and reader', 'Search', 'Search line', 'General', 'Story picker'];

/** `table`: the keys actually bound (the config's table when it rebinds some). */
export function helpLines(width: number, table: readonly KeyTableEntry[] = keyTable): Cell[][] {
	const entries = table.map(entry => ({entry, keys: keysOf(entry).map(keyLabel).join(', ')}));
	const keyWidth = Math.min(22, Math.max(...entries.map(({keys}) => keys.length)) + 2, Math.floor(width / 3));
	const lines: Cell[][] = [];
	for (const category of categories) {
		if (lines.length > 0) lines.push([]);
		lines.push([{text: category, bold: true, tone: 'heading'}]);
		for (const {entry, keys} of entries.filter(each => each.entry.category === category)) {
			const keyLines = wrapCells([{text: keys}], keyWidth - 1);
			const descriptionLines = wrapCells([{text: entry.description}], Math.max(8, width - keyWidth - 2));
			for (let index = 0; index < Math.max(keyLines.length, descriptionLines.length); index++) {
				const keyText = (keyLines[index] ?? []).map(cell => cell.text).join('');
				lines.push([{text: `  ${padText(keyText, keyWidth)}`, tone: 'accent'}, ...(descriptionLines[index] ?? [])]);
			}
		}
	}
	lines.push([], ...wrapCells([{text: 'Markers: ◉ focused pane (on the map: the chosen place) · ▸ selection or chosen link · » a line that matches the search · ┃ the cited paragraph · ● happened ○ expected ◆ historical · ≠ outlets differ', tone: 'muted'}], width));
	return lines;
}
