import {describe, expect, it} from 'vitest';
import {rebuiltDescription} from '../../source/library/entity-descriptions.js';

const generated = (parts: string) => `Person named in ${parts}. Found automatically; the citations show where.`;

describe('an entity named again', () => {
	it('has its generated description rebuilt from every article that names it, with the roles others give', () => {
		const once = rebuiltDescription(generated('Times (3×)'), 'harbour master', [{description: generated('Post (2×)'), role: 'port director', outlets: ['Post']}]);
		expect(once).toBe('Person named in Times (3×) and Post (2×). Found automatically; the citations show where. Also described as: port director (Post).');
		const twice = rebuiltDescription(once, 'harbour master', [
			{description: generated('Wire (1×)'), role: 'Port Director', outlets: ['Wire']},
			{description: generated('Daily (4×)'), role: 'port director', outlets: ['Daily']},
			{description: generated('Times (1×)'), role: 'Harbour Master', outlets: ['Times']},
		]);
		expect(twice).toBe('Person named in Times (4×) and Post (2×) and Wire (1×) and Daily (4×). Found automatically; the citations show where. Also described as: port director (Post, Wire, Daily).');
	});

	it('keeps outlets whose names hold parentheses whole, however often it is rebuilt', () => {
		let text = rebuiltDescription(generated('Forbes (2×)'), 'President', [{description: generated('AP (via ETV Bharat) (3×)'), role: 'Russian President', outlets: ['AP (via ETV Bharat)']}]);
		for (const outlet of ['Reuters (via The Straits Times)', 'Pledge Times']) text = rebuiltDescription(text, 'President', [{description: generated(`${outlet} (1×)`), role: 'Russian president', outlets: [outlet]}]);
		expect(text).toBe('Person named in Forbes (2×) and AP (via ETV Bharat) (3×) and Reuters (via The Straits Times) (1×) and Pledge Times (1×). Found automatically; the citations show where. Also described as: Russian President (AP (via ETV Bharat), Reuters (via The Straits Times), Pledge Times).');
	});

	it('keeps a description a person wrote', () => {
		expect(rebuiltDescription('The harbour master since 2019; checked by hand.', 'harbour master', [{description: generated('Post (2×)'), outlets: ['Post']}])).toBeUndefined();
	});
});
