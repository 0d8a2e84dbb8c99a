import {buildStory} from '../../source/ingest/build-story.js';
import {parseArticleText} from '../../source/ingest/article-input.js';
for (const text of process.argv.slice(2)) {
	const {story, explanations} = buildStory([parseArticleText(text.replace(/\\n/g, '\n'), 'x.txt')]);
	console.log('---', text.slice(0, 60));
	for (const e of explanations.filter(e => ['person', 'organization', 'place'].includes(e.kind))) console.log(' ', e.kind, '|', e.text, '|', e.rules.join(', '));
}
