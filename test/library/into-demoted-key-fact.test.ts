import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {addToStoryFile, storyJson} from '../../source/library/save-story.js';
import {parseStoryText} from '../../source/model/load.js';
import {importArticles, ingestDevFolder} from '../ingest-eval/evaluate.js';
import {temporaryFolder} from '../helpers/run-cli.js';

// Real articles read from ../shared/ingest-dev at test time: a story grown day by day with --into keeps
// its facts in the order the articles came, while the loaded story lists its key facts first. When a
// new article's lead outranks an old key fact, the demoted fact sits in two different places in the
// file and in the merged story: the write must still go through (it failed as "a bug" before).
const folder = path.join(ingestDevFolder, 'articles');
const days = ['01-nhk-kim-plans-russia-trip', '02-abc-kim-arrives-russia', '03-reuters-straitstimes-cosmodrome-meeting', '04-guardian-vostochny-spaceport', 'c1-reuters-cosmodrome', 'c3-pravda-ria', 'c4-ap-etv', 'c5-pledge-tass', 'c2-cnn-live', '05-tass-komsomolsk-aircraft-plant', '06-wikipedia-2023-kim-visit-russia'];
const other = '08-dpa-morocco-earthquake';
const present = [...days, other].every(name => existsSync(path.join(folder, `${name}.txt`)));

describe.skipIf(!present)('--into after a story grew day by day (../shared/ingest-dev)', () => {
	it('adds an article whose lead outranks an old key fact, and the file loads with it', async () => {
		const file = path.join(temporaryFolder(), 'story.json');
		const options = {backup: false, maxBytes: 50_000_000, today: '2026-12-07'};
		writeFileSync(file, storyJson(await importArticles([path.join(folder, `${days[0]}.txt`)])));
		for (const name of days.slice(1)) expect(addToStoryFile(file, await importArticles([path.join(folder, `${name}.txt`)]), options)).not.toHaveProperty('problems');
		const before = parseStoryText(readFileSync(file, 'utf8'), file).story!;
		// An article of another story, added anyway (--force): named as unrelated, written all the same.
		const outcome = addToStoryFile(file, await importArticles([path.join(folder, `${other}.txt`)]), {...options, force: true});
		expect(outcome, JSON.stringify(outcome).slice(0, 300)).not.toHaveProperty('problems');
		const after = parseStoryText(readFileSync(file, 'utf8'), file).story!;
		expect(after.articles).toHaveLength(before.articles.length + 1);
		expect(after.facts.filter(fact => fact.category === 'key-fact').length).toBeLessThanOrEqual(7);
	}, 180_000);
});
