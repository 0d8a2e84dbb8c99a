import {describe, expect, it} from 'vitest';
import {helpLines} from '../../source/ui/help-lines.js';
import {commandFor, footerHints, keysOf, keyTable, type Context} from '../../source/ui/keys.js';
import {computeLayout} from '../../source/ui/layout.js';
import {listPanes, numberedPanes, paneOrder, panes} from '../../source/ui/panes/pane-list.js';

// The dashboard is made from the list of panes: these tests would fail if a pane declared in
// panes/pane-list.ts were missing from the layout, the number keys, the footer, the help or the key table.

describe('the list of panes', () => {
	it('gives every numbered pane its number key, in order, and the footer counts them', () => {
		numberedPanes.forEach((pane, index) => expect(commandFor({name: String(index + 1)}, 'list')).toBe(`focusPane${index + 1}`));
		expect(commandFor({name: String(numberedPanes.length + 1)}, 'list')).toBeUndefined();
		expect(footerHints('list').map(hint => hint.label)).toContain(`1-${numberedPanes.length} panes`);
		expect(paneOrder).toEqual(panes.map(pane => pane.id));
	});

	it('names every numbered pane in the help', () => {
		const text = helpLines(200).map(line => line.map(cell => cell.text).join('')).join('\n');
		for (const pane of panes) if (pane.kind === 'list' || pane.numbered) expect(text).toContain(`${pane.helpTitle} pane`);
	});

	it('puts every list pane in exactly one column at every size', () => {
		for (const [columns, rows] of [[150, 40], [100, 30], [60, 20]] as const) {
			const layout = computeLayout(columns, rows);
			if (layout.tooSmall) throw new Error('too small');
			expect(layout.columns.flatMap(column => column.panes).sort()).toEqual([...listPanes].sort());
		}
	});

	it('puts each pane’s own keys in the one key table, where no key means two things on that pane', () => {
		for (const pane of panes) {
			if (pane.kind !== 'whole') continue;
			for (const command of Object.keys(pane.keys)) expect(keyTable.some(entry => entry.command === command), command).toBe(true);
		}
		for (const context of ['map', 'search'] satisfies Context[]) {
			const seen = new Map<string, string>();
			for (const entry of keyTable) {
				for (const stroke of keysOf(entry, context)) {
					const id = JSON.stringify([stroke.name, Boolean(stroke.ctrl), Boolean(stroke.shift), Boolean(stroke.meta)]);
					expect(seen.get(id), `${context}: ${id} means ${seen.get(id)} and ${entry.command}`).toBeUndefined();
					seen.set(id, entry.command);
				}
			}
		}
	});
});
