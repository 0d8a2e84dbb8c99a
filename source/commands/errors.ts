import {plural} from '../model/labels.js';
import {formatProblem, type Problem} from '../model/problem.js';

// How a command ends early: bad usage (exit 2, with a hint) or problems with the data (exit 1). Raised
// by the commands and their checks, turned into text and an exit code only by main (cli-main.ts).

export class UsageError extends Error {}

export const usage = (message: string): never => {
	throw new UsageError(message);
};

/** However many there are (two large stories merged can disagree on every id), a screenful is listed. */
const shownProblems = 100;

/** Problems that end the run with exit 1: one on one line ("summit-tui: cannot import: URL: reason"), several under a heading with their count. */
export class ProblemsError extends Error {
	constructor(
		readonly action: string,
		readonly problems: Problem[],
		readonly total = problems.length,
	) {
		super(action);
	}

	format(): string {
		const [only] = this.problems;
		if (only && this.problems.length === 1 && this.total === 1 && !only.excerpt) return `summit-tui: ${this.action}: ${formatProblem(only)}\n`;
		const shown = this.problems.slice(0, shownProblems);
		return `summit-tui: ${this.action} (${problemCount(shown.length, Math.max(this.total, this.problems.length))}):\n${shown.map(problem => `  ${formatProblem(problem)}`).join('\n')}\n`;
	}
}

/** "3 problems", or "20 of 1,000,000 problems shown" when the list was cut. */
export function problemCount(shown: number, total = shown): string {
	return total > shown ? `${shown.toLocaleString('en-GB')} of ${plural(total, 'problem').replace(/^\d+/, total.toLocaleString('en-GB'))} shown` : plural(shown, 'problem');
}
