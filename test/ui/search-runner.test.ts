import {describe, expect, it} from 'vitest';
import {runUntil} from '../../source/ui/use-search-runner.js';

// A typed character's search runs in the key's own turn until a time; what is left runs after the frame
// that shows the character.
function* counted(steps: number, done: string[]): Generator<void, string> {
	for (let step = 0; step < steps; step++) {
		done.push(`step ${step}`);
		yield;
	}
	return 'hits';
}

describe('running a search until a time', () => {
	it('gives the result of a search that ends in time', () => {
		let now = 0;
		const done: string[] = [];
		expect(runUntil(counted(3, done), 10, () => now++)).toBe('hits');
		expect(done).toHaveLength(3);
	});

	it('stops a longer one at the time, and goes on from where it stopped', () => {
		let now = 0;
		const done: string[] = [];
		const steps = counted(5, done);
		expect(runUntil(steps, 2, () => now++)).toBeUndefined();
		expect(done).toEqual(['step 0', 'step 1']);
		expect(runUntil(steps, Number.POSITIVE_INFINITY)).toBe('hits');
		expect(done).toHaveLength(5);
	});

	it('runs no step when the time has already passed (a budget no search meets)', () => {
		const done: string[] = [];
		expect(runUntil(counted(1, done), -1, () => 0)).toBeUndefined();
		expect(done).toEqual([]);
	});
});
