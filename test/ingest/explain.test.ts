import {describe, expect, it} from 'vitest';
import {parseArticleText} from '../../source/ingest/article-input.js';
import {buildStory} from '../../source/ingest/build-story.js';
import {formatExplanations} from '../../source/ingest/explain.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

const article = 'Port reopens\n\n“We are ready,” harbour chief Ines Moller said in Tema on Monday.\n\nOfficials said the strike was “over”.';

describe('ingest --explain', () => {
	it('lists each name and quote with the rules that decided it, and says when no sieve was sure', () => {
		const {explanations} = buildStory([parseArticleText(article, 'port.txt', {outlet: 'Coast News', published: '2024-03-06'})]);
		const text = formatExplanations(explanations);
		expect(text).toMatch(/person\s+Ines Moller\s+#ines-moller-\w+\n\s+person-role-before/);
		expect(text).toMatch(/“We are ready,” → Ines Moller\s+#quote-1-\w+\n\s+quote-in-sentence, speaker-named/);
		expect(text).toMatch(/“over” → no speaker\s+#quote-2-\w+\n\s+quote-in-sentence, speaker-unnamed/);
	});

	it('prints on standard error, leaving the story JSON on standard output whole', async () => {
		const {writeFileSync} = await import('node:fs');
		const path = await import('node:path');
		const file = path.join(temporaryFolder(), 'port.txt');
		writeFileSync(file, `Outlet: Coast News\nPublished: 2024-03-06\n\n${article}\n`);
		const result = await runMain(['ingest', file, '--explain']);
		expect(result.code, result.stderr).toBe(0);
		expect(JSON.parse(result.stdout).quotes).toHaveLength(2);
		expect(result.stderr).toContain('speaker-named');
	});
});
