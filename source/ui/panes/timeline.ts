import type {StoryEvent} from '../../model/schema.js';
import {eventDateLabel} from '../../model/story-lookup.js';
import {heading, LazyRow, statusGlyphs, statusTones, type Row} from '../list-rows.js';
import type {ListPane} from './pane-definition.js';

/**
 * The date of an event under its year's heading: "12 or 13 Sep" rather than "12 or 13 Sep 2023"; an
 * event known only to the year says so instead of repeating the heading.
 */
export function dateWithinYear(event: StoryEvent): string {
	const label = eventDateLabel(event);
	const year = event.date.slice(0, 4);
	if (label === year) return event.precision === 'year' ? 'that year' : label;
	if (label.split(year).length !== 2 || !label.endsWith(` ${year}`)) return label;
	return label.slice(0, -year.length - 1);
}

export const timelinePane = {
	id: 'timeline',
	kind: 'list',
	title: 'Timeline',
	shortTitle: 'Dates',
	helpTitle: 'Timeline',
	column: {wide: 1, medium: 0},
	rows({lookup, badge}) {
		const {story} = lookup;
		const timeline: Row[] = [];
		let dateWidth = 0;
		for (const event of story.events) dateWidth = Math.max(dateWidth, dateWithinYear(event).length);
		let year = '';
		for (const event of story.events) {
			if (event.date.slice(0, 4) !== year) {
				year = event.date.slice(0, 4);
				timeline.push(heading(year));
			}
			timeline.push(
				new LazyRow(
					() => [
						{text: `${dateWithinYear(event).padEnd(dateWidth)} `, tone: 'muted'},
						{text: `${statusGlyphs[event.status]} `, tone: statusTones[event.status]},
						{text: event.title},
						{text: `  ${badge(event.cites)}`, tone: 'muted'},
					],
					event.id,
					2,
				),
			);
		}
		return timeline;
	},
} as const satisfies ListPane;
