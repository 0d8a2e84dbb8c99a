import {describe, expect, it} from 'vitest';
import {ingestText} from '../helpers/ingest-text.js';

// Issue 23: a wire story updated through the day keeps an older forecast in its body while its lead
// tells the thing done; that forecast is context, not To watch.
const paragraphs = (lead: string, later: string) => ['Ferry talks begin in Vik', lead, 'Ana Lima arrived in Vik by ferry on Tuesday night, a day before the talks.', later].join('\n\n');
const categoryOf = (text: string, words: string) => ingestText({outlet: 'Coast Wire', published: '2024-05-08', text}).facts.find(fact => fact.text.includes(words))?.category;

describe('a forecast its own article’s lead tells done', () => {
	it('is context when the lead tells the same thing done', () => {
		const text = paragraphs(
			'Talks between mayor Ana Lima and harbour chief Marco Berg began on Wednesday at the Vik shipyard. The talks began shortly after Lima and Berg toured the dry docks of the shipyard.',
			'The two will tour the shipyard and then sit down for talks, the harbour office said.',
		);
		expect(categoryOf(text, 'sit down for talks')).toBe('context');
	});

	it('stays To watch when the lead tells something else, or the fear of what may come', () => {
		const other = paragraphs('Mayor Ana Lima opened the new ferry terminal in Vik on Wednesday before a crowd of sailors.', 'The two will tour the shipyard and then sit down for talks, the harbour office said.');
		expect(categoryOf(other, 'sit down for talks')).toBe('to-watch');
		const fear = paragraphs(
			'Talks between mayor Ana Lima and harbour chief Marco Berg began on Wednesday at the Vik shipyard.',
			'Sailors have expressed concern that Lima will close the shipyard talks without a deal on pay.',
		);
		expect(categoryOf(fear, 'expressed concern')).toBe('to-watch');
	});
});
