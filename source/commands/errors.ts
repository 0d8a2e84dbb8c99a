import {formatProblemsReport, type Problem} from '../model/problem.js';

// How a command ends early: bad usage (exit 2, with a hint) or problems with the data (exit 1). Raised
// by the commands and their checks, turned into text and an exit code only by main (cli-main.ts).

// The built program has more than one copy of this module (cli.js, and the commands' modules beside it:
// source/build.mjs), so an error is recognised by a brand that every copy shares, not by which copy's class made it.
const usageBrand = Symbol.for('summit-tui.UsageError');
const problemsBrand = Symbol.for('summit-tui.ProblemsError');
const branded = (value: unknown, brand: symbol): boolean => typeof value === 'object' && value !== null && brand in value;

export class UsageError extends Error {
	readonly [usageBrand] = true;

	static override [Symbol.hasInstance](value: unknown): boolean {
		return branded(value, usageBrand);
	}
}

export const usage = (message: string): never => {
	throw new UsageError(message);
};

/** Problems that end the run with exit 1: one on one line ("summit-tui: cannot import: URL: reason"), several under a heading with their count (model/problem.ts formats both). */
export class ProblemsError extends Error {
	readonly [problemsBrand] = true;

	static override [Symbol.hasInstance](value: unknown): boolean {
		return branded(value, problemsBrand);
	}

	constructor(
		readonly action: string,
		readonly problems: Problem[],
		readonly total = problems.length,
	) {
		super(action);
	}

	format(): string {
		return formatProblemsReport(this.action, this.problems, this.total);
	}
}
