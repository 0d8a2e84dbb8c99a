import {factCategoryOrder, factCategoryTitles} from '../../model/labels.js';
import {heading, LazyRow, type Row} from '../list-rows.js';
import type {ListPane} from './pane-definition.js';

export const factsPane = {
	id: 'facts',
	kind: 'list',
	title: 'Key facts',
	shortTitle: 'Facts',
	helpTitle: 'Key facts',
	column: {wide: 0, medium: 0},
	rows({lookup, badge, badgeWidth}) {
		const {story} = lookup;
		const facts: Row[] = [];
		for (const category of factCategoryOrder) {
			const inCategory = story.facts.filter(fact => fact.category === category);
			if (inCategory.length === 0) continue;
			facts.push(heading(`${factCategoryTitles[category]} (${inCategory.length})`));
			for (const fact of inCategory) {
				facts.push(new LazyRow(() => [{text: `${badge(fact.cites).padEnd(badgeWidth)} `, tone: 'muted'}, {text: fact.text}], fact.id, 1));
			}
		}
		return facts;
	},
} as const satisfies ListPane;
