import type {Problem} from './problem.js';
import type {StoryFile} from './schema.js';

/** `problemsTotal`, when larger than `problems.length`, is how many there were before the list was cut. */
export type LoadResult = {story?: StoryFile; problems: Problem[]; problemsTotal?: number};
