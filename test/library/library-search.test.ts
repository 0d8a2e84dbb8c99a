import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLibrary} from '../../source/library/catalog.js';
import {createLibrarySearcher, librarySearcherSteps, openAllStories} from '../../source/library/library-search.js';
import type {StoryFile} from '../../source/model/schema.js';
import {generateStory} from '../bench/generate-story.js';
import {storyNamed} from '../helpers/library-stories.js';
import {temporaryFolder} from '../helpers/run-cli.js';

const opened = (story: StoryFile, file: string) => ({story, files: [file]});

describe('searching the library', () => {
	it('finds items in every story, each with its story, even where two stories use the same ids', () => {
		const ferry = storyNamed('ferry', 'The ferry returns') as StoryFile;
		const floods = storyNamed('floods', 'Floods in the valley') as StoryFile;
		floods.people[1]!.name = 'Benedikt Okorafor';
		const hits = createLibrarySearcher([opened(ferry, 'ferry.json'), opened(floods, 'floods.json')]).search('okoro', 10);
		const people = hits.filter(hit => hit.kind === 'person');
		// Both are "ben-okoro" in their own story; each hit keeps its own story.
		expect(people.map(hit => [hit.label, hit.id, hit.story.id])).toEqual(
			expect.arrayContaining([
				['Ben Okoro', 'ben-okoro', 'ferry'],
				['Benedikt Okorafor', 'ben-okoro', 'floods'],
			]),
		);
		expect(people[0]!.label).toBe('Ben Okoro');
	});

	it('finds a quote by its speaker in the right story', () => {
		const ferry = storyNamed('ferry', 'The ferry returns') as StoryFile;
		const floods = storyNamed('floods', 'Floods in the valley') as StoryFile;
		floods.people[0]!.name = 'Zora Quill';
		const quotes = createLibrarySearcher([opened(ferry, 'a'), opened(floods, 'b')])
			.search('quill', 10)
			.filter(hit => hit.kind === 'quote');
		expect(quotes.map(hit => hit.story.id)).toEqual(['floods']);
	});

	it('indexes in steps for the background and then finds what the one-go searcher finds', () => {
		// Large enough for the two-stage engine: 30 stories of 100 items.
		const stories = Array.from({length: 30}, (_, index) => {
			const story = generateStory(100, 500 + index);
			return opened({...story, story: {...story.story, id: `story-${index}`}}, `story-${index}.json`);
		});
		const steps = librarySearcherSteps(stories, 500);
		const shares: number[] = [];
		let step = steps.next();
		while (!step.done) {
			shares.push(step.value);
			step = steps.next();
		}
		expect(shares.length).toBeGreaterThan(3);
		const query = 'vladivostk';
		expect(step.value.search(query, 20)).toEqual(createLibrarySearcher(stories).search(query, 20));
		expect(step.value.search(query, 20).length).toBeGreaterThan(0);
	});

	it('leaves a broken story out, saying which', async () => {
		const folder = temporaryFolder();
		writeFileSync(path.join(folder, 'good.json'), JSON.stringify(storyNamed('good', 'Good')));
		writeFileSync(path.join(folder, 'bad.json'), '{');
		const all = await openAllStories(await loadLibrary(folder, {cache: temporaryFolder()}), {});
		expect(all.stories.map(entry => entry.story.story.id)).toEqual(['good']);
		expect(all.problems.map(problem => problem.file)).toEqual([path.join(folder, 'bad.json')]);
	});
});

describe('reading every story in the background', () => {
	/** A library of `count` stories on disk, as the picker's item search reads it. */
	async function libraryOf(count: number) {
		const folder = temporaryFolder();
		for (let index = 0; index < count; index++) writeFileSync(path.join(folder, `story-${index}.json`), JSON.stringify(storyNamed(`story-${index}`, `Story ${index}`)));
		return loadLibrary(folder, {cache: temporaryFolder()});
	}

	it('lets other work (a key) run between stories when given a pause, and opens every story all the same', async () => {
		const library = await libraryOf(20);
		const {timeSlices} = await import('../../source/library/library-session.js');
		// Turns of the event loop taken while the stories are read: each is a chance for a key to be answered.
		let turns = 0;
		let reading = true;
		const countTurn = () => {
			turns++;
			if (reading) setImmediate(countTurn);
		};
		setImmediate(countTurn);
		const {stories} = await openAllStories(library, {between: timeSlices(0)});
		reading = false;
		expect(turns, 'turns for keys while 20 stories are read').toBeGreaterThanOrEqual(20);
		expect(stories.map(story => story.story.story.id).sort()).toEqual(library.stories.map(story => story.id).sort());
	});
});
