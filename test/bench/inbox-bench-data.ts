// The inbox bench's articles (inbox-bench.ts): 200 happenings of 5 generated articles each, every
// article naming its happening's people, bodies and places, two countries and a few names every story has.
import type {GroupMember} from '../../source/feeds/inbox-groups.js';
import {entryIdOf} from '../../source/feeds/inbox-store.js';
import {inventedStory} from '../fixtures/invented-story.js';

export const happenings = 200;
export const perHappening = 5;
const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'in', 'sa', 'bru', 'nik', 'ol', 'pet', 'zan', 'ur', 'hel'];
/** A made-up name, different for every number. */
const word = (seed: number) => {
	let text = '';
	for (let rest = seed + 17; text.length < 6 || rest > 0; rest = Math.floor(rest / syllables.length)) text += syllables[rest % syllables.length];
	return text[0]!.toUpperCase() + text.slice(1);
};
const countries = Array.from({length: 20}, (_, index) => ({name: `${word(9000 + index)}land`, kind: 'Country'}));
const everywhere = ['United Nations', 'Reuters', 'Associated Press', 'European Union', 'White House', 'World Bank'];

export function generateInbox(): GroupMember[] {
	const members: GroupMember[] = [];
	for (let happening = 0; happening < happenings; happening++) {
		const name = (offset: number) => `${word(happening * 40 + offset)} ${word(happening * 40 + offset + 20)}`;
		const cast = Array.from({length: 6}, (_, index) => name(index));
		const bodies = Array.from({length: 4}, (_, index) => `${word(happening * 40 + 10 + index)} Council`);
		const towns = Array.from({length: 5}, (_, index) => word(happening * 40 + 30 + index));
		for (let article = 0; article < perHappening; article++) {
			const pick = <T>(list: T[], count: number) => Array.from({length: count}, (_, index) => list[(article + index) % list.length]!);
			const story = inventedStory({
				id: `h${happening}-a${article}`,
				title: `${towns[0]} ${['talks', 'vote', 'strike', 'flood', 'trial'][happening % 5]}: ${cast[article % 6]} ${['speaks', 'responds', 'waits', 'acts', 'returns'][article]}`,
				outlet: `Outlet ${(happening + article) % 37}`,
				published: new Date(Date.UTC(2031, 0, 1 + (happening % 60) + article)).toISOString().slice(0, 10),
				url: `https://outlet${article}.example/${happening}/${article}`,
				people: pick(cast, 4),
				organizations: [...pick(bodies, 2), ...pick(everywhere, 2).map(body => ({name: body, mentions: 1}))],
				places: [...pick(towns, 3), countries[happening % 20]!, {...countries[(happening + 7) % 20]!, mentions: 1}],
			});
			members.push({id: entryIdOf(story), story});
		}
	}
	return members;
}

