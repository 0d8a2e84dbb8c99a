import {describe, expect, it} from 'vitest';
import {groupInbox, type GroupMember} from '../../source/feeds/inbox-groups.js';
import {inventedStory, type InventedStory} from '../fixtures/invented-story.js';

const member = (id: string, spec: InventedStory): GroupMember => ({id, story: inventedStory(spec)});

const fireArticles = [
	member('fire-1', {title: 'Wildfire near Askeby forces evacuations', outlet: 'North Post', published: '2031-07-01', people: ['Greta Holmvik'], organizations: ['Askeby Fire Service'], places: ['Askeby', {name: 'Norland', kind: 'Country'}]}),
	member('fire-2', {title: 'Askeby wildfire spreads as winds rise', outlet: 'Daily Ledger', published: '2031-07-02', people: ['Greta Holmvik', 'Paul Ardent'], organizations: ['Askeby Fire Service'], places: ['Askeby', 'Lake Tyne']}),
	member('fire-3', {title: 'Firefighters contain Askeby blaze as winds drop', outlet: 'Coast Radio', published: '2031-07-04', organizations: ['Askeby Fire Service'], places: ['Askeby', 'Lake Tyne']}),
];
const vote = member('vote', {title: 'Norland parliament passes budget', outlet: 'North Post', published: '2031-07-02', people: ['Henrik Stolpe'], organizations: ['Norland Parliament'], places: [{name: 'Norland', kind: 'Country'}, 'Velstad']});
const match = member('match', {title: 'Velstad United win the cup final', outlet: 'Sport Now', published: '2031-07-03', people: ['Dani Ortez'], organizations: ['Velstad United'], places: ['Velstad']});

describe('grouping the inbox by happening', () => {
	it('puts the articles of one happening in one group with its outlets and dates, the others apart', () => {
		const groups = groupInbox([vote, ...fireArticles, match]);
		const fire = groups.find(group => group.members.includes('fire-1'))!;
		expect(fire.members).toEqual(['fire-1', 'fire-2', 'fire-3']);
		expect(fire.outlets).toEqual(['North Post', 'Daily Ledger', 'Coast Radio']);
		expect([fire.from, fire.to]).toEqual(['2031-07-01', '2031-07-04']);
		expect(fire.names.slice(0, 2)).toEqual(['Askeby Fire Service', 'Askeby']);
		expect(fire.names).not.toContain('Norland');
		expect(groups.map(group => group.members.length).sort()).toEqual([1, 1, 3]);
	});

	it('titles a group by its most typical headline and says why each article joined', () => {
		const [fire] = groupInbox(fireArticles);
		expect(fire!.title).toBe('Askeby wildfire spreads as winds rise');
		expect(fire!.reasons.map(reason => reason.id)).toEqual(['fire-2', 'fire-3']);
		expect(fire!.reasons[0]!.signals.join('; ')).toMatch(/shares 1 person: Greta Holmvik/);
	});

	it('does not group two articles that share only a country, nor one city a year apart', () => {
		expect(groupInbox([vote, fireArticles[0]!]).length).toBe(2);
		const later = member('later', {title: 'Velstad United win the cup final again', outlet: 'Sport Now', published: '2032-07-03', people: ['Dani Ortez'], organizations: ['Velstad United'], places: ['Velstad']});
		expect(groupInbox([match, later]).length).toBe(2);
	});

	it('groups the same articles the same way in any order, newest group first', () => {
		const forward = groupInbox([vote, ...fireArticles, match]);
		const backward = groupInbox([match, ...fireArticles.toReversed(), vote]);
		expect(backward).toEqual(forward);
		expect(forward[0]!.to).toBe('2031-07-04');
	});

	it('groups nothing into nothing', () => {
		expect(groupInbox([])).toEqual([]);
	});
});
