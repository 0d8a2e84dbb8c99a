import {loadYoga} from 'yoga-layout/load';

// yoga-layout's own entry awaits its WebAssembly at the top level, which a script (the dashboard's
// CommonJS bundle, see source/build.mjs) cannot. The build points Ink's `yoga-layout` here instead:
// the same object, filled in by readyYoga() before the first render (Ink only reads it while drawing).

const Yoga = {} as Awaited<ReturnType<typeof loadYoga>>;
export default Yoga;

/** Loads yoga's WebAssembly once; the dashboard's start awaits it before Ink draws. */
export async function readyYoga(): Promise<void> {
	if (!('Node' in Yoga)) Object.assign(Yoga, await loadYoga());
}
