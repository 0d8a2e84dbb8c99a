import {minimalStory} from '../fixtures/minimal-story.js';

/** The minimal story under its own story id and title: stories that share every item id but not the story id. */
export function storyNamed(id: string, title: string, published = '2024-03-05') {
	const story = minimalStory() as any;
	story.story = {id, title, summary: `About ${title}.`};
	story.articles[0].published = published;
	return story;
}
