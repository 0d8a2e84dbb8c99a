import {parse as parseJsonc, printParseErrorCode, type ParseError} from 'jsonc-parser';
import {checkReferences} from './check-references.js';
import {excerptWithCaret, lineStarts, locate} from './text-position.js';

export {excerptWithCaret, lineAndColumn} from './text-position.js';
import {normaliseStory} from './normalise.js';
import type {LoadResult} from './load-result.js';
import {jsonPath, type Problem} from './problem.js';
import {decodeText, describeUndecodable, readStoryBytes, type ReadOptions} from './read-stories.js';
import {reservedKeys, sanitiseJson} from './sanitise.js';
import {storySchema, supportedSchemaVersion} from './schema.js';

export type {LoadResult} from './load-result.js';

/** A broken file can hold millions of errors; past these many only the count goes on. */
export const shownSyntaxErrors = 20;
export const shownContentProblems = 100;


/** Stories nest about six levels deep; far deeper is a broken or hostile file. */
export const maxNestingDepth = 64;

const syntaxMessages: Record<string, string> = {
	InvalidSymbol: 'unexpected character',
	InvalidNumberFormat: 'malformed number',
	PropertyNameExpected: 'expected a property name in double quotes',
	ValueExpected: 'expected a value',
	ColonExpected: 'expected ":" after the property name',
	CommaExpected: 'expected "," between items',
	CloseBraceExpected: 'expected "}" to close the object',
	CloseBracketExpected: 'expected "]" to close the array',
	EndOfFileExpected: 'unexpected text after the end of the JSON value',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'comments are not allowed in JSON',
	UnexpectedEndOfString: 'unterminated string',
	UnexpectedEndOfNumber: 'malformed number',
	InvalidUnicode: 'invalid \\u escape',
	InvalidEscapeCharacter: 'invalid escape character',
	InvalidCharacter: 'control character inside a string',
};

/** Whether any non-space character follows the offset (a sticky search: no copy of the rest). */
function hasTextFrom(text: string, offset: number): boolean {
	const nonSpace = /\S/g;
	nonSpace.lastIndex = offset;
	return nonSpace.test(text);
}

function syntaxProblem(text: string, file: string, error: ParseError, starts: number[]): Problem {
	const {line, column} = locate(starts, error.offset);
	const code = printParseErrorCode(error.error);
	const problem = {file, where: `line ${line}, column ${column}`, message: `malformed JSON: ${syntaxMessages[code] ?? code}`};
	if (hasTextFrom(text, error.offset)) return {...problem, excerpt: excerptWithCaret(text, line, column, starts)};
	// At the end of the file the error line is blank: show the last line with text, caret after it.
	const end = text.trimEnd().length;
	const last = locate(starts, end);
	return {...problem, where: `${problem.where} (end of file)`, excerpt: excerptWithCaret(text, last.line, last.column, starts)};
}

function describeType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return `a ${typeof value}`;
}

/** A schemaVersion as the file wrote it; JSON.stringify would call 1e400 (Infinity) "null". */
function describeVersion(version: unknown): string {
	if (typeof version === 'number' && !Number.isFinite(version)) return '(a number too large to represent)';
	const text = JSON.stringify(version) ?? String(version);
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Parses and validates one story file's text. Pure: no I/O, never throws. */
export function parseStoryText(text: string, file: string): LoadResult {
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (source.trim() === '') return {problems: [{file, message: 'file is empty (expected a story as JSON)'}]};

	const errors: ParseError[] = [];
	let raw: unknown;
	try {
		// The native parser is several times faster; the JS parser runs only to say where an error is.
		raw = JSON.parse(source);
	} catch {
		try {
			raw = parseJsonc(source, errors, {allowTrailingComma: false, disallowComments: true, allowEmptyContent: false});
		} catch {
			// The parser recurses; a pathological nesting depth exhausts the stack.
			return {problems: [{file, message: 'JSON is nested too deeply to read'}]};
		}
		if (errors.length === 0) return {problems: [{file, message: 'JSON is nested too deeply to read'}]};
	}
	if (errors.length > 0) {
		// The parser may report several errors at one spot; the first says it best. One pass with a set:
		// a file with a million errors must not take a million squared steps.
		const spots = new Set<number>();
		const firstAtEachSpot = errors.filter(error => !spots.has(error.offset) && spots.add(error.offset));
		const starts = lineStarts(source);
		const problems = firstAtEachSpot.slice(0, shownSyntaxErrors).map(error => syntaxProblem(source, file, error, starts));
		return {problems, problemsTotal: firstAtEachSpot.length};
	}
	return validateStoryValue(raw, file);
}

/**
 * Validates a story already in memory (the importer's, a merge's) as a file's would be, without writing
 * it out as text and reading it back. The value is sanitised in place: pass one nothing else holds.
 * `oneOff`: the only story this process validates (the importer's): zod's compiled parsers (JavaScript it
 * writes and compiles for each object schema on the first parse) cost more to make than they save on one
 * story, so the schema is read without them; the result is the same either way.
 */
export function validateStoryValue(value: unknown, file: string, options: {oneOff?: boolean} = {}): LoadResult {
	let raw = value;
	// Text from a file is untrusted: no escape sequences or control characters get past this point.
	// The same walk measures the nesting: stories nest about six levels; far deeper is broken or hostile.
	const sanitised = sanitiseJson(raw, maxNestingDepth);
	if (sanitised.depth > maxNestingDepth) {
		return {problems: [{file, message: `JSON is nested more than ${maxNestingDepth} levels deep; a story needs far fewer`}]};
	}
	raw = sanitised.value;
	if (sanitised.reservedKeyPaths.length > 0) {
		const problems = sanitised.reservedKeyPaths.map(path => {
			const key = String(path.at(-1));
			const message = reservedKeys.has(key) ? `a key named "${key}" is not allowed (it would change how the program reads the object)` : `two keys read "${key}" once invisible characters are removed`;
			return {file, where: jsonPath(path.slice(0, -1)), message};
		});
		return {problems: problems.slice(0, shownContentProblems), problemsTotal: problems.length};
	}

	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return {problems: [{file, where: '$', message: `expected a story object at the top level, found ${describeType(raw)}`}]};
	}
	const version = (raw as Record<string, unknown>)['schemaVersion'];
	if (version === undefined) {
		return {problems: [{file, where: '$.schemaVersion', message: `missing (expected ${supportedSchemaVersion})`}]};
	}
	if (version !== supportedSchemaVersion) {
		return {
			problems: [
				{
					file,
					where: '$.schemaVersion',
					message: `unknown schemaVersion ${describeVersion(version)}: this summit-tui reads schemaVersion ${supportedSchemaVersion}`,
				},
			],
		};
	}

	const parsed = storySchema.safeParse(raw, options.oneOff ? {jitless: true} : undefined);
	if (!parsed.success) {
		const {issues} = parsed.error;
		return {problems: issues.slice(0, shownContentProblems).map(issue => ({file, where: jsonPath(issue.path), message: issue.message})), problemsTotal: issues.length};
	}
	const problems = checkReferences(parsed.data, file);
	if (problems.length > 0) return {problems: problems.slice(0, shownContentProblems), problemsTotal: problems.length};
	return {story: normaliseStory(parsed.data), problems: []};
}

/** Reads one story file and validates it in full. Opens it read-only; never writes. */
export function readStoryFile(file: string, options: ReadOptions = {}): LoadResult {
	const {bytes, problems} = readStoryBytes(file, options);
	return bytes ? parseStoryBytes(bytes, file) : {problems};
}

/** Decodes and parses a story file's bytes. Pure: no I/O, never throws. */
export function parseStoryBytes(bytes: Uint8Array, file: string): LoadResult {
	const decoded = decodeText(bytes);
	if ('text' in decoded) return parseStoryText(decoded.text, file);
	return {problems: [{file, message: describeUndecodable(decoded, 'story')}]};
}

