import * as chrono from 'chrono-node';
import type {Chrono, Parser, ParsingContext} from 'chrono-node';

// chrono-node's "3 days ago" and "two weeks later" patterns (its English time-unit parsers) are a run of
// up to eleven "number unit" pairs, `(…){0,10}`, followed by more pattern ("ago", "later"). V8 runs a
// pattern interpreted the first time and compiles it to machine code the second; for these two, that
// compilation took about 80 ms of CPU each (at load 15), twice the rest of chrono's first parses together,
// in every `ingest` process (npm run bench). An empty lookahead after the run, `(?=)`, which holds at
// every position and captures nothing, so that every match, index and group stays the same, cuts that
// compilation to 2–3 ms (V8 stops its look-ahead analysis at a lookaround).

/** Where the counted run of time units closes, and not before a quantifier (which would then apply to the lookahead). */
const repeatedUnitsEnd = /\)\{0,10\}\)(?![?*+{])/gu;

/** The same pattern with an empty lookahead after each closed run of time units; the pattern itself when it has none. */
export function quickerToCompile(pattern: RegExp): RegExp {
	repeatedUnitsEnd.lastIndex = 0;
	if (!repeatedUnitsEnd.test(pattern.source)) return pattern;
	return new RegExp(pattern.source.replace(repeatedUnitsEnd, '$&(?=)'), pattern.flags);
}

type WithInnerPattern = Parser & {innerPattern?: (context: ParsingContext) => RegExp};
const patched = new WeakSet<object>();

/**
 * Each of the chrono's parsers that builds its pattern from an inner one (chrono's word-boundary parsers)
 * gets the quicker-to-compile form of it. The same inner pattern gives the same object each time, as
 * chrono expects (it rebuilds its pattern when the inner one changes). Once per parser.
 */
export function compileChronoQuicker<T extends Pick<Chrono, 'parsers'>>(instance: T): T {
	for (const parser of instance.parsers as WithInnerPattern[]) {
		const original = parser.innerPattern;
		if (typeof original !== 'function' || patched.has(parser)) continue;
		patched.add(parser);
		// The last inner pattern and its quicker form: a parser that makes a new pattern per call still does.
		let last: RegExp | undefined;
		let quicker: RegExp | undefined;
		parser.innerPattern = function (this: WithInnerPattern, context: ParsingContext): RegExp {
			const pattern = original.call(this, context);
			if (pattern !== last || quicker === undefined) {
				last = pattern;
				quicker = quickerToCompile(pattern);
			}
			return quicker;
		};
	}
	return instance;
}

/** chrono's casual parser (what `chrono.parse` uses), patched once for every module that reads dates. */
export const quickChrono = compileChronoQuicker(chrono.casual);
