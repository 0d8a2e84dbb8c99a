import {articleDateLabel} from '../../model/story-lookup.js';
import {countExclusiveItems, heading, type Row} from '../list-rows.js';
import type {ListPane} from './pane-definition.js';

export const sourcesPane = {
	id: 'sources',
	kind: 'list',
	title: 'Sources',
	shortTitle: 'Sources',
	helpTitle: 'Sources (articles, differences)',
	column: {wide: 2, medium: 1},
	rows({lookup, codes}) {
		const {story} = lookup;
		const sources: Row[] = [];
		const exclusiveCounts = countExclusiveItems(lookup);
		for (const article of story.articles) {
			const exclusive = exclusiveCounts.get(article.id) ?? 0;
			sources.push(heading(`${article.outlet} (${codes.get(article.outlet)}) · ${articleDateLabel(article)}`));
			sources.push({itemId: article.id, cells: [{text: article.title}]});
			sources.push({cells: [{text: `  only here: ${exclusive} items`, tone: 'muted'}]});
		}
		if (story.differences.length > 0) sources.push(heading(`Where they differ (${story.differences.length})`));
		for (const difference of story.differences) {
			sources.push({itemId: difference.id, cells: [{text: '≠ ', tone: 'warning'}, {text: difference.topic}]});
		}
		return sources;
	},
} as const satisfies ListPane;
