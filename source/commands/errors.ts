import {formatProblemsReport, type Problem} from '../model/problem.js';

// How a command ends early: bad usage (exit 2, with a hint) or problems with the data (exit 1). Raised
// by the commands and their checks, turned into text and an exit code only by main (cli-main.ts).

export class UsageError extends Error {}

export const usage = (message: string): never => {
	throw new UsageError(message);
};

/** Problems that end the run with exit 1: one on one line ("summit-tui: cannot import: URL: reason"), several under a heading with their count (model/problem.ts formats both). */
export class ProblemsError extends Error {
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
