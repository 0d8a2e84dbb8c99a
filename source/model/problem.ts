/** One thing wrong with an input file: where it is and what is wrong. Errors are values in the core. */
export type Problem = {
	file: string;
	/** "line 3, column 7" for syntax, "$.events[2].date" for content; absent for whole-file problems. */
	where?: string;
	message: string;
};

export function formatProblem(problem: Problem): string {
	return problem.where ? `${problem.file}: ${problem.where}: ${problem.message}` : `${problem.file}: ${problem.message}`;
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
