import {describe, expect, it} from 'vitest';
import {clutterKind} from '../../source/ingest/clutter-shapes.js';
import {ingestText} from '../helpers/ingest-text.js';

describe('captions, credits, datelines and wire lines', () => {
	it('are recognised by their shape', () => {
		expect(clutterKind('LUNDEN, March 4.')).toBe('dateline');
		expect(clutterKind('/NORDPRESS/.')).toBe('wire');
		expect(clutterKind('This is reported by Nordpress.')).toBe('wire');
		expect(clutterKind('Source: Coast Radio')).toBe('wire');
		expect(clutterKind('HARBOUR TIMES/VIA NORDPRESS')).toBe('credit');
		expect(clutterKind('Ana Lima speaks to crew members at the harbour in Vik, Norland, March 4, 2024.')).toBe('caption');
		expect(clutterKind('Ana Lima greets strikers at the Vik harbour on Monday, March 4')).toBe('caption');
	});

	it('leave news alone, dated or attributed', () => {
		expect(clutterKind('Ana Lima met the union in Vik on March 4, 2024.')).toBeUndefined();
		expect(clutterKind('Sources said the talks would resume.')).toBeUndefined();
		expect(clutterKind('The strike began on Monday, the union said.')).toBeUndefined();
	});

	it('never become key facts or the summary of an imported story', () => {
		const story = ingestText({
			outlet: 'Coast News',
			published: '2024-03-05',
			text: [
				'Ferry strike spreads',
				'Ana Lima speaks to crew members at the harbour in Vik, Norland, March 4, 2024.',
				'LUNDEN, March 5. /NORDPRESS/. Crews on three more ferry routes joined the strike on Tuesday, leaving the islands of Norland without a crossing for the first time in ten years.',
				'This is reported by Nordpress.',
			].join('\n\n'),
		});
		const keyFacts = story.facts.filter(fact => fact.category === 'key-fact').map(fact => fact.text);
		expect(keyFacts.join(' ')).toContain('joined the strike');
		for (const text of [...keyFacts, story.story.summary]) expect(text).not.toMatch(/speaks to crew|^LUNDEN, March 5\.$|^\/NORDPRESS\/|reported by Nordpress/);
		expect(story.events.map(event => event.title).join(' | ')).not.toMatch(/LUNDEN March 5/i);
	});
});
