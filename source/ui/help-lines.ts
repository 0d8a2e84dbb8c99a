import {keyLabel, keysOf, keyTable, type KeyTableEntry} from './keys.js';
import {fitCells, padText, type Cell} from './text-fit.js';

// The help overlay, generated from the key table the input handling uses, so it cannot go stale.

const categories: Array<KeyTableEntry['category']> = ['Panes', 'Moving', 'Detail', 'Search', 'General'];

export function helpLines(width: number): Cell[][] {
	const entries = keyTable.map(entry => ({entry, keys: keysOf(entry).map(keyLabel).join(', ')}));
	const keyWidth = Math.min(22, Math.max(...entries.map(({keys}) => keys.length)) + 2);
	const lines: Cell[][] = [];
	for (const category of categories) {
		if (lines.length > 0) lines.push([]);
		lines.push([{text: category, bold: true, tone: 'heading'}]);
		for (const {entry, keys} of entries.filter(each => each.entry.category === category)) {
			lines.push(fitCells([{text: `  ${padText(keys, keyWidth)}`, tone: 'accent'}, {text: entry.description}], width));
		}
	}
	lines.push([], fitCells([{text: 'Markers: ◉ focused pane · ▸ selection · ● happened ○ expected ◆ historical · ≠ outlets differ', tone: 'muted'}], width));
	return lines;
}
