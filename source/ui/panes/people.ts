import {heading, LazyRow, type Row} from '../list-rows.js';
import type {ListPane} from './pane-definition.js';

export const peoplePane = {
	id: 'people',
	kind: 'list',
	title: 'People',
	shortTitle: 'People',
	helpTitle: 'People (organisations, places)',
	column: {wide: 2, medium: 1},
	rows({lookup}) {
		const {story} = lookup;
		const people: Row[] = [];
		const entityRow = (id: string, name: string, detail: () => string): Row =>
			new LazyRow(() => {
				const text = detail();
	
		return [{text: name, bold: true}, ...(text ? [{text: ` · ${text}`, tone: 'muted' as const}] : [])];
		}, id);
	if (story.people.length > 0) people.push(heading(`People (${story.people.length})`));
	for (const person of story.people) {
		people.push(entityRow(person.id, person.name, () => [person.role, person.country ? lookup.nameOf(person.country) : ''].filter(Boolean).join(', ')));
	}
	if (story.organizations.length > 0) people.push(heading(`Organisations (${story.organizations.length})`));
	for (const organization of story.organizations) {
		people.push(
			entityRow(organization.id, organization.name, () => [organization.kind, organization.country ? lookup.nameOf(organization.country) : ''].filter(Boolean).join(', ')),
		);
	}
	if (story.places.length > 0) people.push(heading(`Places (${story.places.length})`));
	for (const place of story.places) {
		people.push(entityRow(place.id, place.name, () => (place.within ? `${place.kind} in ${lookup.nameOf(place.within)}` : place.kind)));
	}

		return people;
	},
} as const satisfies ListPane;
