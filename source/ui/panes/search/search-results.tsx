import React from 'react';
import {itemKindLabels} from '../../../model/labels.js';
import type {SearchHit} from '../../../search/search.js';
import {Frame} from '../../components/frame.js';
import {ListBody} from '../../components/list-body.js';
import {StyledLine} from '../../components/styled-line.js';
import {paneBodyHeight} from '../../frame-size.js';
import {highlightCells} from '../../highlight-text.js';
import {shiftToFirstMatch} from '../../result-shift.js';
import {fitCellsAtWord, type Cell} from '../../../text/text-fit.js';
import {itemPosition, windowStart} from '../../windowing.js';

/** `newItems`: ids new since the last visit, marked with + as in the panes. */
type Props = {query: string; hits: SearchHit[]; searching: boolean; indexProgress: number; selected: number; focused: boolean; width: number; height: number; newItems?: ReadonlySet<string>};

const kindWidth = Math.max(...Object.values(itemKindLabels).map(label => label.length));

/** A result line: kind badge, label with matched characters highlighted, and where else it matched. */
export function resultCells(hit: SearchHit): Cell[] {
	const label = highlightCells([{text: hit.label}], hit.labelRanges);
	const elsewhere = hit.matchedElsewhere
		? [{text: `  ${hit.matchedElsewhere.field === 'aliases' ? 'alias' : hit.matchedElsewhere.field}: `, tone: 'muted' as const}, ...highlightCells([{text: hit.matchedElsewhere.value, tone: 'muted'}], hit.matchedElsewhere.ranges)]
		: [];
	return [{text: `${itemKindLabels[hit.kind].padEnd(kindWidth)} `, tone: 'accent'}, ...label, ...elsewhere];
}

const syntaxHelp = "fuzzy by default · 'exact · ^prefix · suffix$ · !not · a b (both) · a | b (either)";

type RowsProps = {hits: SearchHit[]; selected: number; width: number; body: number; newItems?: ReadonlySet<string>};

/**
 * The visible results. Memoised on its inputs: the frame that echoes a typed character still shows the
 * last query's hits, and building and styling their rows again would only lengthen that frame.
 */
const ResultRows = React.memo(function ResultRows({hits, selected, width, body, newItems}: RowsProps) {
	const start = windowStart(hits.length, body, selected);
	const lines = hits.slice(start, start + body).map((hit, offset) => {
		const isSelected = start + offset === selected;
		// A match past the right edge is brought into view, as fzf does; pointer, new marker and kind badge stay.
		const marker: Cell[] = newItems?.size ? [newItems.has(hit.id) ? {text: '+ ', tone: 'accent', bold: true} : {text: '  '}] : [];
		const cells = shiftToFirstMatch([{text: isSelected ? '▸ ' : '  ', tone: 'accent'}, ...marker, ...resultCells(hit)], width - 2, 2 + marker.length);
		return {cells: fitCellsAtWord(cells, width - 2), selected: isSelected, row: start + offset};
	});
	return <ListBody lines={lines} width={width - 2} height={body} />;
});

export function SearchResults({query, hits, searching, indexProgress, selected, focused, width, height, newItems}: Props) {
	const body = paneBodyHeight(height);
	let content;
	if (query.trim() === '') {
		content = [
			<StyledLine key="a" cells={[{text: ' Type to search every name, alias, role, fact, event and quote.', tone: 'muted'}]} />,
			<StyledLine key="b" cells={[{text: ` ${syntaxHelp}`, tone: 'muted'}]} />,
		];
	} else if (hits.length === 0 && searching) {
		content = <StyledLine cells={[{text: indexProgress < 1 ? ` indexing the story for search: ${Math.round(indexProgress * 100)}%…` : ' searching…', tone: 'muted'}]} />;
	} else if (hits.length === 0) {
		content = <StyledLine cells={[{text: ` No results for “${query}”. Fewer letters, or another spelling?`, tone: 'warning'}]} />;
	} else {
		content = <ResultRows hits={hits} selected={selected} width={width} body={body} newItems={newItems} />;
	}
	return (
		<Frame width={width} height={height} focused={focused} title={[{text: '/ Search', bold: true, tone: 'accent'}, {text: query ? `  “${query}”` : '', tone: 'muted'}]} position={hits.length > 0 ? itemPosition(selected, hits.length) : undefined}>
			{content}
		</Frame>
	);
}
