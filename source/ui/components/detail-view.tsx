import {Box} from 'ink';
import React from 'react';
import type {DetailDocument} from '../detail-document.js';
import {fitCells, type Cell} from '../text-fit.js';
import {detailWindowStart} from '../windowing.js';
import {paneBodyHeight} from '../layout.js';
import {Frame} from './frame.js';
import {StyledLines} from './styled-line.js';

type Props = {document: DetailDocument; trail: string[]; link: number; scroll: number; width: number; height: number};

/** The detail of one item with a breadcrumb of the back-stack; the selected link is marked "▸". */
export function DetailView({document, trail, link, scroll, width, height}: Props) {
	const body = paneBodyHeight(height);
	const inner = width - 2;
	const linkRows = document.lines.flatMap((line, index) => (line.link === link && document.links.length > 0 ? [index] : []));
	const start = detailWindowStart(linkRows, document.lines.length, body, scroll);
	const visible = document.lines.slice(start, start + body);
	const more = document.lines.length > body ? `${Math.min(start + body, document.lines.length)}/${document.lines.length} lines` : undefined;
	const title: Cell[] = [{text: 'Detail', bold: true, tone: 'accent'}, {text: `  ${trail.join(' › ')}`, tone: 'muted'}];
	return (
		<Frame width={width} height={height} focused title={title} position={more}>
			<Box flexDirection="column" height={body}>
				<StyledLines
					lines={visible.map((line, offset) => {
						const selected = line.link !== undefined && line.link === link;
						return {cells: fitCells([{text: selected && linkRows[0] === start + offset ? '▸' : ' ', tone: 'accent'}, ...line.cells], inner), selected};
					})}
				/>
			</Box>
		</Frame>
	);
}
