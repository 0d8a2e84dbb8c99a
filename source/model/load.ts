import {Buffer} from 'node:buffer';
import {parse as parseJsonc, printParseErrorCode, type ParseError} from 'jsonc-parser';
import {checkReferences} from './check-references.js';
import {normaliseStory} from './normalise.js';
import {jsonPath, type Problem} from './problem.js';
import {notTextReason, readStoryBytes, type ReadOptions} from './read-stories.js';
import {sanitiseJson} from './sanitise.js';
import {storySchema, supportedSchemaVersion, type StoryFile} from './schema.js';

export type LoadResult = {story?: StoryFile; problems: Problem[]};


/** Stories nest about six levels deep; far deeper is a broken or hostile file. */
export const maxNestingDepth = 64;

/** Line and column (both from 1) of a character offset, for messages a person can act on. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
	let line = 1;
	let lineStart = 0;
	for (let index = 0; index < offset && index < text.length; index++) {
		if (text.charCodeAt(index) === 10) {
			line++;
			lineStart = index + 1;
		}
	}
	return {line, column: offset - lineStart + 1};
}

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

/** The line an error is on, cut to about 60 characters around the column, and a caret under the spot. */
export function excerptWithCaret(text: string, line: number, column: number): [string, string] {
	const content = text.split('\n')[line - 1] ?? '';
	const start = Math.max(0, Math.min(column - 1 - 30, content.length - 60));
	const shown = (start > 0 ? '…' : '') + content.slice(start, start + 60) + (start + 60 < content.length ? '…' : '');
	const caretAt = column - 1 - start + (start > 0 ? 1 : 0);
	// Tabs keep their width in the caret line so that the caret stays under the spot.
	const padding = Array.from(shown.slice(0, caretAt), character => (character === '\t' ? '\t' : ' ')).join('');
	return [shown, `${padding}^`];
}

function syntaxProblem(text: string, file: string, error: ParseError): Problem {
	const {line, column} = lineAndColumn(text, error.offset);
	const code = printParseErrorCode(error.error);
	const problem = {file, where: `line ${line}, column ${column}`, message: `malformed JSON: ${syntaxMessages[code] ?? code}`};
	if (text.slice(error.offset).trim() !== '') return {...problem, excerpt: excerptWithCaret(text, line, column)};
	// At the end of the file the error line is blank: show the last line with text, caret after it.
	const lines = text.trimEnd().split('\n');
	const last = lines.at(-1) ?? '';
	return {...problem, where: `${problem.where} (end of file)`, excerpt: excerptWithCaret(text, lines.length, last.length + 1)};
}

function describeType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return `a ${typeof value}`;
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
		// The parser may report several errors at one spot; the first says it best.
		const firstAtEachSpot = errors.filter((error, index) => errors.findIndex(other => other.offset === error.offset) === index);
		return {problems: firstAtEachSpot.slice(0, 20).map(error => syntaxProblem(source, file, error))};
	}
	// Text from a file is untrusted: no escape sequences or control characters get past this point.
	// The same walk measures the nesting: stories nest about six levels; far deeper is broken or hostile.
	const sanitised = sanitiseJson(raw, maxNestingDepth);
	if (sanitised.depth > maxNestingDepth) {
		return {problems: [{file, message: `JSON is nested more than ${maxNestingDepth} levels deep; a story needs far fewer`}]};
	}
	raw = sanitised.value;

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
					message: `unknown schemaVersion ${JSON.stringify(version)}: this summit-tui reads schemaVersion ${supportedSchemaVersion}`,
				},
			],
		};
	}

	const parsed = storySchema.safeParse(raw);
	if (!parsed.success) {
		return {problems: parsed.error.issues.map(issue => ({file, where: jsonPath(issue.path), message: issue.message}))};
	}
	const problems = checkReferences(parsed.data, file);
	if (problems.length > 0) return {problems};
	return {story: normaliseStory(parsed.data), problems: []};
}

/** Reads one story file and validates it in full. Opens it read-only; never writes. */
export function readStoryFile(file: string, options: ReadOptions = {}): LoadResult {
	const {bytes, problems} = readStoryBytes(file, options);
	return bytes ? parseStoryBytes(bytes, file) : {problems};
}

/** Decodes and parses a story file's bytes. Pure: no I/O, never throws. */
export function parseStoryBytes(bytes: Uint8Array, file: string): LoadResult {
	const reason = notTextReason(bytes);
	if (reason === 'binary') return {problems: [{file, message: 'looks like binary data, not a JSON story (it contains NUL bytes)'}]};
	if (reason === 'encoding') return {problems: [{file, message: 'is not valid UTF-8 text'}]};
	return parseStoryText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), file);
}

