import {describe, expect, it} from 'vitest';
// @ts-expect-error: a build script (a plain ES module without types)
import {yogaWasm} from '../../source/build-plugins.mjs';
import Yoga, {readyYoga} from '../../source/ui/yoga-ready.js';

// The dashboard's script gets yoga's WebAssembly compiled by the entry while the script loads
// (source/cli.tsx, dist/yoga.wasm written by the build); yoga must lay out as from its own loader.

const {WebAssembly} = globalThis as unknown as {WebAssembly: {compile(bytes: Uint8Array): Promise<object>}};

describe('yoga from a module compiled beforehand', () => {
	it('lays out boxes', async () => {
		const root = new URL('../../', import.meta.url).pathname;
		await readyYoga(WebAssembly.compile(yogaWasm(root)));
		const parent = Yoga.Node.create();
		parent.setWidth(120);
		parent.setFlexDirection(Yoga.FLEX_DIRECTION_ROW);
		const left = Yoga.Node.create();
		left.setFlexGrow(1);
		const right = Yoga.Node.create();
		right.setWidth(20);
		parent.insertChild(left, 0);
		parent.insertChild(right, 1);
		parent.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
		expect([left.getComputedWidth(), right.getComputedLeft()]).toEqual([100, 100]);
		parent.freeRecursive();
	});
});
