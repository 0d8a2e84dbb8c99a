import {describe, expect, it} from 'vitest';
import {ingestText, speakersOf} from '../helpers/ingest-text.js';

// Interviews and live transcripts print a person's words after their name and a colon, with no marks
// (source/ingest/transcript-quotes.ts). Invented text.

const speakers = (...paragraphs: string[]) => speakersOf(ingestText({text: paragraphs.join('\n\n')}));

describe('a transcript line is its speaker\'s words', () => {
	it('the words after a person\'s surname or full name and a colon are a quote of that person; the outlet\'s questions are nobody\'s', () => {
		const found = speakers(
			'Orla Brennick, who runs the Tallow Bay lifeboat station, spoke to the Coast Herald about the summer rescues.',
			'Coast Herald: How many launches this year?',
			'Brennick: Forty-one so far, which is more than all of last year. Most were paddleboarders blown offshore.',
			'Orla Brennick: We need a second boat before the autumn storms.',
		);
		expect(found).toEqual([
			['Forty-one so far, which is more than all of last year. Most were paddleboarders blown offshore.', 'Orla Brennick'],
			['We need a second boat before the autumn storms.', 'Orla Brennick'],
		]);
	});

	it('a transcript line is among the quotes, not the facts', () => {
		const story = ingestText({text: ['Orla Brennick, who runs the Tallow Bay lifeboat station, spoke to the Coast Herald about the summer rescues.', 'Brennick: We launched 41 times this year, and the crew is exhausted.'].join('\n\n')});
		expect(story.quotes.map(quote => quote.text)).toEqual(['We launched 41 times this year, and the crew is exhausted.']);
		expect(story.facts.map(fact => fact.text).join(' ')).not.toContain('41 times');
	});

	it('a label that is no person of the story, or a line of a few words, is no quote', () => {
		const found = speakers(
			'Orla Brennick runs the Tallow Bay lifeboat station, the county council said on Monday.',
			'Correction: An earlier version of this story gave the wrong name for the station.',
			'Brennick: 41 launches',
		);
		expect(found).toEqual([]);
	});

	it('a line with quotation marks keeps the quotation as written', () => {
		expect(speakers('Orla Brennick runs the Tallow Bay lifeboat station.', 'Brennick: "We launched twice on Sunday."')).toEqual([['We launched twice on Sunday.', 'Orla Brennick']]);
	});
});
