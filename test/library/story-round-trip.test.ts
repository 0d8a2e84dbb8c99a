import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {editStoryText} from '../../source/library/story-text-edit.js';
import {parseStoryText} from '../../source/model/load.js';
import {minimalStory} from '../fixtures/minimal-story.js';
import {temporaryFolder} from '../helpers/run-cli.js';
import {runMain} from '../helpers/run-main.js';

// --into promises never to change what the story holds. The loader sanitises for display (a tab shown
// as spaces, a control character as its symbol, text recomposed); the file must keep what it held.

/** Text a hand edit may leave: tabs, line breaks, BEL and other controls, decomposed accents, bidi marks. */
const awkwardText = fc
	.array(fc.oneof(fc.constantFrom('\t', '\n', '\r\n', '\u0007', '\u001b[31m', 'e\u0301', 'A\u030a', '\u202e', '\u00a0', 'Ω', '"', '\\', '/', ' '), fc.string({maxLength: 6})), {maxLength: 8})
	.map(parts => `x${parts.join('')}`);

const layouts = fc.constantFrom<[string | number | undefined, string]>([undefined, ''], [2, ''], [4, ''], ['\t', ''], ['\t', 'crlf']);

function storyText(summary: string, factText: string, description: string, name: string, [indent, eol]: [string | number | undefined, string]): string {
	const story = minimalStory() as any;
	story.story.summary = summary;
	story.facts[0].text = factText;
	story.people[0].description = description;
	story.people[1].name = name;
	// Written in an order of its own, which a re-serialised story would not keep.
	story.people[1] = Object.fromEntries(Object.entries(story.people[1]).reverse());
	const text = `${JSON.stringify(story, null, indent)}\n`;
	return eol === 'crlf' ? text.replaceAll('\n', '\r\n') : text;
}

describe('writing a story back keeps its bytes', () => {
	it('load, then write with no change: the identical text', () => {
		fc.assert(
			fc.property(awkwardText, awkwardText, awkwardText, awkwardText, layouts, (summary, factText, description, name, layout) => {
				const text = storyText(summary, factText, description, name, layout);
				const loaded = parseStoryText(text, 'story.json').story;
				fc.pre(loaded !== undefined);
				expect(editStoryText(text, loaded!, loaded!)).toEqual({text});
			}),
			{numRuns: 150},
		);
	});

	it('load, add an item, write: every byte of what was there stays, the new item loads as meant', () => {
		fc.assert(
			fc.property(awkwardText, awkwardText, awkwardText, awkwardText, layouts, (summary, factText, description, name, layout) => {
				const text = storyText(summary, factText, description, name, layout);
				const loaded = parseStoryText(text, 'story.json').story;
				fc.pre(loaded !== undefined);
				const fact = {id: 'fact-new', text: 'A new fact.', category: 'context' as const, about: [], cites: [{article: 'gazette', paragraph: 2, excerpt: 'Lima met Okoro'}], added: '2025-04-12'};
				const edited = editStoryText(text, loaded!, {...loaded!, facts: [...loaded!.facts, fact]});
				if (!('text' in edited)) throw new Error(edited.problem);
				const before = JSON.parse(text);
				const after = JSON.parse(edited.text);
				expect(after.facts).toEqual([...before.facts, fact]);
				expect({...after, facts: undefined}).toEqual({...before, facts: undefined});
				// Outside the facts list, the text is the same characters.
				const end = text.lastIndexOf(']', text.indexOf('"events"'));
				expect(edited.text.startsWith(text.slice(0, text.indexOf('"facts"')))).toBe(true);
				expect(edited.text.endsWith(text.slice(end))).toBe(true);
				expect(parseStoryText(edited.text, 'story.json').story!.facts.at(-1)).toEqual(fact);
			}),
			{numRuns: 100},
		);
	});

	it('ingest --into keeps tabs, line breaks, BEL and decomposed accents in the file, and the old bytes in FILE.bak', async () => {
		const home = temporaryFolder();
		const file = path.join(home, 'story.json');
		const story = minimalStory() as any;
		story.story.summary = 'Line one\tcolumn\nLine two \u0007 with a bell';
		story.facts[0].text = 'Ana Lima met\nBen Okoro at the council.';
		story.people[0].name = 'Ana Li\u0301ma';
		story.events.reverse();
		const text = `${JSON.stringify(story, null, 2)}\n`;
		writeFileSync(file, text);
		const article = path.join(home, 'update.txt');
		writeFileSync(article, 'Title: Council meets again\nOutlet: Harbour Times\nPublished: 2024-03-07\nURL: https://harbour.example/again\n\nCouncil meets again\n\nAna Lima met the council again on Wednesday, the Harbour Times reported.\n');
		const env = {HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache'), XDG_CONFIG_HOME: path.join(home, 'config')};
		const first = await runMain(['ingest', article, '--into', file], {env});
		expect(first.code, first.stderr).toBe(0);
		const written = readFileSync(file, 'utf8');
		const raw = JSON.parse(written);
		expect(raw.story).toEqual(story.story);
		expect(raw.facts[0]).toEqual(story.facts[0]);
		expect(raw.people[0].name).toBe('Ana Li\u0301ma');
		// The events stay in the file's order (the loader sorts them by date for display only), with what
		// they said; an event the new article confirms gains its citation and the day (issue 23), and the
		// meeting that was expected on Wednesday, now reported done, has happened (it leaves To watch).
		const withoutConfirmation = ({cites, updated, involves, status, dateBasis, ...rest}: {cites: unknown[]; updated?: string; involves?: unknown[]; status?: string; dateBasis?: string}) => rest;
		expect(raw.events.slice(0, 2).map(withoutConfirmation)).toEqual(story.events.map(withoutConfirmation));
		expect(raw.events.slice(0, 2).map((event: {id: string; status: string}) => [event.id, event.status])).toEqual(story.events.map((event: {id: string; status: string}) => [event.id, event.id === 'event-later' ? 'happened' : event.status]));
		raw.events.slice(0, 2).forEach((event: {cites: unknown[]}, index: number) => expect(event.cites.slice(0, story.events[index].cites.length)).toEqual(story.events[index].cites));
		expect(raw.articles).toHaveLength(2);
		expect(written.startsWith(text.slice(0, text.indexOf('"articles"')))).toBe(true);
		expect(readFileSync(`${file}.bak`, 'utf8')).toBe(text);
	}, 60_000);

	it('a story saved as UTF-16 (Windows "Unicode") stays UTF-16 with its byte-order mark after --into', async () => {
		const home = temporaryFolder();
		const file = path.join(home, 'story.json');
		const text = `${JSON.stringify(minimalStory(), null, 4).replaceAll('\n', '\r\n')}\r\n`;
		writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
		const article = path.join(home, 'update.txt');
		writeFileSync(article, 'Title: Council meets again\nOutlet: Harbour Times\nPublished: 2024-03-07\nURL: https://harbour.example/again\n\nCouncil meets again\n\nAna Lima met the council again on Wednesday, the Harbour Times reported.\n');
		const env = {HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache'), XDG_CONFIG_HOME: path.join(home, 'config')};
		const result = await runMain(['ingest', article, '--into', file], {env});
		expect(result.code, result.stderr).toBe(0);
		const bytes = readFileSync(file);
		expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
		const written = bytes.subarray(2).toString('utf16le');
		expect(written.startsWith(text.slice(0, text.indexOf('"articles"')))).toBe(true);
		expect(JSON.parse(written).articles).toHaveLength(2);
		expect(written).toContain('}\r\n');
		expect(written).not.toMatch(/[^\r]\n/);
	}, 60_000);
});

describe('key facts after --into', () => {
	it('are listed with the one most outlets tell first, though the file keeps them in the order the articles came', async () => {
		const home = temporaryFolder();
		const file = path.join(home, 'story.json');
		const write = (name: string, outlet: string, published: string, lead: string) => {
			writeFileSync(path.join(home, name), `Title: ${outlet} on the harbour\nOutlet: ${outlet}\nPublished: ${published}\nURL: https://${outlet.toLowerCase().replace(/ /gu, '')}.example/${name}\n\n${outlet} on the harbour\n\n${lead}\n`);
			return path.join(home, name);
		};
		const forecast = write('a.txt', 'Coast News', '2024-03-04', 'Harbour chief Ines Moller plans to reopen the Vik ferry line in April after the storm damaged the pier, according to a council paper seen by the Coast News.');
		const times = write('b.txt', 'Harbour Times', '2024-03-07', 'Harbour chief Ines Moller and mayor Ana Lima reopened the Vik ferry line on Wednesday after repairs to the pier that the storm had damaged last month.');
		const daily = write('c.txt', 'Fjord Daily', '2024-03-07', 'Harbour chief Ines Moller and mayor Ana Lima reopened the Vik ferry line on Wednesday, weeks after the storm damaged its pier in the harbour.');
		const env = {HOME: home, XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache'), XDG_CONFIG_HOME: path.join(home, 'config')};
		expect((await runMain(['ingest', forecast, '-o', file], {env})).code).toBe(0);
		for (const article of [times, daily]) {
			const added = await runMain(['ingest', article, '--into', file], {env});
			expect(added.code, added.stderr).toBe(0);
		}
		const shown = await runMain([file, '--plain'], {env});
		const keyFacts = shown.stdout.slice(shown.stdout.indexOf('KEY FACTS')).split('\n').filter(line => line.startsWith('  - '));
		expect(keyFacts[0]).toMatch(/reopened the Vik ferry line on Wednesday.*Harbour Times.*Fjord Daily/u);
		expect(keyFacts.at(-1)).toMatch(/plans to reopen/u);
		// The file itself keeps the forecast where it was written first.
		const written = JSON.parse(readFileSync(file, 'utf8')) as {facts: Array<{text: string; category: string}>};
		expect(written.facts.filter(fact => fact.category === 'key-fact')[0]!.text).toMatch(/plans to reopen/u);
	}, 60_000);
});
