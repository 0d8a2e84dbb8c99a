// Key bindings from the config file, applied to the key table of source/ui/keys.ts. A command's keys
// in the config replace its default keys (a key it had keeps its contexts; a new one works wherever
// the command does, but never stops a letter from typing in the search line); the result is
// checked so that no key means two things in one context (the risk gemini-cli's table shows).
import {keyTable, type Command, type Context, type KeyStroke, type KeyTableEntry} from '../ui/keys.js';

const namedKeys: Record<string, string> = {
	tab: 'tab',
	enter: 'return',
	return: 'return',
	esc: 'escape',
	escape: 'escape',
	up: 'up',
	down: 'down',
	left: 'left',
	right: 'right',
	pageup: 'pageup',
	pagedown: 'pagedown',
	home: 'home',
	end: 'end',
	backspace: 'backspace',
	delete: 'delete',
	space: ' ',
};

/**
 * Reads a key as a config writes it: "x", "G", "?", "ctrl+x", "alt+b", "shift+tab", "enter", "pagedown".
 * Returns the stroke as toKeyStroke in keys.ts produces it, or why it cannot be a key.
 */
export function parseKeySpec(spec: string): KeyStroke | {problem: string} {
	const parts = spec.length === 1 ? [spec] : spec.split('+');
	// "ctrl++" is Ctrl and the plus key.
	if (spec.endsWith('++')) parts.splice(-2, 2, '+');
	const keyPart = parts.pop() ?? '';
	const modifiers = {ctrl: false, meta: false, shift: false};
	for (const modifier of parts.map(part => part.toLowerCase())) {
		if (modifier === 'ctrl' || modifier === 'control') modifiers.ctrl = true;
		else if (modifier === 'alt' || modifier === 'meta' || modifier === 'option') modifiers.meta = true;
		else if (modifier === 'shift') modifiers.shift = true;
		else return {problem: `unknown modifier "${modifier}" (use ctrl, alt or shift)`};
	}
	const named = namedKeys[keyPart.toLowerCase()];
	if (keyPart.length > 1 && !named) return {problem: `unknown key "${keyPart}" (a character, or one of ${Object.keys(namedKeys).join(', ')})`};
	if (keyPart === '' || (Array.from(keyPart).length === 1 && /[\p{C}\s]/u.test(keyPart))) return {problem: 'expected a key'};
	if (named) {
		if (modifiers.shift && named !== 'tab') return {problem: `shift+${keyPart} cannot be told apart from ${keyPart} in a terminal`};
		return {name: named, ...(modifiers.ctrl && {ctrl: true}), ...(modifiers.meta && {meta: true}), ...(modifiers.shift && {shift: true}), ...(named === ' ' && !modifiers.ctrl && !modifiers.meta && {text: ' '})};
	}
	if (modifiers.ctrl) {
		if (!/^[a-z]$/i.test(keyPart)) return {problem: `ctrl+${keyPart} is not a key a terminal sends (ctrl goes with a letter)`};
		if (modifiers.shift || modifiers.meta) return {problem: `ctrl+${keyPart} takes no other modifier in a terminal`};
		return {name: keyPart.toLowerCase(), ctrl: true};
	}
	if (modifiers.meta) return {name: keyPart, meta: true};
	const character = modifiers.shift ? keyPart.toUpperCase() : keyPart;
	return {name: character, ...(/[A-Z]/.test(character) && {shift: true}), text: character};
}

/** A stroke written back as a config would write it (for --print-config). */
export function keySpecOf(stroke: KeyStroke): string {
	const name = Object.entries(namedKeys).find(([, value]) => value === stroke.name)?.[0] ?? stroke.name;
	const prefix = `${stroke.ctrl ? 'ctrl+' : ''}${stroke.meta ? 'alt+' : ''}${stroke.shift && stroke.name === 'tab' ? 'shift+' : ''}`;
	return prefix + name;
}

const sameStroke = (a: KeyStroke, b: KeyStroke) => a.name === b.name && Boolean(a.ctrl) === Boolean(b.ctrl) && Boolean(a.shift) === Boolean(b.shift) && Boolean(a.meta) === Boolean(b.meta);

/** A key that types a character: where text is typed it must type, whatever it is bound to elsewhere. */
const typesText = (stroke: KeyStroke) => stroke.text !== undefined && !stroke.ctrl && !stroke.meta;
/** The contexts where keys type text: the search line, a search inside an open view, the picker's filter and its new title. */
const typingContexts: readonly string[] = ['search', 'find', 'pickerFilter', 'pickerPrompt'];

export const commands: Command[] = keyTable.map(entry => entry.command);

/** One command's keys as the config gives them, each with the JSON path it was written at. */
export type KeyOverride = {command: Command; keys: Array<{stroke: KeyStroke; where: Array<string | number>}>};

export type BindingConflict = {where: Array<string | number>; message: string};

/**
 * The key table with the config's keys in place of the defaults. A key that would mean two things in
 * one context is refused (that command keeps its default keys) and reported; Ctrl-C always quits.
 */
export function applyKeyOverrides(table: readonly KeyTableEntry[], overrides: readonly KeyOverride[]): {table: KeyTableEntry[]; conflicts: BindingConflict[]} {
	let current = table.map(entry => ({...entry, bindings: entry.bindings.map(binding => ({...binding, keys: [...binding.keys]}))}));
	const conflicts: BindingConflict[] = [];
	for (const override of overrides) {
		const entry = current.find(each => each.command === override.command)!;
		const contexts = [...new Set(entry.bindings.flatMap(binding => binding.contexts))];
		// A key the command already had keeps its contexts (Delete deletes backward only in the in-view
		// find); a new key works wherever the command does, except that keys typing text keep typing.
		const bindings = override.keys.map(({stroke}) => {
			const had = entry.bindings.filter(binding => binding.keys.some(key => sameStroke(key, stroke)));
			const where = had.length > 0 ? [...new Set(had.flatMap(binding => binding.contexts))] : contexts.filter(context => !typingContexts.includes(context) || !typesText(stroke));
			return {keys: [stroke], contexts: where};
		});
		if (override.command === 'quit') bindings.push({keys: [{name: 'c', ctrl: true}], contexts});
		const candidate = current.map(each => (each === entry ? {...entry, bindings} : each));
		const clash = override.keys.map(key => ({key, other: clashOf(candidate, override.command, key.stroke)})).find(found => found.other);
		if (clash?.other) {
			conflicts.push({where: clash.key.where, message: `"${keySpecOf(clash.key.stroke)}" is already bound to ${clash.other.command} in ${clash.other.context}; ${override.command} keeps its default keys`});
			continue;
		}
		current = candidate;
	}
	return {table: current, conflicts};
}

function clashOf(table: readonly KeyTableEntry[], command: Command, stroke: KeyStroke): {command: Command; context: Context} | undefined {
	const own = table.find(entry => entry.command === command)!;
	for (const binding of own.bindings) {
		if (!binding.keys.some(key => sameStroke(key, stroke))) continue;
		for (const context of binding.contexts) {
			for (const other of table) {
				if (other.command === command) continue;
				if (other.bindings.some(each => each.contexts.includes(context) && each.keys.some(key => sameStroke(key, stroke)))) return {command: other.command, context};
			}
		}
	}
	return undefined;
}

/** Every key bound to more than one command in a context: empty for the default table (tested). */
export function tableConflicts(table: readonly KeyTableEntry[]): Array<{context: Context; key: string; commands: Command[]}> {
	const found = new Map<string, Set<Command>>();
	for (const entry of table) {
		for (const binding of entry.bindings) {
			for (const context of binding.contexts) {
				for (const stroke of binding.keys) {
					const id = `${context}\u0000${keySpecOf(stroke)}`;
					(found.get(id) ?? found.set(id, new Set()).get(id)!).add(entry.command);
				}
			}
		}
	}
	return [...found]
		.filter(([, bound]) => bound.size > 1)
		.map(([id, bound]) => ({context: id.split('\u0000')[0] as Context, key: id.split('\u0000')[1]!, commands: [...bound]}));
}

/** The keys of each command, written as a config writes them (for --print-config). */
export function keysByCommand(table: readonly KeyTableEntry[]): Record<string, string[]> {
	return Object.fromEntries(
		table.map(entry => {
			const specs: string[] = [];
			for (const binding of entry.bindings) for (const stroke of binding.keys) if (!specs.includes(keySpecOf(stroke))) specs.push(keySpecOf(stroke));
			return [entry.command, specs];
		}),
	);
}
