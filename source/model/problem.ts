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
