import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer, type IncomingHttpHeaders, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fetchPage, userAgent} from '../../source/ingest/fetch-page.js';
import {ingestFiles} from '../../source/ingest/ingest-files.js';
import {cliPath} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// URL import against a server of our own on 127.0.0.1, one route for each way a server misbehaves.
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge to close to cars | City Herald</title>
<meta property="og:site_name" content="City Herald"><meta property="article:published_time" content="2024-03-05T08:00:00+01:00"></head>
<body><nav>Home News Sport</nav><article><h1>Bridge to close to cars</h1>
<p>The council voted on Tuesday to close the old bridge to cars from April, after inspectors found corroded cables in two of its spans.</p>
<p>"We cannot take the risk any longer," said Mayor Ines Duarte, who chaired the meeting and cast the deciding vote.</p>
<p>Buses and bicycles will still be allowed across until repairs begin in the autumn, the council's transport office said in a statement.</p>
</article></body></html>`;

let server: Server;
let base = '';
const seenHeaders: IncomingHttpHeaders[] = [];

beforeAll(async () => {
	server = createServer((request, response) => {
		seenHeaders.push(request.headers);
		const route = request.url ?? '/';
		if (route === '/page.html') return response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'set-cookie': 'session=abc'}).end(article);
		if (route === '/moved') return response.writeHead(301, {location: '/page.html', 'set-cookie': 'tracker=1'}).end();
		if (route === '/loop-a') return response.writeHead(302, {location: '/loop-b'}).end();
		if (route === '/loop-b') return response.writeHead(302, {location: '/loop-a'}).end();
		const hop = /^\/hop\/(\d+)$/.exec(route);
		if (hop) return response.writeHead(302, {location: `/hop/${Number(hop[1]) + 1}`}).end();
		if (route === '/missing') return response.writeHead(404, 'Not Found').end('gone');
		if (route === '/broken') return response.writeHead(500, 'Internal Server Error').end('oops');
		if (route === '/report.pdf') return response.writeHead(200, {'content-type': 'application/pdf'}).end('%PDF-1.7');
		if (route === '/latin1') return response.writeHead(200, {'content-type': 'text/html; charset=iso-8859-1'}).end(Buffer.from(article.replace('<meta charset="utf-8">', '').replace('Mayor Ines', 'Mayor Inés'), 'latin1'));
		if (route === '/plain.txt') return response.writeHead(200, {'content-type': 'text/plain; charset=utf-8'}).end('Bridge to close to cars\n\nThe council voted on Tuesday to close the old bridge to cars from April.\n');
		if (route === '/never-ends') {
			// Headers and a first chunk, then nothing: a server that never finishes.
			response.writeHead(200, {'content-type': 'text/html'});
			response.write('<!doctype html><html><body><p>Half a page');
			return;
		}
		if (route === '/endless') {
			// No content-length: the size is known only while the body streams.
			response.writeHead(200, {'content-type': 'text/html'});
			const chunk = `<p>${'x'.repeat(16 * 1024)}</p>`;
			const timer = setInterval(() => {
				if (!response.write(chunk)) return;
			}, 1);
			response.on('close', () => clearInterval(timer));
			return;
		}
		return response.writeHead(404).end();
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise(resolve => server.close(resolve));
});

describe('fetching a page', () => {
	it('follows redirects, names itself, and sends no cookies back', async () => {
		seenHeaders.length = 0;
		const {page} = await fetchPage(`${base}/moved`);
		expect(page!.finalUrl).toBe(`${base}/page.html`);
		expect(page!.contentType).toMatch(/text\/html/);
		expect(seenHeaders.map(headers => headers['user-agent'])).toEqual([userAgent, userAgent]);
		expect(userAgent).toMatch(/^summit-tui\/\S+/);
		expect(seenHeaders.every(headers => headers.cookie === undefined)).toBe(true);
	});

	const cases: Array<[string, RegExp, {timeoutMs?: number; maxBytes?: number}?]> = [
		['/loop-a', /redirect loop: .*loop-a → .*loop-b → .*loop-a/],
		['/hop/0', /more than 10 redirects/],
		['/missing', /the server answered 404 Not Found/],
		['/broken', /the server answered 500 Internal Server Error/],
		['/report.pdf', /is application\/pdf, not a web page or text/],
		['/never-ends', /no complete answer within 0.5 s/, {timeoutMs: 500}],
		['/endless', /larger than the --max-size limit of 256.0 KiB/, {maxBytes: 256 * 1024}],
	];
	for (const [route, reason, options] of cases) {
		it(`gives a one-line reason for ${route}`, async () => {
			const started = Date.now();
			const {page, problem} = await fetchPage(`${base}${route}`, options);
			expect(page).toBeUndefined();
			expect(problem!.file).toBe(`${base}${route}`);
			expect(problem!.message).toMatch(reason);
			expect(problem!.message).not.toContain('\n');
			expect(Date.now() - started).toBeLessThan(5000);
		});
	}

	it('refuses schemes other than http and https, and names a host that does not resolve', async () => {
		expect((await fetchPage('ftp://127.0.0.1/page.html')).problem!.message).toMatch(/only http and https/);
		expect((await fetchPage('file:///etc/passwd')).problem!.message).toMatch(/only http and https/);
		// The resolver is not asked (tests stay off the network): the error Node's fetch gives is simulated.
		const unresolved = Object.assign(new TypeError('fetch failed'), {cause: Object.assign(new Error('getaddrinfo ENOTFOUND news.invalid'), {code: 'ENOTFOUND'})});
		const {problem} = await fetchPage('https://news.invalid/story', {fetch: () => Promise.reject(unresolved)});
		expect(problem!.message).toBe('host "news.invalid" not found (it does not resolve)');
	});
});

describe('importing a URL', () => {
	it('gives the same story as the saved page, with the URL recorded', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'summit-url-'));
		const saved = path.join(folder, 'page.html');
		writeFileSync(saved, article);
		const fromFile = await ingestFiles([saved], {url: `${base}/page.html`});
		const fromUrl = await ingestFiles([`${base}/moved`]);
		expect(fromUrl.problems).toEqual([]);
		expect(fromUrl.story!.articles[0]!.url).toBe(`${base}/page.html`);
		expect(fromUrl.story).toEqual(fromFile.story);
		expect(fromUrl.story!.articles[0]).toMatchObject({outlet: 'City Herald', published: '2024-03-05', title: 'Bridge to close to cars'});
	});

	it('decodes the charset the server names, and imports plain text', async () => {
		const latin = await ingestFiles([`${base}/latin1`]);
		expect(latin.story!.articles[0]!.paragraphs!.join(' ')).toContain('Mayor Inés Duarte');
		const plain = await ingestFiles([`${base}/plain.txt`], {published: '2024-03-05', outlet: 'City Herald'});
		expect(plain.story!.articles[0]!.paragraphs).toHaveLength(2);
		expect(plain.story!.articles[0]!.url).toBe(`${base}/plain.txt`);
	});
});

/** The built CLI, run without blocking this process's event loop (the server must keep answering). */
function runCliAsync(args: string[]): Promise<{code: number | null; stdout: string; stderr: string}> {
	return new Promise(resolve => {
		const child = spawn(process.execPath, [cliPath, ...args], {env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', chunk => (stdout += chunk));
		child.stderr.on('data', chunk => (stderr += chunk));
		child.on('close', code => resolve({code, stdout, stderr}));
	});
}

describe.skipIf(!existsSync(cliPath))('the CLI on URLs', () => {
	it('imports a URL into a story file (the built CLI) and prints the report for one', async () => {
		const out = path.join(mkdtempSync(path.join(tmpdir(), 'summit-url-')), 'story.json');
		const ingest = await runCliAsync(['ingest', `${base}/page.html`, '-o', out]);
		expect(ingest.stderr).toContain('wrote');
		expect(ingest.code).toBe(0);
		expect(JSON.parse(readFileSync(out, 'utf8')).articles[0].url).toBe(`${base}/page.html`);
		const report = await runMain([`${base}/page.html`, '--plain']);
		expect(report.code).toBe(0);
		expect(report.stdout).toContain('Ines Duarte');
	});

	// In process, except /never-ends: there the built CLI must also end although the server never does.
	for (const [route, reason, flags] of [
		['/missing', '404 Not Found', []],
		['/loop-a', 'redirect loop', []],
		['/report.pdf', 'application/pdf', []],
		['/never-ends', 'no complete answer within 0.5 s', ['--timeout', '0.5']],
		['/endless', 'larger than the --max-size limit', ['--max-size', '100K']],
	] as const) {
		it(`exits 1 naming the URL, writing nothing, for ${route}`, async () => {
			const out = path.join(mkdtempSync(path.join(tmpdir(), 'summit-url-')), 'story.json');
			const args = ['ingest', `${base}${route}`, '-o', out, ...flags];
			const result = route === '/never-ends' ? await runCliAsync(args) : await runMain(args);
			expect(result.code).toBe(1);
			expect(result.stderr).toContain(`${base}${route}: `);
			expect(result.stderr).toContain(reason);
			expect(result.stderr).not.toMatch(/\n\s+at /);
			expect(existsSync(out)).toBe(false);
		});
	}
});
