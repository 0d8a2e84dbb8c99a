import type {StoryFile} from '../model/schema.js';
import {renderPlain} from '../report/render-reports.js';
import {buildStoryLookup} from '../model/story-lookup.js';

// Replaced by the dashboard in the next change; until then a terminal gets the plain report.
export async function runDashboard(story: StoryFile): Promise<number> {
	process.stdout.write(renderPlain(buildStoryLookup(story)));
	return 0;
}
