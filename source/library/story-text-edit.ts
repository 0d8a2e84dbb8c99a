import {parseTree, type Node, type ParseError} from 'jsonc-parser';
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

/** The last property of an object node by its key as the loader reads it (sanitised; the last of a repeated key wins, as in JSON.parse). */
function propertyValue(node: Node, key: string): Node | undefined {
	let found: Node | undefined;
	for (const property of node.children ?? []) {
		const [name, value] = property.children ?? [];
		if (typeof name?.value === 'string' && sanitiseText(name.value) === key) found = value;
	}
	return found;
}

/** Edits that put `items` at the end of an array node, laid out as its elements are. */
function appendEdits(text: string, array: Node, items: unknown[], layout: ReturnType<typeof layoutOf>): Edit[] {
	const elements = array.children ?? [];
	const last = elements.at(-1);
	const closing = array.offset + array.length - 1;
	if (!last) {
		const outer = lineIndent(text, array.offset);
		const indent = outer + layout.unit;
		const body = layout.compact ? items.map(item => formatValue(item, '', layout)).join(',') : `${layout.eol}${items.map(item => `${indent}${formatValue(item, indent, layout)}`).join(`,${layout.eol}`)}${layout.eol}${outer}`;
		return [{offset: array.offset + 1, length: closing - array.offset - 1, text: body}];
	}
	const indent = indentBefore(text, last.offset);
	const separator = layout.compact || indent === undefined ? (text.slice(array.offset, closing).includes(', ') ? ', ' : ',') : `,${layout.eol}${indent}`;
	const itemIndent = indent ?? lineIndent(text, last.offset);
	return [{offset: last.offset + last.length, length: 0, text: items.map(item => `${separator}${formatValue(item, itemIndent, layout)}`).join('')}];
}

/** An edit that adds a property `key: items` at the end of the root object (a list the file left out). */
function addPropertyEdit(text: string, root: Node, key: string, items: unknown[], layout: ReturnType<typeof layoutOf>): Edit {
	const last = root.children?.at(-1);
	const indent = last ? (indentBefore(text, last.offset) ?? '') : layout.unit;
	const value = formatValue(items, indent, layout);
	const property = `${JSON.stringify(key)}:${layout.compact ? '' : ' '}${value}`;
	if (!last) return {offset: root.offset + 1, length: 0, text: layout.compact ? property : `${layout.eol}${indent}${property}${layout.eol}`};
	return {offset: last.offset + last.length, length: 0, text: layout.compact ? `,${property}` : `,${layout.eol}${indent}${property}`};
}

/**
 * The original text with the changes from `before` (the story as loaded from it) to `after` (the
 * update) applied as edits; a problem when the change is not one this can express (an item removed).
 */
export function editStoryText(text: string, before: StoryFile, after: StoryFile): {text: string} | {problem: string} {
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, {disallowComments: true, allowTrailingComma: false});
	if (!root || errors.length > 0 || root.type !== 'object') return {problem: 'its text does not parse as the story it loaded as'};
	const layout = layoutOf(text);
	const edits: Edit[] = [];
	const replace = (node: Node, value: unknown) => edits.push({offset: node.offset, length: node.length, text: formatValue(value, lineIndent(text, node.offset), layout)});

	if (canonicalJson(before.story) !== canonicalJson(after.story)) {
		const header = propertyValue(root, 'story');
		if (!header) return {problem: 'it has no "story" header to update'};
		replace(header, after.story);
	}
	for (const collection of collections) {
		const known = new Map<string, string>(before[collection].map(item => [item.id, canonicalJson(item)]));
		const kept = new Set<string>();
		const added: unknown[] = [];
		const changed = new Map<string, unknown>();
		for (const item of after[collection]) {
			const earlier = known.get(item.id);
			if (earlier === undefined) added.push(item);
			else {
				kept.add(item.id);
				if (earlier !== canonicalJson(item)) changed.set(item.id, item);
			}
		}
		if (kept.size < known.size) return {problem: `the update removes items from "${collection}", which adding articles never does`};
		if (added.length === 0 && changed.size === 0) continue;
		const array = propertyValue(root, collection);
		if (!array) {
			if (changed.size > 0) return {problem: `"${collection}" is not where the story loaded it from`};
			edits.push(addPropertyEdit(text, root, collection, added, layout));
			continue;
		}
		if (array.type !== 'array') return {problem: `"${collection}" is not a list`};
		for (const element of array.children ?? []) {
			const id = element.type === 'object' ? propertyValue(element, 'id')?.value : undefined;
			if (typeof id === 'string' && changed.has(sanitiseText(id))) replace(element, changed.get(sanitiseText(id)));
		}
		if (added.length > 0) edits.push(...appendEdits(text, array, added, layout));
	}
	let result = text;
	for (const edit of edits.toSorted((a, b) => b.offset - a.offset)) result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
	return {text: result};
}
