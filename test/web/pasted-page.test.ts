import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {ingestFiles} from '../../source/ingest/ingest-files.js';
import {cleanPastedText} from '../../source/ingest/pasted-page.js';
import type {StoryFile} from '../../source/model/schema.js';

// Invented articles, pasted as a browser copies a page: the clutter around them differs from what the
// rules were tuned on, and the story must be the one the clean article gives.
const reservoir = [
	'Drought forces water limits across three provinces',
	'Regional authorities ordered hosepipe bans and cut irrigation quotas on Thursday after the main reservoir fell to 19 percent of capacity, its lowest level since records began in 1961.',
	'"We are asking every household to save a bucket a day," said Lucia Ferrand, who heads the basin authority. "Without rain in April, farms will have to choose which fields to water."',
	'The restrictions apply to 2.4 million residents and will be reviewed every two weeks, the authority said.',
	'What the rules mean',
	'Filling swimming pools and washing cars at home are banned until further notice, and fines start at 300 euros.',
	'Farmers’ union leader Tomas Berrio said growers had already lost a third of the early harvest and called on the government to release emergency funds.',
];

const pastedReservoir = [
	'Skip to main content',
	'Menu',
	'World',
	'Europe',
	'Climate',
	'Sign in',
	'',
	reservoir[0],
	'',
	'By Maria Lopez, Europe correspondent',
	'Published on March 8, 2024',
	'',
	'Share',
	'Facebook',
	'Twitter',
	'Email',
	'',
	reservoir[1],
	'',
	'Advertisement',
	'',
	reservoir[2],
	'',
	'Read more: Heatwave warnings issued for the south coast',
	'',
	reservoir[3],
	'',
	reservoir[4],
	'',
	reservoir[5],
	'',
	'Photograph: Jo Bloggs/Coast Pictures',
	'',
	reservoir[6],
	'',
	'Related stories',
	'Spain braces for a summer of wildfires',
	'Minister Carla Ruiz resigns over leaked memo',
	'Why the Ebro delta is shrinking',
	'',
	'Sign up for our morning newsletter',
	'',
	'12 comments',
	'',
	'PedroG: "This is what happens when nobody plans ahead," he wrote. Typical of this government.',
	'Anna W: Totally agree, the mayor should resign now.',
	'',
	'© 2024 The Valley Courier. All rights reserved.',
	'Privacy policy',
	'Cookie settings',
	'Back to top',
].join('\n');

const stadium = [
	'City council approves new stadium despite protests',
	'Councillors voted 31 to 19 late on Tuesday to allow the football club to build a 40,000-seat stadium on the former rail yards, after a six-hour debate.',
	'Club chairman Olu Bankole said construction would begin in the autumn and create 1,200 jobs. "This is the biggest investment the east side has seen in decades," he said.',
	'Residents’ groups said they would challenge the decision in court.',
	'Transport',
	'The plan includes a new tram stop, paid for by the club, and a cap of 2,000 parking spaces.',
];

const pastedStadium = [
	'Home | News | Sport | Business | Culture',
	'Listen to this article',
	'4 min read',
	stadium[0],
	'Updated 08:15 BST, Wed 6 March 2024',
	'By Sam Okafor',
	'Share this article',
	stadium[1],
	'Story continues below advertisement',
	stadium[2],
	stadium[3],
	stadium[4],
	stadium[5],
	'Most popular',
	'Striker Dani Alves signs three-year deal',
	'Mayor Karen Holt defends budget cuts',
	'Download the Courier app',
	'Source link',
	'About the author',
	'Sam Okafor covers city politics. He joined the paper in 2015 after ten years at the Evening Post.',
].join('\n\n');

function writeArticle(name: string, text: string): string {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'summit-pasted-')), name);
	writeFileSync(file, text);
	return file;
}

/** The story without what only the file's name, the byline or where the date was read change. */
function comparable(story: StoryFile) {
	return {...story, articles: story.articles.map(({file: _file, author: _author, publishedBasis: _basis, ...rest}) => rest)};
}

describe('text pasted from a browser', () => {
	for (const [name, pasted, clean, date, author] of [
		['reservoir', pastedReservoir, reservoir, '2024-03-08', 'Maria Lopez'],
		['stadium', pastedStadium, stadium, '2024-03-06', 'Sam Okafor'],
	] as const) {
		it(`gives the same story as the clean article (${name}), with the byline's author and the dateline's date`, async () => {
			const fromPaste = await ingestFiles([writeArticle(`${name}.txt`, pasted)], {outlet: 'Valley Courier'});
			const fromClean = await ingestFiles([writeArticle(`${name}.txt`, clean.join('\n\n'))], {outlet: 'Valley Courier', published: date});
			expect(fromPaste.problems).toEqual([]);
			expect(fromPaste.story!.articles[0]).toMatchObject({published: date, author, title: clean[0], paragraphs: [...clean]});
			expect(fromPaste.story!.articles[0]!.publishedBasis).toMatch(/dateline/);
			expect(comparable(fromPaste.story!)).toEqual(comparable(fromClean.story!));
		});
	}

	it('keeps the article when a "Comments" button sits between its headline and its text', () => {
		// A headline that asks a question reads as a sentence, so the "Comments" button comes after prose.
		const pasted = ['Share', '', 'Will the taps of three provinces run dry before the summer?', '', 'Comments', '', ...reservoir.slice(1).flatMap(paragraph => [paragraph, '']), '12 comments', '', 'Anna W: Totally agree, the mayor should resign now.'].join('\n');
		const {text} = cleanPastedText(pasted);
		for (const paragraph of reservoir.slice(1)) expect(text).toContain(paragraph);
		expect(text).not.toContain('Anna W');
	});

	it('reads a page copied whole: its title line first, menus after it, a headline that asks, the byline before its date', () => {
		const pasted = [
			'Will the taps run dry this summer? The Valley Courier', '', 'Politics', '', 'Opinions', '', 'Local', '', 'Sports', '',
			'Will the taps run dry this summer?', '', 'Share on Google Plus', '', 'By Maria Lopez March 8 at 9:05 AM', '', 'Follow @MariaLopez', '',
			...reservoir.slice(1).flatMap(paragraph => [paragraph, '']),
		].join('\n');
		const cleaned = cleanPastedText(pasted);
		expect(cleaned.text).not.toMatch(/Politics|Opinions|Sports|Google Plus|Follow @|By Maria/);
		for (const paragraph of reservoir.slice(1)) expect(cleaned.text).toContain(paragraph);
		expect(cleaned.author).toBe('Maria Lopez');
	});

	it('warns, naming the file, when more of a page was left out as clutter than kept', async () => {
		const comments = Array.from({length: 12}, (_, index) => `Reader${index}: I have lived by this reservoir for years and never seen the water this low, the council should have acted long before now.`);
		const pasted = [...reservoir.slice(0, 3), '', '12 comments', '', ...comments].join('\n\n');
		const outcome = await ingestFiles([writeArticle('thread.txt', pasted)], {outlet: 'Valley Courier', published: '2024-03-08'});
		expect(outcome.warnings.join('\n')).toMatch(/thread\.txt: \d+ of \d+ words were left out as page clutter.*--verbose/);
		const clean = await ingestFiles([writeArticle('clean.txt', reservoir.join('\n\n'))], {outlet: 'Valley Courier', published: '2024-03-08'});
		expect(clean.warnings.join('\n')).not.toMatch(/left out/);
	});

	it('never takes names from headline lists or comments, and lists what it dropped and why', () => {
		const {text, dropped} = cleanPastedText(pastedReservoir);
		expect(text).not.toMatch(/Carla Ruiz|PedroG|Anna W|Heatwave|newsletter|©|Skip to/);
		const reasons = new Map(dropped.map(line => [line.text, line.reason]));
		expect(reasons.get('Minister Carla Ruiz resigns over leaked memo')).toMatch(/list of other stories/);
		expect(reasons.get('Anna W: Totally agree, the mayor should resign now.')).toMatch(/comment/);
		expect(reasons.get('Facebook')).toBe('share buttons');
	});

	it('keeps every prose line, even one that starts like furniture', () => {
		const article = [
			'Share prices fell sharply on Monday after the bank warned that profits would halve this year.',
			'Comments from the finance minister, who called the warning "alarming", added to the pressure on the board.',
			'Copyright lawyers said the ruling could change how newspapers license photographs in Europe.',
			'Advertising revenue at the group dropped by 12 percent in the first quarter, the company said.',
			'Home sales',
			'Sales of new homes rose for a third month, the statistics office said on Friday.',
			'The bank declined to comment.',
			'Images of the flood spread quickly online.',
			'Copyright lawyers say the ruling is narrow.',
			'By then the dam was full',
			'By Tuesday, the river had risen two metres.',
			'Friday 8 March 2024',
			'Rescue teams reached the last cut-off village before dawn, the fire service said.',
		];
		const {text, dropped} = cleanPastedText(article.join('\n\n'));
		expect(dropped).toEqual([]);
		expect(text).toBe(article.join('\n\n'));
	});

	it('reads the same furniture in Markdown (headings, list items, emphasis)', () => {
		const markdown = 'Harbour reopens after storm\n\nThe harbour reopened on Monday after a week of repairs to the sea wall, the port authority said.\n\n## Related stories\n\n- [Storm damage in pictures](https://x.example/a)\n- [Ferry timetable changes](https://x.example/b)\n\n**Share this article**\n';
		const {text, dropped} = cleanPastedText(markdown);
		expect(text.trim()).toBe('Harbour reopens after storm\n\nThe harbour reopened on Monday after a week of repairs to the sea wall, the port authority said.');
		expect(dropped.map(line => line.reason)).toEqual(['related links', 'headline in a list of other stories', 'headline in a list of other stories', 'share buttons']);
	});

	it('reads bylines and datelines in the forms sites print them', () => {
		expect(cleanPastedText('By Jane Doe Published March 12, 2024\n\nThe text of the article follows here in one sentence.')).toMatchObject({author: 'Jane Doe', published: '2024-03-12'});
		expect(cleanPastedText('Flood barriers fail in the north\nBy Carlos Mendes and Ana Silva\nFri 8 Mar 2024 07.00 GMT\n\nThe river burst its banks overnight, flooding two villages.').published).toBe('2024-03-08');
		// "Updated" yields to "Published" when both are given.
		expect(cleanPastedText('Published 5 March 2024\nUpdated 8 March 2024\n\nThe river burst its banks overnight, flooding two villages.').published).toBe('2024-03-05');
	});
});

// The seed articles in ../shared/seeds, ingested raw, end in page clutter ("Source link", "Add a comment", …).
const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedFiles = existsSync(seeds) ? readdirSync(seeds).filter(name => name.endsWith('.txt')) : [];
if (seedFiles.length === 0) console.warn(`SKIPPED: seed tests need ${seeds} (absent here)`);

describe.skipIf(seedFiles.length === 0)('the seed articles ingested raw', () => {
	for (const name of seedFiles) {
		it(`${name}: no item comes from the page's trailing clutter`, async () => {
			const {story, problems} = await ingestFiles([path.join(seeds, name)], {published: '2023-09-12', outlet: 'Seed'});
			expect(problems).toEqual([]);
			const paragraphs = story!.articles[0]!.paragraphs!;
			// The article ends with its last paragraph of prose, not with page furniture.
			const last = paragraphs.at(-1)!;
			expect(last.split(/\s+/).length, last).toBeGreaterThanOrEqual(20);
			const original = readFileSync(path.join(seeds, name), 'utf8');
			const tail = original.slice(original.lastIndexOf(last) + last.length);
			const tailLines = tail.split('\n').map(line => line.trim()).filter(Boolean);
			expect(tailLines.length).toBeGreaterThan(0);
			for (const line of tailLines) expect(paragraphs).not.toContain(line);
			const cited = [...story!.people, ...story!.organizations, ...story!.places, ...story!.quotes, ...story!.facts, ...story!.events].flatMap(item => item.cites);
			for (const cite of cited) expect(cite.paragraph).toBeLessThanOrEqual(paragraphs.length);
		});
	}
});
