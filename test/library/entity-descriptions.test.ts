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
		expect(twice).toBe('Person named in Times (4×), Post (2×), Wire (1×) and Daily (4×). Found automatically; the citations show where. Also described as: port director (Post, Wire, Daily).');
	});

	it('keeps outlet names with parentheses whole, in the counts and in the roles, however often it is rebuilt', () => {
		const once = rebuiltDescription(generated('Wire (via The Herald) (2×)'), 'mayor', [{description: generated('Post (via Daily) (3×)'), role: 'governor', outlets: ['Post (via Daily)']}]);
		expect(once).toBe('Person named in Wire (via The Herald) (2×) and Post (via Daily) (3×). Found automatically; the citations show where. Also described as: governor (Post (via Daily)).');
		const twice = rebuiltDescription(once, 'mayor', [{description: generated('Times (1×)'), role: 'Governor', outlets: ['Times']}]);
		expect(twice).toBe('Person named in Wire (via The Herald) (2×), Post (via Daily) (3×) and Times (1×). Found automatically; the citations show where. Also described as: governor (Post (via Daily), Times).');
	});

	it('keeps a description a person wrote', () => {
		expect(rebuiltDescription('The harbour master since 2019; checked by hand.', 'harbour master', [{description: generated('Post (2×)'), outlets: ['Post']}])).toBeUndefined();
	});
});
