import {plural, unattributed} from '../../model/labels.js';
import type {Quote} from '../../model/schema.js';
import {localeOrder} from '../../text/locale-order.js';
import type {StoryLookup} from '../../model/story-lookup.js';
import {heading, LazyRow, type Row} from '../list-rows.js';
import type {ListPane} from './pane-definition.js';

/** Quotes by speaker: people and bodies most quoted first (then by name), then quotes whose speaker is not clear. */
export function quotesBySpeaker(lookup: StoryLookup): Array<{speaker?: string; quotes: Quote[]}> {
	const groups = new Map<string | undefined, Quote[]>();
	for (const quote of lookup.story.quotes) groups.set(quote.speaker, [...(groups.get(quote.speaker) ?? []), quote]);
	const named = [...groups].filter(([speaker]) => speaker !== undefined).map(([speaker, quotes]) => ({speaker, quotes}));
	named.sort((a, b) => b.quotes.length - a.quotes.length || localeOrder(lookup.nameOf(a.speaker!), lookup.nameOf(b.speaker!)));
	const unclear = groups.get(undefined);
	return unclear ? [...named, {quotes: unclear}] : named;
}

export const quotesPane = {
	id: 'quotes',
	kind: 'list',
	title: 'Quotes',
	shortTitle: 'Quotes',
	helpTitle: 'Quotes (by speaker)',
	column: {wide: 0, medium: 0},
	rows({lookup, badge}) {
		const quotes: Row[] = [];
		for (const group of quotesBySpeaker(lookup)) {
			const speaker = group.speaker ? lookup.nameOf(group.speaker) : unattributed;
			quotes.push(heading(`${speaker} (${plural(group.quotes.length, 'quote')})`));
			for (const quote of group.quotes) quotes.push(new LazyRow(() => [{text: `“${quote.text}”`}, {text: `  ${badge(quote.cites)}`, tone: 'muted'}], quote.id));
		}
		return quotes;
	},
} as const satisfies ListPane;
