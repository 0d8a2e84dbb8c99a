import {describe, expect, it} from 'vitest';
import {keptPerKey} from '../../source/text/kept-per-key.js';

describe('answers kept per key', () => {
	it('asks once per key, an undefined answer included, and starts afresh past its limit', () => {
		const asked: string[] = [];
		const lookUp = keptPerKey((key: string) => {
			asked.push(key);
			return key.startsWith('x') ? undefined : key.length;
		}, 3);
		expect([lookUp('ab'), lookUp('ab'), lookUp('xy'), lookUp('xy')]).toEqual([2, 2, undefined, undefined]);
		expect(asked).toEqual(['ab', 'xy']);
		lookUp('c');
		lookUp('d');
		lookUp('ab');
		expect(asked).toEqual(['ab', 'xy', 'c', 'd', 'ab']);
	});
});
