import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliPath, runCli, temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// Saved and pasted pages through the CLI: the first test runs the built CLI (the page reader is a chunk
// of the bundle of its own), the others run main in process, where a process adds nothing they check.
const page = `<!doctype html><html lang="en"><head><title>Tram line opens a year late | Metro Daily</title>
<meta property="og:site_name" content="Metro Daily"><meta property="article:published_time" content="2024-05-02T18:00:00-04:00"></head>
<body><nav>Home | News | Sport</nav><article><h1>Tram line opens a year late</h1>
<div class="social-share"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
<p>The city’s first tram line opened on Thursday, a year behind schedule and 40 percent over budget, carrying 12,000 riders on its first day.</p>
<figure><img src="tram.jpg" alt="The first tram at the harbour stop"><figcaption>The first tram at the harbour stop. Photo: Lee Chan</figcaption></figure>
<p>"It was worth the wait," said transport commissioner Dana Whitfield, who rode the first car from the depot to the harbour.</p>
<p>Critics on the council said the delays had cost taxpayers 90 million dollars and called for an inquiry into the contracts.</p>
</article><footer>© 2024 Metro Daily</footer></body></html>`;

describe.skipIf(!existsSync(cliPath))('summit-tui on web pages', () => {
	it('imports a saved page, and --verbose lists what it left out and why', () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'tram.html');
		const out = path.join(folder, 'story.json');
		writeFileSync(file, page);
		const result = runCli(['ingest', file, '-o', out, '--verbose']);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/dropped from .*tram\.html: "The first tram at the harbour stop\. Photo: Lee Chan" \(a figure element/);
		const story = JSON.parse(readFileSync(out, 'utf8'));
		expect(story.articles[0]).toMatchObject({outlet: 'Metro Daily', title: 'Tram line opens a year late', published: '2024-05-02', file});
		expect(story.people.map((person: {name: string}) => person.name)).toContain('Dana Whitfield');
		expect(JSON.stringify(story)).not.toMatch(/Facebook|Tweet|©|Lee Chan/);
	});

	it('prints the report of a page given directly, in every report mode', async () => {
		const file = path.join(temporaryFolder(), 'tram.html');
		writeFileSync(file, page);
		for (const mode of ['--plain', '--markdown', '--json']) {
			const result = await runMain([file, mode]);
			expect(result.code, mode).toBe(0);
			expect(result.stdout, mode).toContain('Dana Whitfield');
		}
	});

	it('exits 1 with one line naming the file, writing nothing, for a page without an article', async () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'menu.html');
		const out = path.join(folder, 'story.json');
		writeFileSync(file, '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>');
		const result = await runMain(['ingest', file, '-o', out]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`${file}: no article found`);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(existsSync(out)).toBe(false);
	});

	it('takes the author and date from a pasted page’s byline and dateline, and lists the dropped lines', async () => {
		const file = path.join(temporaryFolder(), 'pasted.txt');
		writeFileSync(file, 'Skip to main content\n\nTram line opens a year late\n\nBy Priya Natarajan, transport reporter\nPublished on May 2, 2024\n\nThe city’s first tram line opened on Thursday, a year behind schedule and 40 percent over budget.\n\nAdvertisement\n\nCritics on the council said the delays had cost taxpayers 90 million dollars.\n\nMost read\nStorm warning for the weekend\nSchools close early for summer\n');
		const result = await runMain(['ingest', file, '--verbose', '--outlet', 'Metro Daily']);
		expect(result.code).toBe(0);
		const story = JSON.parse(result.stdout);
		expect(story.articles[0]).toMatchObject({author: 'Priya Natarajan', published: '2024-05-02', title: 'Tram line opens a year late'});
		expect(story.articles[0].paragraphs).toHaveLength(3);
		expect(result.stderr).toContain('"Advertisement" (advertisement)');
		expect(result.stderr).toContain('"Schools close early for summer" (headline in a list of other stories)');
	});
});
