import {generateOpml, parseOpml} from 'feedsmith';
import type {Subscription} from './subscriptions.js';

// OPML, the list of feeds every reader exchanges (newsboat's `import`/`export`), read and written by
// feedsmith. Outlines nest in folders; every outline with an xmlUrl is a feed, wherever it sits. A
// feed's story rides in an attribute of our own, which other readers ignore and keep.

const storyAttribute = 'summitTuiStory';

export type OpmlFeeds = {feeds: Array<{url: string; title?: string; story?: string}>; notes: string[]};

type Outline = {text?: string; title?: string; xmlUrl?: string; outlines?: Outline[]; [storyAttribute]?: string};

/** The feeds an OPML document lists, or why it is not one. */
export function readOpml(source: string): OpmlFeeds | {problem: string} {
	let document: {body?: {outlines?: Outline[]}};
	try {
		document = parseOpml(source, {extraOutlineAttributes: [storyAttribute]}) as typeof document;
	} catch (error) {
		const message = (error as Error)?.message ?? String(error);
		return {problem: /^\s*</.test(source) ? `is not an OPML document (${message})` : 'is not an OPML document (not XML)'};
	}
	const feeds: OpmlFeeds['feeds'] = [];
	const notes: string[] = [];
	// Folders nest; walked with a stack, so that an absurdly deep file costs no recursion.
	const pending: Outline[] = [...(document.body?.outlines ?? [])].reverse();
	while (pending.length > 0) {
		const outline = pending.pop()!;
		pending.push(...[...(outline.outlines ?? [])].reverse());
		if (outline.xmlUrl === undefined) continue;
		const url = outline.xmlUrl.trim();
		const name = outline.title ?? outline.text;
		if (!/^https?:\/\/\S+$/i.test(url)) {
			notes.push(`the outline "${(name ?? url).slice(0, 80)}" has no http(s) feed address (${JSON.stringify(url.slice(0, 120))}); left out`);
			continue;
		}
		feeds.push({url, ...(name ? {title: name} : {}), ...(outline[storyAttribute] ? {story: outline[storyAttribute]} : {})});
	}
	return {feeds, notes};
}

export function writeOpml(subscriptions: readonly Subscription[], now = new Date()): string {
	return generateOpml(
		{
			head: {title: 'summit-tui feeds', dateCreated: now},
			body: {
				outlines: subscriptions.map(feed => ({
					text: feed.title || feed.url,
					...(feed.title ? {title: feed.title} : {}),
					type: 'rss',
					xmlUrl: feed.url,
					...(feed.story ? {[storyAttribute]: feed.story} : {}),
				})),
			},
		},
		{extraOutlineAttributes: [storyAttribute]},
	);
}
