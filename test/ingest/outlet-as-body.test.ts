import {describe, expect, it} from 'vitest';
import {outletForm} from '../../source/ingest/name-tagger/outlet-names.js';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// The outlet that published an article (its header's "Outlet:") is a body where its own text names it; invented sentences.

describe('the outlet that published the article is a body where its text names it', () => {
	const text = 'Quillnet spoke with Dana Morrow about the flood. Quillnet asked her what the town needs now.';

	it('a made-up outlet the tagger reads as nothing or as a person is the organisation; in another outlet\'s article the words stay as read', () => {
		expect(namesOf(ingestText({text, outlet: 'Quillnet'}))).toEqual({people: ['Dana Morrow'], organizations: ['Quillnet'], places: []});
		expect(namesOf(ingestText({text, outlet: 'The Harbour Ledger'})).organizations).not.toContain('Quillnet');
	});

	it('written without its "The" mid-sentence', () => {
		const story = ingestText({text: 'Readers of the Harbour Ledger wrote in. Dana Morrow told the Harbour Ledger that the mill would close.', outlet: 'The Harbour Ledger'});
		expect(namesOf(story).organizations).toEqual(['Harbour Ledger']);
	});

	it('no form where the header names an address, a place or a word of the language', () => {
		expect(outletForm('The Harbour Ledger (PDF)')).toBe('Harbour Ledger');
		expect(outletForm('quillnet.example.org')).toBeUndefined();
		expect(outletForm('Portugal')).toBeUndefined();
		expect(outletForm('Time')).toBeUndefined();
	});
});
