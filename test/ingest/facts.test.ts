import {describe, expect, it} from 'vitest';
import {ingestText} from '../helpers/ingest-text.js';

const facts = (...paragraphs: string[]) => ingestText({text: paragraphs.join('\n\n')}).facts.map(fact => [fact.category, fact.text]);

describe('facts', () => {
	it('takes the lead paragraph as key facts, after a headline and a caption', () => {
		expect(
			facts(
				'River floods town',
				'FLOOD. A street in Marlow under water on Sunday.',
				'The river burst its banks in Marlow on Sunday night, forcing hundreds of residents from their homes and closing the main bridge into town.',
				'The town council met on Monday.',
			),
		).toEqual([['key-fact', 'The river burst its banks in Marlow on Sunday night, forcing hundreds of residents from their homes and closing the main bridge into town.']]);
	});

	it('takes no question for a fact: an interviewer\'s "what will you do next?" is nothing to watch', () => {
		const found = facts(
			'The harbour master, Ines Kolby, has run the port of Marlow for six years and faces a vote on her contract next month.',
			'Coast Herald: What will you do if the council votes against you next month?',
			'Will the ferries keep running through the winter? The council will decide on Friday.',
		);
		expect(found.map(([, text]) => text)).not.toContain('Coast Herald: What will you do if the council votes against you next month?');
		expect(found.map(([, text]) => text)).not.toContain('Will the ferries keep running through the winter?');
		expect(found).toContainEqual(['to-watch', 'The council will decide on Friday.']);
	});

	it('keeps sentences with quantities as number facts, not those whose only numbers are dates', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.',
			'The port handled 4.2 million containers in 2023. It opened on March 3, 2019. Four cranes were added.',
		);
		expect(found.filter(([category]) => category === 'number').map(([, text]) => text)).toEqual(['The port handled 4.2 million containers in 2023.', 'Four cranes were added.']);
	});

	it('does not take a length of time or the pair a story is about for a quantity', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.',
			'The two leaders shook hands at the gate. The talks lasted five hours before a break. The strike cost the port 3 million euros.',
		);
		expect(found.filter(([category]) => category === 'number').map(([, text]) => text)).toEqual(['The strike cost the port 3 million euros.']);
	});

	it('puts under To watch what a clause of its own expects or what someone says will come, not a word of the future before a noun', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.',
			'The ferry left Vik on Sunday, beginning its trip for a planned stop in the south. The mayor received a question whether the council will pay. The port, which has grown for years, could close in winter. The council announced that the ferry would stop in May.',
		);
		expect(found.filter(([category]) => category === 'to-watch').map(([, text]) => text)).toEqual(['The port, which has grown for years, could close in winter.', 'The council announced that the ferry would stop in May.']);
	});

	it('does not put a guess about what is done ("may have escaped", "could have been worse") under To watch', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.',
			'Two crew members swam ashore, and a third may have escaped by boat. The damage could have been worse. The ferry will have been repaired by May.',
		);
		expect(found.filter(([category]) => category === 'to-watch').map(([, text]) => text)).toEqual(['The ferry will have been repaired by May.']);
	});

	it('does not put a degree said now ("could not differ more", "could hardly be clearer") under To watch', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.',
			'Today, the two ports could not differ more. The message could hardly be clearer. The strike could spread to Vik.',
		);
		expect(found.filter(([category]) => category === 'to-watch').map(([, text]) => text)).toEqual(['The strike could spread to Vik.']);
	});

	it('makes a Claim, not To watch, of what a past report said would come, unless it names a time still ahead', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.',
			'The council on Monday announced that the mayor would travel to Vik for the ferry fair. The office said the mayors would meet in the coming days. It was reported that the ferry would be sold. Port officials have expressed concern that the owners would close the yard. The council said the vote would take place next year.',
		);
		const watch = found.filter(([category]) => category === 'to-watch').map(([, text]) => text);
		expect(watch).toEqual(['Port officials have expressed concern that the owners would close the yard.', 'The council said the vote would take place next year.']);
		expect(found).toContainEqual(['claim', 'The council on Monday announced that the mayor would travel to Vik for the ferry fair.']);
		expect(found).toContainEqual(['claim', 'The office said the mayors would meet in the coming days.']);
	});

	it('makes a Claim of what someone is said to say, not of what was done with a verb that can open a quote', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.',
			'The crew greeted the mayor at the pier. The port posted a video of the new ferry. The repairs are finished, the mayor said.',
		);
		expect(found.filter(([category]) => category === 'claim').map(([, text]) => text)).toEqual(['The repairs are finished, the mayor said.']);
	});

	it('takes no fact from the sentences of a quotation that runs over several sentences', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.',
			'“Our grandparents wouldn’t say to close the harbour and sell the boats. That’s a new thing,” says Ana Ruiz. Harbour officials say the dredging will cost 4 million euros.',
		);
		expect(found.map(([, text]) => text).filter(text => /grandparents|new thing/u.test(text!))).toEqual([]);
		expect(found.map(([, text]) => text)).toContain('Harbour officials say the dredging will cost 4 million euros.');
	});

	it('never makes a fact of a list\'s lead-in, and leaves the number of each item out of its fact', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour library and its many donors.',
			'The ranking of donors: 1. The Harbour Trust gave 5 million dollars. 2. Mayor Ellen Ward gave 2 million dollars.',
			'The winners of the prize were: the Vik choir and the Berg school band.',
		);
		expect(found.filter(([, text]) => /ranking of donors/u.test(text!))).toEqual([]);
		expect(found).toContainEqual(['number', 'The Harbour Trust gave 5 million dollars.']);
		expect(found).toContainEqual(['number', 'Mayor Ellen Ward gave 2 million dollars.']);
	});

	it('reads no quantity in the figure of a name ("SJ 100")', () => {
		const found = facts('Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.', 'The yard is now testing the SJ 100 with new engines. The yard built 12 ferries in 2023.');
		expect(found.filter(([category]) => category === 'number').map(([, text]) => text)).toEqual(['The yard built 12 ferries in 2023.']);
	});

	it('says what kind of statement each sentence is: unknown, to watch, number, claim, context', () => {
		const found = facts(
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.',
			'It is not clear who will pay for the repairs. The council will vote on the plan next week. The port handled 4.2 million containers last year. The strike is over, according to the union. The pier had been damaged by an earlier storm in 2019. The harbour looked calm.',
		);
		expect(Object.fromEntries(found.map(([category, text]) => [text, category]))).toEqual({
			'Lead paragraph that is long enough to count as the lead of this short article about the harbour and its many ships.': 'key-fact',
			'It is not clear who will pay for the repairs.': 'unknown',
			'The council will vote on the plan next week.': 'to-watch',
			'The port handled 4.2 million containers last year.': 'number',
			'The strike is over, according to the union.': 'claim',
			'The pier had been damaged by an earlier storm in 2019.': 'context',
		});
	});
});
