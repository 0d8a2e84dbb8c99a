import {sanitiseText} from '../model/sanitise.js';
import type {StoryFile} from '../model/schema.js';

// Writing an updated story back as the bytes it was read from, changed only where the update means to
// change it. The loader sanitises and normalises what it reads for display (control characters shown
// as symbols, tabs as spaces, text recomposed to NFC, events sorted by date, unknown fields dropped);
// none of that may reach the file. So the update is not the loaded story serialised again: it is a
// list of edits to the original text — new items inserted at the end of their lists, in the file's own
// indentation and line ends, and an item the update changed replaced where it stands — and everything
// else, byte for byte, is what the file held.

const collections = ['articles', 'people', 'organizations', 'places', 'facts', 'events', 'quotes', 'differences'] as const;

type Edit = {offset: number; length: number; text: string};

/** JSON with keys in order, so that two values that say the same thing compare equal as text. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) => {
		if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
		return Object.fromEntries(Object.keys(inner).sort().map(key => [key, (inner as Record<string, unknown>)[key]]));
	});
}

/** The text's layout: its line end, one level of indentation, or none for a file on one line. */
function layoutOf(text: string): {eol: string; unit: string; compact: boolean} {
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const indents = text.slice(0, 200_000).split(/\r?\n/).slice(1).flatMap(line => /^([\t ]+)\S/.exec(line)?.[1] ?? []);
	if (indents.length === 0) return {eol, unit: '', compact: !/\n/.test(text.trim())};
	const tabbed = indents.filter(indent => indent.startsWith('\t')).length * 2 >= indents.length;
	const unit = tabbed ? '\t' : ' '.repeat(Math.min(...indents.filter(indent => !indent.startsWith('\t')).map(indent => indent.length)));
	return {eol, unit, compact: false};
}

/** The whitespace that starts the line an offset is on, when only whitespace precedes it there. */
function indentBefore(text: string, offset: number): string | undefined {
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const before = text.slice(lineStart, offset);
	return /^[\t ]*$/.test(before) ? before : undefined;
}

function lineIndent(text: string, offset: number): string {
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	return /^[\t ]*/.exec(text.slice(lineStart, offset))![0];
}

function formatValue(value: unknown, indent: string, layout: ReturnType<typeof layoutOf>): string {
	if (layout.compact) return JSON.stringify(value);
	return JSON.stringify(value, null, layout.unit).replaceAll('\n', `${layout.eol}${indent}`);
}

type Span = {offset: number; length: number};
type Property = {key: string; keySpan: Span; value: Span; elements?: Span[]};
type Layout = ReturnType<typeof layoutOf>;

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

function skipSpace(text: string, index: number): number {
	while (index < text.length && isSpace(text.charCodeAt(index))) index++;
	return index;
}

/** The offset just past the string that opens at `index`. */
function skipString(text: string, index: number): number {
	for (index++; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x5c) index++;
		else if (code === 0x22) return index + 1;
	}
	return text.length;
}

/** The offset just past the value that starts at `index`: one pass, no recursion (the text is valid JSON). */
function skipValue(text: string, index: number): number {
	const first = text.charCodeAt(index);
	if (first === 0x22) return skipString(text, index);
	if (first !== 0x7b && first !== 0x5b) {
		while (index < text.length && !/[\s,\]}]/.test(text[index]!)) index++;
		return index;
	}
	let depth = 0;
	for (; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x22) index = skipString(text, index) - 1;
		else if (code === 0x7b || code === 0x5b) depth++;
		else if ((code === 0x7d || code === 0x5d) && --depth === 0) return index + 1;
	}
	return text.length;
}

/** The spans of an array's elements (the array opens at `index`). */
function elementsOf(text: string, index: number): Span[] {
	const elements: Span[] = [];
	let at = skipSpace(text, index + 1);
	while (at < text.length && text[at] !== ']') {
		const end = skipValue(text, at);
		elements.push({offset: at, length: end - at});
		at = skipSpace(text, end);
		if (text[at] === ',') at = skipSpace(text, at + 1);
	}
	return elements;
}

/** The top-level object's properties, with the elements of those that are arrays; undefined if it is no object. */
function topLevel(text: string): {open: number; close: number; properties: Property[]} | undefined {
	const open = skipSpace(text, 0);
	if (text[open] !== '{') return undefined;
	const properties: Property[] = [];
	let at = skipSpace(text, open + 1);
	while (at < text.length && text[at] === '"') {
		const keyEnd = skipString(text, at);
		const key = sanitiseText(JSON.parse(text.slice(at, keyEnd)) as string);
		const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
		const valueEnd = skipValue(text, valueStart);
		properties.push({key, keySpan: {offset: at, length: keyEnd - at}, value: {offset: valueStart, length: valueEnd - valueStart}, ...(text[valueStart] === '[' ? {elements: elementsOf(text, valueStart)} : {})});
		at = skipSpace(text, valueEnd);
		if (text[at] === ',') at = skipSpace(text, at + 1);
	}
	if (text[at] !== '}') return undefined;
	return {open, close: at, properties};
}

/** The last property of a key as the loader reads it (sanitised; a repeated key's last value wins, as in JSON.parse). */
function propertyNamed(properties: Property[], key: string): Property | undefined {
	return properties.findLast(property => property.key === key);
}

/** Edits that put `items` at the end of an array, laid out as its elements are. */
function appendEdits(text: string, array: Property, items: unknown[], layout: Layout): Edit[] {
	const elements = array.elements ?? [];
	const last = elements.at(-1);
	const {offset} = array.value;
	const closing = offset + array.value.length - 1;
	if (!last) {
		const outer = lineIndent(text, offset);
		const indent = outer + layout.unit;
		const body = layout.compact ? items.map(item => formatValue(item, '', layout)).join(',') : `${layout.eol}${items.map(item => `${indent}${formatValue(item, indent, layout)}`).join(`,${layout.eol}`)}${layout.eol}${outer}`;
		return [{offset: offset + 1, length: closing - offset - 1, text: body}];
	}
	const indent = indentBefore(text, last.offset);
	const separator = layout.compact || indent === undefined ? (text.slice(offset, closing).includes(', ') ? ', ' : ',') : `,${layout.eol}${indent}`;
	const itemIndent = indent ?? lineIndent(text, last.offset);
	return [{offset: last.offset + last.length, length: 0, text: items.map(item => `${separator}${formatValue(item, itemIndent, layout)}`).join('')}];
}

/** An edit that adds a property `key: items` at the end of the top-level object (a list the file left out). */
function addPropertyEdit(text: string, root: NonNullable<ReturnType<typeof topLevel>>, key: string, items: unknown[], layout: Layout): Edit {
	const last = root.properties.at(-1);
	const indent = last ? (indentBefore(text, last.keySpan.offset) ?? '') : layout.unit;
	const value = formatValue(items, indent, layout);
	const property = `${JSON.stringify(key)}:${layout.compact ? '' : ' '}${value}`;
	if (!last) return {offset: root.open + 1, length: 0, text: layout.compact ? property : `${layout.eol}${indent}${property}${layout.eol}`};
	const end = last.value.offset + last.value.length;
	return {offset: end, length: 0, text: layout.compact ? `,${property}` : `,${layout.eol}${indent}${property}`};
}

/** Whether an item of the update says what the loaded one said: the same object, the same JSON, or the same in another key order. */
function sameItem(before: unknown, after: unknown): boolean {
	if (before === after) return true;
	return JSON.stringify(after) === JSON.stringify(before) || canonicalJson(after) === canonicalJson(before);
}

/**
 * The item as the file wrote it, with only the fields the update changed taken from the update: a field it
 * left alone keeps the file's own value (a decomposed accent, a tab), not the loaded, normalised one.
 */
function patchedItem(written: unknown, before: unknown, after: unknown): unknown {
	if (typeof written !== 'object' || written === null || typeof before !== 'object' || before === null || typeof after !== 'object' || after === null) return after;
	const result: Record<string, unknown> = {...(written as Record<string, unknown>)};
	const was = before as Record<string, unknown>;
	const now = after as Record<string, unknown>;
	for (const key of Object.keys(now)) if (canonicalJson(was[key]) !== canonicalJson(now[key])) result[key] = now[key];
	for (const key of Object.keys(was)) if (!(key in now)) delete result[key];
	return result;
}

/**
 * The original text with the changes from `before` (the story as loaded from it) to `after` (the
 * update) applied as edits; a problem when the change is not one this can express (an item removed).
 */
export function editStoryText(text: string, before: StoryFile, after: StoryFile): {text: string} | {problem: string} {
	const root = topLevel(text);
	if (!root) return {problem: 'its text does not parse as the story it loaded as'};
	const layout = layoutOf(text);
	const edits: Edit[] = [];
	const replace = (span: Span, value: unknown) => edits.push({offset: span.offset, length: span.length, text: formatValue(value, lineIndent(text, span.offset), layout)});

	if (canonicalJson(before.story) !== canonicalJson(after.story)) {
		const header = propertyNamed(root.properties, 'story');
		if (!header) return {problem: 'it has no "story" header to update'};
		replace(header.value, patchedItem(JSON.parse(text.slice(header.value.offset, header.value.offset + header.value.length)), before.story, after.story));
	}
	for (const collection of collections) {
		const known = new Map<string, unknown>(before[collection].map(item => [item.id, item]));
		let kept = 0;
		const added: unknown[] = [];
		const changed = new Map<string, unknown>();
		for (const item of after[collection]) {
			const earlier = known.get(item.id);
			if (earlier === undefined) added.push(item);
			else {
				kept++;
				if (!sameItem(earlier, item)) changed.set(item.id, item);
			}
		}
		if (kept < known.size) return {problem: `the update removes items from "${collection}", which adding articles never does`};
		if (added.length === 0 && changed.size === 0) continue;
		const array = propertyNamed(root.properties, collection);
		if (!array) {
			if (changed.size > 0) return {problem: `"${collection}" is not where the story loaded it from`};
			edits.push(addPropertyEdit(text, root, collection, added, layout));
			continue;
		}
		if (!array.elements) return {problem: `"${collection}" is not a list`};
		if (changed.size > 0) {
			// Ids are unique (the loader refuses a story with a duplicate): once every changed item is found, the rest of the list holds none.
			let left = changed.size;
			for (const element of array.elements) {
				if (left === 0) break;
				const written = JSON.parse(text.slice(element.offset, element.offset + element.length)) as {id?: unknown};
				const id = typeof written?.id === 'string' ? sanitiseText(written.id) : undefined;
				if (id !== undefined && changed.has(id)) {
					replace(element, patchedItem(written, known.get(id), changed.get(id)));
					left--;
				}
			}
		}
		if (added.length > 0) edits.push(...appendEdits(text, array, added, layout));
	}
	return {text: applyEdits(text, edits)};
}

/**
 * The edits applied from the last to the first, so that each offset still means the original text's. In one
 * pass when no two edits overlap (always, for the edits above): the text between them is copied once, where
 * cutting and joining the whole text again for each edit copied a large story once an edit.
 */
function applyEdits(text: string, edits: Edit[]): string {
	// Last first; of edits at one offset, the later one ends up in front (as inserting it afterwards would put it).
	const order = edits.map((edit, index) => ({edit, index})).toSorted((a, b) => b.edit.offset - a.edit.offset);
	const overlapping = order.some(({edit}, at) => at > 0 && edit.offset + edit.length > order[at - 1]!.edit.offset && edit.length + order[at - 1]!.edit.length > 0);
	if (overlapping) {
		let result = text;
		for (const {edit} of order) result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
		return result;
	}
	const pieces: string[] = [];
	let end = text.length;
	for (const {edit} of order) {
		pieces.push(text.slice(edit.offset + edit.length, end), edit.text);
		end = edit.offset;
	}
	pieces.push(text.slice(0, end));
	return pieces.reverse().join('');
}
