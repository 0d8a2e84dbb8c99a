import chalk from 'chalk';
import cliTruncate from 'cli-truncate';
import {itemKindLabels} from '../model/labels.js';
import {splitByRanges} from './highlight.js';
import type {SearchHit} from './search.js';

const kindWidth = Math.max(...Object.values(itemKindLabels).map(label => label.length));

/**
 * One result a line: kind, label (matched characters in bold when colour is on), then where the
 * match was if not in the label, then the id for scripts. Cut to the terminal width when there is one.
 */
export function formatSearchHits(hits: SearchHit[], options: {width?: number; color: boolean}): string {
	const lines = hits.map(hit => {
		const label = options.color
			? splitByRanges(hit.label, hit.labelRanges)
					.map(segment => (segment.matched ? chalk.bold.yellow(segment.text) : segment.text))
					.join('')
			: hit.label;
		const elsewhere = hit.matchedElsewhere ? `  (${hit.matchedElsewhere.field === 'aliases' ? 'alias' : hit.matchedElsewhere.field}: ${hit.matchedElsewhere.value})` : '';
		const kind = itemKindLabels[hit.kind].padEnd(kindWidth);
		const line = `${options.color ? chalk.cyan(kind) : kind}  ${label}${elsewhere}  ${options.color ? chalk.dim(`#${hit.id}`) : `#${hit.id}`}`;
		return options.width ? cliTruncate(line, options.width) : line;
	});
	return `${lines.join('\n')}\n`;
}
