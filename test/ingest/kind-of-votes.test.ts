import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {kindOf} from '../../source/ingest/entity-groups.js';
import type {EntityKind, Votes} from '../../source/ingest/entity-types.js';

// kindOf is asked of every occurrence many times an import, and is written without arrays and a sort: it
// must name the same kind as its definition, the kind with the most votes (at least 2) that no other ties.
function byDefinition(votes: Votes): EntityKind | undefined {
	const ranked: Array<[EntityKind, number]> = [
		['person', votes.person],
		['organization', votes.organization + (votes.acronym ?? 0)],
		['place', votes.place],
	];
	ranked.sort((a, b) => b[1] - a[1]);
	return ranked[0]![1] >= 2 && ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : undefined;
}

describe('the kind the votes give', () => {
	it('is the kind with the most votes, 2 or more, and no tie', () => {
		expect(kindOf({person: 2, organization: 0, place: 0})).toBe('person');
		expect(kindOf({person: 1.5, organization: 0, place: 0})).toBeUndefined();
		expect(kindOf({person: 3, organization: 2, place: 3})).toBeUndefined();
		expect(kindOf({person: 2, organization: 1, place: 0, acronym: 2})).toBe('organization');
		expect(kindOf({person: 0, organization: 0, place: 2.5})).toBe('place');
	});

	it('agrees with the definition for any votes, ties and fractions included', () => {
		const vote = fc.oneof(fc.integer({min: -2, max: 6}), fc.constantFrom(0.5, 1.5, 2.5, 4, -0), fc.double({min: -10, max: 10, noNaN: true}));
		fc.assert(
			fc.property(vote, vote, vote, fc.option(vote, {nil: undefined}), (person, organization, place, acronym) => {
				const votes: Votes = {person, organization, place, ...(acronym === undefined ? {} : {acronym})};
				expect(kindOf(votes)).toBe(byDefinition(votes));
			}),
			{numRuns: 2000},
		);
	});
});
