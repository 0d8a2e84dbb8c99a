import {describe, expect, it} from 'vitest';
import {eventTitle, maxTitleWords, quotedDateTitle} from '../../source/ingest/event-titles.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';

function titleFor(paragraph: string, dateWords: string): string {
	const sentences = analyseParagraph(paragraph);
	const at = paragraph.indexOf(dateWords);
	const sentence = sentences.find(item => at < item.end)!;
	return eventTitle(sentence, paragraph, at);
}

describe('event titles', () => {
	it('are the clause that holds the date, at most twelve words', () => {
		const title = titleFor('The storm, which flooded the old town on Friday, forced the council to close schools across the region for a week.', 'Friday');
		expect(title).toBe('The storm flooded the old town on Friday');
		const long = titleFor('Emergency crews from three neighbouring provinces worked through the night on Tuesday to clear the debris from the collapsed bridge near the harbour.', 'Tuesday');
		expect(long.split(/\s+/).length).toBeLessThanOrEqual(maxTitleWords);
	});

	it('leave out a dateline and quoted words', () => {
		expect(titleFor('LAGOS, Nigeria – The port reopened on Monday after a week-long strike.', 'Monday')).toBe('The port reopened on Monday after a week-long strike');
		expect(titleFor('The minister said the deal was “a new start for the whole coast” on Monday.', 'Monday')).not.toMatch(/new start/);
	});

	it('are never a quotation: a date named only inside one gets a plain title', () => {
		expect(titleFor('“I went back to the village yesterday and it was gone,” he said.', 'yesterday')).toBe(quotedDateTitle);
	});
});
