import {openLibrary, type LibraryContext, type Outcome} from '../library/library-cli.js';
import {readStoryFile} from '../model/load.js';
import type {StoryOnDisk} from './place-article.js';

// The stories a new article may be placed into: every story of the library, read from its file (the
// bundled sample is no one's followed story). A story kept in several files, or a file that does not
// load, is left out with a warning: an article is never placed into a story that cannot be updated.

export async function readFollowedStories(context: LibraryContext): Promise<Outcome<StoryOnDisk[]>> {
	const library = await openLibrary(context);
	if (library.problems.length > 0) return {problems: library.problems, heading: 'cannot open the library'};
	const stories: StoryOnDisk[] = [];
	const warnings = [...library.warnings];
	for (const story of library.stories) {
		if (story.sample) continue;
		if (story.problem) {
			warnings.push(`${story.problem.file}: ${story.problem.message}; new articles are not placed into it`);
			continue;
		}
		if (story.files.length !== 1) {
			warnings.push(`${story.id}: kept in ${story.files.length} files; new articles are not placed into it`);
			continue;
		}
		const loaded = readStoryFile(story.files[0]!, {maxBytes: context.maxBytes});
		if (!loaded.story) {
			warnings.push(`${story.files[0]}: ${loaded.problems[0]?.message ?? 'does not load'}; new articles are not placed into it`);
			continue;
		}
		stories.push({id: story.id, file: story.files[0]!, story: loaded.story});
	}
	return {value: stories, warnings};
}
