import {describe, expect, it} from 'vitest';
import {afterAnsweringFrame, createFrameClock, type Timers} from '../../source/ui/frame-clock.js';

/** Timers run by hand: what is due, in order, when the test says so. */
function manualTimers() {
	let now = 0;
	let next = 0;
	const due = new Map<number, {at: number; callback: () => void}>();
	const timers: Timers = {
		setTimeout: (callback, ms) => (due.set(++next, {at: now + ms, callback}), next),
		clearTimeout: handle => void due.delete(handle as number),
		setImmediate: callback => (due.set(++next, {at: now, callback}), next),
		clearImmediate: handle => void due.delete(handle as number),
	};
	// Runs everything due by then, including what those callbacks schedule for now.
	const advance = (ms: number) => {
		now += ms;
		for (;;) {
			const first = [...due].filter(([, timer]) => timer.at <= now).sort((a, b) => a[1].at - b[1].at)[0];
			if (!first) return;
			due.delete(first[0]);
			first[1].callback();
		}
	};
	return {timers, advance, now: () => now};
}

describe('running a search just after the frame that answers its key', () => {
	it('runs on the next turn when the frame was written after the key', () => {
		const {timers, advance, now} = manualTimers();
		const clock = createFrameClock(now);
		const ran: string[] = [];
		advance(10);
		clock.written();
		afterAnsweringFrame(clock, 9, () => ran.push('search'), {timers});
		expect(ran).toEqual([]);
		advance(0);
		expect(ran).toEqual(['search']);
	});

	it('waits for the frame Ink holds back (drawn less than 4 ms before), not for a fixed time', () => {
		const {timers, advance, now} = manualTimers();
		const clock = createFrameClock(now);
		const ran: number[] = [];
		advance(10);
		clock.written();
		afterAnsweringFrame(clock, 11, () => ran.push(now()), {timers, fallbackMs: 6});
		advance(2);
		expect(ran).toEqual([]);
		clock.written();
		advance(0);
		expect(ran).toEqual([12]);
		// Once only, though the fallback time passes and more frames come.
		clock.written();
		advance(10);
		expect(ran).toEqual([12]);
	});

	it('runs after the fallback when the key changed nothing on screen', () => {
		const {timers, advance, now} = manualTimers();
		const clock = createFrameClock(now);
		const ran: number[] = [];
		advance(10);
		afterAnsweringFrame(clock, 10, () => ran.push(now()), {timers, fallbackMs: 6});
		advance(5);
		expect(ran).toEqual([]);
		advance(1);
		expect(ran).toEqual([16]);
	});

	it('runs nothing once cancelled by a newer key, whichever way it was waiting', () => {
		const {timers, advance, now} = manualTimers();
		const clock = createFrameClock(now);
		const ran: string[] = [];
		advance(10);
		clock.written();
		const soon = afterAnsweringFrame(clock, 5, () => ran.push('older, frame written'), {timers});
		const waiting = afterAnsweringFrame(clock, 11, () => ran.push('older, frame pending'), {timers});
		soon();
		waiting();
		clock.written();
		advance(20);
		expect(ran).toEqual([]);
	});
});
