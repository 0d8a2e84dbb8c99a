import {plural} from './labels.js';
import {sanitiseText} from './sanitise.js';

/** One thing wrong with an input file: where it is and what is wrong. Errors are values in the core. */
export type Problem = {
	file: string;
	/** "line 3, column 7" for syntax, "$.events[2].date" for content; absent for whole-file problems. */
	where?: string;
	message: string;
	/** For syntax errors: the offending line (cut around the spot) and a caret under it. */
	excerpt?: [line: string, caret: string];
};

/** One line per problem. File names and messages may echo untrusted text, so the line is sanitised. */
export function formatProblem(problem: Problem): string {
	const line = sanitiseText(problem.where ? `${problem.file}: ${problem.where}: ${problem.message}` : `${problem.file}: ${problem.message}`);
	if (!problem.excerpt) return line;
	return `${line}\n    ${sanitiseText(problem.excerpt[0])}\n    ${problem.excerpt[1]}`;
}

/** Renders a path from a validator (["events", 2, "date"]) as a JSON path ($.events[2].date). */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
	let result = '$';
	for (const key of path) {
		if (typeof key === 'number') result += `[${key}]`;
		else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) result += `.${key}`;
		else result += `[${JSON.stringify(String(key))}]`;
	}
	return result;
}

/** "3 problems", or "20 of 1,000,000 problems shown" when the list was cut. */
export function problemCount(shown: number, total = shown): string {
	return total > shown ? `${shown.toLocaleString('en-GB')} of ${plural(total, 'problem').replace(/^\d+/, total.toLocaleString('en-GB'))} shown` : plural(shown, 'problem');
}

/** However many there are (two large stories merged can disagree on every id), a screenful is listed. */
const shownProblems = 100;

/**
 * The one heading over problems that end a command: "summit-tui: ACTION: problem" for one, else
 * "summit-tui: ACTION (N problems):" and one a line. The action is a phrase ("cannot open the library");
 * punctuation a caller left at its end is dropped, so that the colon and the count are never doubled.
 */
export function formatProblemsReport(action: string, problems: Problem[], total = problems.length): string {
	const heading = sanitiseText(action).replace(/[\s:]+$/, '');
	const [only] = problems;
	if (only && problems.length === 1 && total <= 1 && !only.excerpt) return `summit-tui: ${heading}: ${formatProblem(only)}\n`;
	const shown = problems.slice(0, shownProblems);
	return `summit-tui: ${heading} (${problemCount(shown.length, Math.max(total, problems.length))}):\n${shown.map(problem => `  ${formatProblem(problem)}`).join('\n')}\n`;
}
