import {describe, expect, it} from 'vitest';
import {mergeArticlesIntoStory} from '../../source/library/merge-articles.js';
import {ingestText} from '../helpers/ingest-text.js';

// Issue 23: a past happening announced as future in an older article leaves To watch when a later
// article, added with --into, reports it done.
const preview = {
	outlet: 'Coast News',
	published: '2024-05-01',
	text: ['Ferry forum planned', 'Harbour chief Ines Moller and mayor Ana Lima are expected to open the ferry forum in Vik next week.', 'The forum is the first since the storm damaged the pier.'].join('\n\n'),
};
const report = {
	outlet: 'Fjord Daily',
	published: '2024-05-09',
	text: ['Ferry forum opens', 'Harbour chief Ines Moller and mayor Ana Lima opened the ferry forum in Vik on Wednesday before a crowd of sailors.', 'The pier is still closed.'].join('\n\n'),
};

describe('a forecast a later article reports done', () => {
	it('is no longer expected nor To watch after --into adds the report', () => {
		const before = ingestText(preview);
		const forecast = before.events.find(event => event.status === 'expected');
		expect(forecast, JSON.stringify(before.events)).toBeDefined();
		expect(before.facts.some(fact => fact.category === 'to-watch')).toBe(true);
		const merged = mergeArticlesIntoStory(before, ingestText(report), '2024-05-09').story;
		const event = merged.events.find(item => item.id === forecast!.id)!;
		expect(event).toMatchObject({status: 'happened', date: '2024-05-08', precision: 'day', updated: '2024-05-09'});
		expect(new Set(event.cites.map(citation => citation.article)).size).toBe(2);
		expect(merged.facts.filter(fact => fact.category === 'to-watch')).toEqual([]);
	});
});
