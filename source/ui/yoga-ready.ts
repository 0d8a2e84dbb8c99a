import {loadYoga} from 'yoga-layout/load';

// yoga-layout's own entry awaits its WebAssembly at the top level, which a script (the dashboard's
// CommonJS bundle, see source/build.mjs) cannot. The build points Ink's `yoga-layout` here instead:
// the same object, filled in by readyYoga() before the first render (Ink only reads it while drawing).

const Yoga = {} as Awaited<ReturnType<typeof loadYoga>>;
export default Yoga;

/** A compiled WebAssembly module (the project's type libraries do not declare WebAssembly's). */
export type WasmModule = object;
type WasmInstance = object;
const {Instance} = (globalThis as unknown as {WebAssembly: {Instance: new (module: WasmModule, imports: object) => WasmInstance}}).WebAssembly;

/** Emscripten's loader of yoga's module, as yoga-layout/load calls it, with the hook it offers for instantiating. */
type EmscriptenLoader = (module: {instantiateWasm: (imports: object, receive: (instance: WasmInstance, module: WasmModule) => void) => object}) => Promise<unknown>;

/**
 * Loads yoga's WebAssembly once; the dashboard's start awaits it before Ink draws. `compiled`: yoga's
 * module compiled by the entry while it loaded this script (source/cli.tsx: V8 compiles WebAssembly
 * on other threads), so that only instantiating is left here; without it, or if that failed, yoga's
 * own loader decodes and compiles the copy embedded in it.
 */
export async function readyYoga(compiled?: Promise<WasmModule | undefined>): Promise<void> {
	if ('Node' in Yoga) return;
	const module = await compiled;
	if (module === undefined) {
		Object.assign(Yoga, await loadYoga());
		return;
	}
	const [{default: loadYogaImpl}, {default: wrapAssembly}] = await Promise.all([
		// @ts-expect-error Emscripten's output has no declarations; its loader's type is EmscriptenLoader.
		import('../../node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js') as Promise<{default: EmscriptenLoader}>,
		import('../../node_modules/yoga-layout/dist/src/wrapAssembly.js'),
	]);
	const assembly = await loadYogaImpl({
		instantiateWasm(imports, receive) {
			receive(new Instance(module, imports), module);
			return {};
		},
	});
	Object.assign(Yoga, wrapAssembly(assembly));
}
