import {Box} from 'ink';
import React from 'react';
import {fitHints, joinHints} from '../chrome-fit.js';
import type {FooterHint} from '../keys.js';
import {fitCells, type Cell} from '../../text/text-fit.js';
import {StyledLines} from './styled-line.js';

/** A search inside the open detail or reader: what is typed, whether it is being typed, how many lines match. */
export type FindBox = {text: string; typing: boolean; matches: number; current?: number};

/** `resultCount` is undefined while a search is still running. */
/** `cursor`: where in the query the search line's cursor is (its end when absent); `notice`: a short answer to the last key. */
type Props = {query: string; cursor?: number; notice?: string; searching: boolean; find?: FindBox; inView?: boolean; resultCount: number | undefined; indexProgress: number; hints: FooterHint[]; width: number};

function findCells(find: FindBox): Cell[] {
	const count = find.text.trim() === '' ? '' : find.matches === 0 ? '  no match' : `  ${find.current === undefined ? '' : `${find.current + 1} of `}${find.matches} ${find.matches === 1 ? 'line' : 'lines'}`;
	return [
		{text: 'find: ', tone: 'accent', bold: find.typing},
		{text: find.text, tone: find.typing ? 'normal' : 'muted'},
		...(find.typing ? [{text: '▌', tone: 'accent' as const}] : []),
		{text: count, tone: find.matches === 0 ? 'warning' : 'muted'},
		...(!find.typing && find.text ? [{text: '  (n/N next/previous)', tone: 'muted' as const}] : []),
	];
}

// The hints line as last fitted to a width, per list of hints (footerHints gives the same list while the
// context is the same): fitting them again on every typed key was work for an unchanged line.
const fitted = new WeakMap<FooterHint[], {width: number; text: string}>();
function hintsLine(hints: FooterHint[], width: number): string {
	const last = fitted.get(hints);
	if (last?.width === width) return last.text;
	const text = joinHints(fitHints(hints, width));
	fitted.set(hints, {width, text});
	return text;
}

/** The search box (with a block cursor while it has focus) and the keys that work right now. */
export function Footer({query, cursor = query.length, notice, searching, find, inView = false, resultCount, indexProgress, hints, width}: Props) {
	const box: Cell[] = find
		? findCells(find)
		: inView
			? [{text: '/ find in this text', tone: 'muted'}]
		: searching
			? [{text: '/ ', tone: 'accent', bold: true}, {text: query.slice(0, cursor)}, {text: '▌', tone: 'accent'}, {text: query.slice(cursor)}]
			: query
				? [{text: '/ ', tone: 'muted'}, {text: query, tone: 'muted'}, {text: '  (/ to edit, Esc to clear)', tone: 'muted'}]
				: [{text: '/ search', tone: 'muted'}];
	const count: Cell[] = find || !query.trim() ? [] : resultCount === undefined ? [{text: indexProgress < 1 ? `  indexing ${Math.round(indexProgress * 100)}%…` : '  searching…', tone: 'muted'}] : [{text: `  ${resultCount} ${resultCount === 1 ? 'result' : 'results'}`, tone: 'muted'}];
	return (
		<Box flexDirection="column" width={width} height={2}>
			<StyledLines lines={[{cells: fitCells([...box, ...count], width)}, {cells: notice ? fitCells([{text: notice, tone: 'warning'}], width) : [{text: hintsLine(hints, width), tone: 'muted'}]}]} />
		</Box>
	);
}
