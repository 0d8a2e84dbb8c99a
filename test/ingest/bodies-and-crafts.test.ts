import {describe, expect, it} from 'vitest';
import {ingestText, namesOf} from '../helpers/ingest-text.js';

// Bodies, crafts and streets as a reader takes them (name-runs.ts, organization-rules.ts, kind-overrides.ts,
// names-of-things.ts), on invented sentences.
const names = (text: string) => namesOf(ingestText({text}));

describe('an emergency service named by its area and two service words is one body', () => {
	it('"Harbour Fire and Rescue", "Kestrel Fire and Emergency": one body, not two places', () => {
		const found = names('Crews from Brindle Fire and Rescue reached the barn at noon, and Kestrel Fire and Emergency sent two more trucks.');
		expect(found.organizations).toEqual(expect.arrayContaining(['Brindle Fire and Rescue', 'Kestrel Fire and Emergency']));
		expect(found.places).not.toContain('Rescue');
		expect(found.places).not.toContain('Brindle Fire');
	});

	it('a person named after "and" is a second name, not a part of the body\'s: "the Ministry of Health and Karim al-Sayed"', () => {
		const found = names('Officials from the Ministry of Health and Karim al-Sayed spoke on Monday.');
		expect(found.organizations).toEqual(['Ministry of Health']);
		expect(found.people).toEqual(['Karim al-Sayed']);
	});
});

describe('a craft called by a service and a number is no body', () => {
	it('"aboard Air Force One", "Marine One landed": the call sign names no air force and no marines', () => {
		const found = names('The president flew to Denver aboard Air Force One on Tuesday, and Marine One landed on the lawn.');
		expect(found.organizations).toEqual([]);
		expect(found.places).toEqual(['Denver']);
	});

	it('the service itself is still a body', () => {
		expect(names('The Air Force said the jet had landed safely.').organizations).toContain('Air Force');
	});
});

describe('a street or a ground is a place, though its words read like a person\'s name', () => {
	it('"Santa Monica Boulevard", "Lisbeth Avenue" are places, no people', () => {
		const found = names('Police closed Marlo Vance Boulevard and Lisbeth Avenue on Friday after the parade.');
		expect(found.people).toEqual([]);
		expect(found.places).toEqual(expect.arrayContaining(['Marlo Vance Boulevard', 'Lisbeth Avenue']));
	});
});
