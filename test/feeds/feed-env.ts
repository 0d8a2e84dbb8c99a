import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {runMain} from '../helpers/run-main.js';
import {articlePage, type FeedServer} from '../helpers/feed-server.js';
import {inventedArticles} from './invented-articles.js';

const homes: string[] = [];

/** Removes the homes freshHome made (each test file calls it after its tests). */
export function removeHomes(): void {
	for (const home of homes.splice(0)) rmSync(home, {recursive: true, force: true});
}

/** HOME and XDG folders of one test's own, so that its feeds, state, library and inbox start empty. */
export function freshHome() {
	const home = mkdtempSync(path.join(tmpdir(), 'summit-tui-feeds-'));
	homes.push(home);
	const env = {HOME: home, XDG_CONFIG_HOME: `${home}/config`, XDG_STATE_HOME: `${home}/state`, XDG_DATA_HOME: `${home}/data`, XDG_CACHE_HOME: `${home}/cache`};
	return {
		home,
		env,
		run: (...args: string[]) => runMain(args, {env}),
		libraryFolder: `${home}/data/summit-tui/stories`,
		// The library's inbox (LIBRARY/inbox), which `summit-tui inbox` and the picker read.
		inboxFolder: `${home}/data/summit-tui/stories/inbox`,
		feedsFile: `${home}/data/summit-tui/feeds.json`,
		stateFile: `${home}/state/summit-tui/feeds-state.json`,
		inboxTitles(): string[] {
			let names: string[] = [];
			try {
				names = readdirSync(`${home}/data/summit-tui/stories/inbox`).filter(name => name.endsWith('.json'));
			} catch {
				return [];
			}
			return names.map(name => (JSON.parse(readFileSync(`${home}/data/summit-tui/stories/inbox/${name}`, 'utf8')) as {articles: Array<{title: string}>}).articles[0]!.title).sort();
		},
	};
}

/** The invented articles as pages at /a/SLUG. */
export function serveArticles(server: FeedServer): void {
	for (const article of inventedArticles) server.set(`/a/${article.slug}`, {body: articlePage(article), type: 'text/html; charset=utf-8'});
}

export const articleBySlug = (slug: string) => inventedArticles.find(article => article.slug === slug)!;
