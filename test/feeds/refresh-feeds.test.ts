import {describe, expect, it} from 'vitest';
import type {FeedState} from '../../source/feeds/feed-state.js';
import {refreshFeeds, type RefreshEffects} from '../../source/feeds/refresh-feeds.js';
import type {StoryFile} from '../../source/model/schema.js';
import {rssFeed} from '../helpers/feed-server.js';

// The order of work of a refresh with every effect played by the test: what is remembered when, where
// an article goes, and that one failure stops nothing else.

const feedBytes = (title: string, slugs: string[]) => ({page: {bytes: new TextEncoder().encode(rssFeed(title, slugs.map(slug => ({title: slug, link: `https://example.org/${slug}`, guid: slug})))), contentType: 'application/rss+xml', finalUrl: '', etag: `"${slugs.join(',')}"`}});
const article = (slug: string) => ({story: {id: slug, title: slug}, articles: [{title: slug}]}) as unknown as StoryFile;

function effects(overrides: Partial<RefreshEffects> & {failing?: string[]} = {}) {
	const inbox: string[] = [];
	const added: string[] = [];
	const saves: string[][] = [];
	const all: RefreshEffects = {
		fetchFeed: async url => (url.endsWith('/down') ? {problem: {file: url, message: 'the server answered 503'}} : feedBytes(url, url.endsWith('/a') ? ['a1', 'a2'] : ['b1'])),
		importArticle: async item => (overrides.failing?.includes(item.key) ? {problem: 'the server answered 404', warnings: []} : {story: article(item.key), warnings: []}),
		addToStory: (storyId, imported) => {
			added.push(`${storyId}:${imported.story.id}`);
			return {added: 1, title: storyId};
		},
		placer: () => ({story: undefined, score: 0, reasons: []}),
		inbox: {add: imported => void inbox.push(imported.story.id)},
		saveState: state => void saves.push(Object.values(state.feeds).flatMap(feed => feed.seen)),
		...overrides,
	};
	return {all, inbox, added, saves};
}

describe('refreshFeeds', () => {
	it('counts a story once in the summary though its title follows the headlines it is given', async () => {
		let adds = 0;
		const run = effects({addToStory: () => ({added: 1, title: `title after add ${++adds}`})});
		const summary = await refreshFeeds([{url: 'https://example.org/a', story: 'harbour', added: ''}], {feeds: {}}, run.all);
		expect([...summary.intoStories.values()]).toEqual([{title: 'title after add 2', count: 2}]);
	});

	it('puts a tied feed into its story and an untied one into the inbox, saving as each lands', async () => {
		const state: FeedState = {feeds: {}};
		const run = effects();
		const summary = await refreshFeeds([{url: 'https://example.org/a', story: 'harbour', added: ''}, {url: 'https://example.org/b', added: ''}, {url: 'https://example.org/down', added: ''}], state, run.all);
		expect(run.added).toEqual(['harbour:a1', 'harbour:a2']);
		expect(run.inbox).toEqual(['b1']);
		expect(summary).toMatchObject({feeds: 3, newItems: 3, inbox: 1, failures: ['https://example.org/down: the server answered 503']});
		expect(summary.intoStories.get('harbour')?.count).toBe(2);
		// One save per landed article, then one at the end.
		expect(run.saves.map(seen => seen.length)).toEqual([1, 2, 3, 3]);
		expect(state.feeds['https://example.org/a']).toMatchObject({etag: '"a1,a2"', seen: ['a1', 'a2']});
	});

	it('keeps no validators for a feed whose article failed, so the next refresh asks for it in full', async () => {
		const state: FeedState = {feeds: {}};
		const summary = await refreshFeeds([{url: 'https://example.org/a', added: ''}], state, effects({failing: ['a2']}).all);
		expect(summary.failures).toEqual(['https://example.org/a2 (from https://example.org/a): the server answered 404']);
		expect(state.feeds['https://example.org/a']!.seen).toEqual(['a1']);
		expect(state.feeds['https://example.org/a']!.etag).toBeUndefined();
		expect(state.feeds['https://example.org/a']!.digest).toBeUndefined();

		const again = effects();
		const next = await refreshFeeds([{url: 'https://example.org/a', added: ''}], state, again.all);
		expect(again.inbox).toEqual(['a2']);
		expect(next.newItems).toBe(1);
		expect(state.feeds['https://example.org/a']!.etag).toBe('"a1,a2"');
	});

	it('counts a 304 and the same bytes again as unchanged, importing nothing', async () => {
		const state: FeedState = {feeds: {}};
		await refreshFeeds([{url: 'https://example.org/b', added: ''}], state, effects().all);
		const notModified = effects({fetchFeed: async () => ({notModified: true})});
		expect(await refreshFeeds([{url: 'https://example.org/b', added: ''}], state, notModified.all)).toMatchObject({unchanged: 1, newItems: 0});
		const same = effects();
		expect(await refreshFeeds([{url: 'https://example.org/b', added: ''}], state, same.all)).toMatchObject({unchanged: 1, newItems: 0});
		expect(same.inbox).toEqual([]);
	});
});
