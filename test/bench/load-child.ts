// Run in a child process per story, so that its peak memory is its own: load + validate, build the
// dashboard's rows, and build the search index (one query forces it), then report times and peak RSS.
import {readStoryFile} from '../../source/model/load.js';
import {buildStoryLookup} from '../../source/model/story-lookup.js';
import {createSearcher} from '../../source/search/search.js';
import {buildPaneRows} from '../../source/ui/pane-rows.js';

const file = process.argv[2]!;
const started = performance.now();
const {story, problems} = readStoryFile(file, {maxBytes: 1024 ** 3});
if (!story) throw new Error(`the synthetic story does not load: ${JSON.stringify(problems.slice(0, 3))}`);
const loaded = performance.now();
buildPaneRows(buildStoryLookup(story));
const laidOut = performance.now();
createSearcher(story).search('vladivostok', 50);
const indexed = performance.now();
process.stdout.write(
	JSON.stringify({
		loadMs: loaded - started,
		rowsMs: laidOut - loaded,
		indexMs: indexed - laidOut,
		totalMs: indexed - started,
		peakRssMiB: process.resourceUsage().maxRSS / 1024,
	}),
);
