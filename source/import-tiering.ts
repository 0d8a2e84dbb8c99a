// How V8 compiles the importer while it reads articles. V8 hands a function to its optimising compiler
// (TurboFan) once it has run an "interrupt budget" of bytecode, 66 KB by default. The importer is some
// 2 MB of code (compromise, chrono, the rules, the tagger) run over one article: with V8's budget,
// TurboFan compiled about 70 of its functions in one `ingest`, several to be thrown away again, for less
// than it cost (its compiles run on another thread, but count in the process's CPU all the same). With a
// budget of a million, only the really hot ones are optimised (8): the whole `ingest` of the bench's
// 1,000-word article took about a sixth less CPU, the import of a 10,000-word one 5.1 -> 4.3 s of CPU
// (test/bench/HISTORY.md, speed12). Set at run time (v8.setFlagsFromString), only while articles are
// read: V8 refuses a code cache made under other flags (the flags' hash is part of it), so the importer's
// script is compiled, and its cache kept, under V8's own flags, as are Node's own modules loaded outside
// an import. The budget is a number V8 reads each time it counts, so it can be set and restored at any
// time (a flag of the garbage collector set at run time crashed V8). Restored after, so that a dashboard
// started by the same process (`summit-tui article.txt`) runs as V8 would run it.

/** The budget while the importer runs (in bytes of bytecode, as V8 counts it). */
export const importInterruptBudget = 1_000_000;

/** V8's own default in Node 20 (V8 11.3); test/import-tiering.test.ts checks it against `node --v8-options`. */
export const v8DefaultInterruptBudget = 67_584;

type SetFlags = (flags: string) => void;

/**
 * Whether this process's budget may be raised: only on the V8 it was measured on (another V8 may have
 * another default to restore, or another name for it), and never when the user set it themselves.
 */
export function mayRaiseBudget(v8Version: string, execArgv: readonly string[], nodeOptions: string | undefined): boolean {
	if (!/^11\.3\./u.test(v8Version)) return false;
	return ![...execArgv, ...(nodeOptions ?? '').split(/\s+/u)].some(argument => /^--interrupt[-_]budget\b/u.test(argument));
}

export type ImportTiering = {
	/** Runs `work` with the budget raised (for nested or overlapping calls, until the last ends). */
	during<T>(work: () => T): T;
	/** The importer with the functions named run as by during(). */
	wrap<T extends object>(importer: T, names: ReadonlyArray<keyof T>): T;
};

/** The tiering of one process, through v8.setFlagsFromString (or a stand-in, for tests). */
export function importTiering(setFlags: SetFlags): ImportTiering {
	let running = 0;
	const raise = () => {
		if (running++ === 0) setFlags(`--interrupt-budget=${importInterruptBudget}`);
	};
	const lower = () => {
		if (--running === 0) setFlags(`--interrupt-budget=${v8DefaultInterruptBudget}`);
	};
	const during = <T>(work: () => T): T => {
		raise();
		let result: T;
		try {
			result = work();
		} catch (error) {
			lower();
			throw error;
		}
		if (result instanceof Promise) return result.finally(lower) as T;
		lower();
		return result;
	};
	return {
		during,
		wrap<T extends object>(importer: T, names: ReadonlyArray<keyof T>): T {
			const wrapped = {...importer};
			for (const name of names) {
				const original = importer[name];
				if (typeof original !== 'function') continue;
				wrapped[name] = ((...values: unknown[]) => during(() => (original as (...values: unknown[]) => unknown).apply(importer, values))) as T[typeof name];
			}
			return wrapped;
		},
	};
}

/** No change: where the budget may not be raised. */
export const untouchedTiering: ImportTiering = {during: work => work(), wrap: importer => importer};

/** This process's tiering; node:v8 is loaded only here (it costs milliseconds, and only imports need it). */
export async function processImportTiering(): Promise<ImportTiering> {
	if (!mayRaiseBudget(process.versions.v8, process.execArgv, process.env.NODE_OPTIONS)) return untouchedTiering;
	const {setFlagsFromString} = await import('node:v8');
	return importTiering(setFlagsFromString);
}
