import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {importInterruptBudget, importTiering, mayRaiseBudget, v8DefaultInterruptBudget} from '../source/import-tiering.js';

// The importer runs with V8's interrupt budget raised (source/import-tiering.ts): only while it loads and
// reads, V8's own restored after, also when an import fails, so that what the process does next (a
// dashboard) runs as it did before.

const raised = `--interrupt-budget=${importInterruptBudget}`;
const restored = `--interrupt-budget=${v8DefaultInterruptBudget}`;

function recorder() {
	const set: string[] = [];
	return {set, tiering: importTiering(flags => set.push(flags))};
}

describe("the importer's V8 tiering", () => {
	it('raises the budget for the work and restores it after, whether the work returns, resolves, throws or rejects', async () => {
		const {set, tiering} = recorder();
		expect(tiering.during(() => set.length)).toBe(1);
		expect(set).toEqual([raised, restored]);

		let resolve!: (value: string) => void;
		const pending = tiering.during(() => new Promise<string>(done => (resolve = done)));
		expect(set).toEqual([raised, restored, raised]);
		resolve('story');
		await expect(pending).resolves.toBe('story');
		expect(set).toEqual([raised, restored, raised, restored]);

		expect(() =>
			tiering.during(() => {
				throw new Error('unreadable');
			}),
		).toThrow('unreadable');
		await expect(tiering.during(async () => Promise.reject(new Error('too large')))).rejects.toThrow('too large');
		expect(set.slice(4)).toEqual([raised, restored, raised, restored]);
	});

	it('restores the budget once, when the last of overlapping imports ends', async () => {
		const {set, tiering} = recorder();
		let first!: () => void;
		const one = tiering.during(() => new Promise<void>(done => (first = done)));
		const two = tiering.during(async () => 'second');
		await two;
		expect(set).toEqual([raised]);
		first();
		await one;
		expect(set).toEqual([raised, restored]);
	});

	it("runs only the importer's functions named with the budget raised, with their own this and values", async () => {
		const {set, tiering} = recorder();
		const importer = {
			limit: 5,
			async ingestInputs(this: {limit: number}, words: number) {
				return {words, limit: this.limit, during: set.at(-1)};
			},
			localDay: (date: string) => date.slice(0, 10),
		};
		const wrapped = tiering.wrap(importer, ['ingestInputs']);
		expect(await wrapped.ingestInputs(1000)).toEqual({words: 1000, limit: 5, during: raised});
		expect(wrapped.localDay('2026-12-07T10:00')).toBe('2026-12-07');
		expect(wrapped.limit).toBe(5);
		expect(set).toEqual([raised, restored]);
	});

	it('leaves the budget alone on another V8 and when the user set it', () => {
		expect(mayRaiseBudget('11.3.244.8-node.38', [], undefined)).toBe(true);
		expect(mayRaiseBudget('11.3.244.8-node.38', ['--interrupt-budget=5000'], undefined)).toBe(false);
		expect(mayRaiseBudget('11.3.244.8-node.38', [], '--max-old-space-size=4096 --interrupt_budget=5000')).toBe(false);
		expect(mayRaiseBudget('12.4.254.21-node.33', [], undefined)).toBe(false);
	});

	it("restores V8's own default of the Node it runs on", () => {
		if (!mayRaiseBudget(process.versions.v8, [], undefined)) return;
		const options = execFileSync(process.execPath, ['--v8-options'], {encoding: 'utf8'});
		expect(options).toMatch(new RegExp(`default: --interrupt-budget=${v8DefaultInterruptBudget}\\n`, 'u'));
	});
});
