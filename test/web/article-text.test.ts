import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {ingestFiles} from '../../source/ingest/ingest-files.js';
import {parseStoryText, readStoryFile} from '../../source/model/load.js';

// Imported articles keep the text their citations point into, so "check the cited paragraph" can be done.
const article = `The council voted on Tuesday to close the old bridge to cars from April, after inspectors found corroded cables.

"We cannot take the risk any longer," said Mayor Ines Duarte, who chaired the meeting.

Buses and bicycles will still be allowed across until repairs begin in the autumn.`;

function writeArticle(name: string, text: string): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'summit-text-'));
	const file = path.join(folder, name);
	writeFileSync(file, text);
	return file;
}

describe('the article text kept on imported articles', () => {
	it('records the paragraphs, in order, and every citation quotes its cited paragraph', async () => {
		const file = writeArticle('bridge.txt', article);
		const {story} = await ingestFiles([file], {published: '2024-03-05', outlet: 'City Herald'});
		const record = story!.articles[0]!;
		expect(record.paragraphs).toEqual(article.split('\n\n'));
		expect(record.file).toBe(file);
		const cites = [...story!.people, ...story!.quotes, ...story!.facts, ...story!.events].flatMap(item => item.cites);
		expect(cites.length).toBeGreaterThan(0);
		for (const cite of cites) {
			const paragraph = record.paragraphs![cite.paragraph - 1]!;
			for (const piece of cite.excerpt.split('…').map(part => part.trim()).filter(Boolean)) expect(paragraph).toContain(piece);
		}
	});

	it('records the URL instead of the file name when the article gives one, and the author of a page', async () => {
		const file = writeArticle('page.html', `<!doctype html><html lang="en"><head><title>Bridge to close</title><meta name="author" content="Sam Okafor"><link rel="canonical" href="https://herald.example/bridge"></head><body><article><p>${article.split('\n\n').join('</p><p>')}</p><p>The bridge opened in 1911 and carries about 9,000 cars a day, according to the council's own traffic count.</p></article></body></html>`);
		const {story, problems} = await ingestFiles([file], {published: '2024-03-05'});
		expect(problems).toEqual([]);
		expect(story!.articles[0]).toMatchObject({url: 'https://herald.example/bridge', author: 'Sam Okafor'});
		expect(story!.articles[0]!.file).toBeUndefined();
	});

	it('writes files that load again, while files without the new fields still load', async () => {
		const {story} = await ingestFiles([writeArticle('bridge.txt', article)], {published: '2024-03-05', outlet: 'City Herald'});
		const reloaded = parseStoryText(JSON.stringify(story), 'story.json');
		expect(reloaded.problems).toEqual([]);
		expect(reloaded.story!.articles[0]!.paragraphs).toHaveLength(3);
		const older = JSON.parse(JSON.stringify(story));
		for (const entry of older.articles) {
			delete entry.paragraphs;
			delete entry.file;
		}
		expect(parseStoryText(JSON.stringify(older), 'older.json').problems).toEqual([]);
	});

	it('ships the bundled story with excerpts only, never the outlets’ full texts', () => {
		const data = fileURLToPath(new URL('../../data/', import.meta.url));
		for (const name of readdirSync(data).filter(entry => entry.endsWith('.json'))) {
			const {story} = readStoryFile(path.join(data, name));
			expect(story).toBeDefined();
			for (const entry of story!.articles) expect(entry.paragraphs, `${name}: ${entry.id}`).toBeUndefined();
			expect(readFileSync(path.join(data, name), 'utf8')).not.toContain('"paragraphs"');
		}
	});
});
