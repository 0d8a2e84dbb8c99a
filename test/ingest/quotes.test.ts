import {describe, expect, it} from 'vitest';
import {attributionsOf} from '../../source/ingest/attributions.js';
import {findQuoteSpans} from '../../source/ingest/quotes.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {ingestText, speakersOf} from '../helpers/ingest-text.js';

const speakers = (...paragraphs: string[]) => speakersOf(ingestText({text: paragraphs.join('\n\n')}));

describe('quote spans', () => {
	it('finds curly, straight and single quotation marks, not apostrophes', () => {
		const spans = findQuoteSpans('He called it “a mess” and "a scandal" while the mayor’s aide said ‘never again’ in Lagos’ port.');
		expect(spans.map(span => span.text)).toEqual(['a mess', 'a scandal', 'never again']);
	});

	it('lets an unclosed opening mark run to the end of the paragraph (a quote that continues)', () => {
		const [span] = findQuoteSpans('“We will rebuild every school,');
		expect(span).toMatchObject({text: 'We will rebuild every school,', closed: false});
	});
});

describe('quote speakers', () => {
	it('"X said" and "said X"', () => {
		expect(speakers('Mayor Ana Ruiz said the plan was “a first step.”', '“Nothing is decided,” said Marco Bell, a city councillor.')).toEqual([
			['a first step.', 'Ana Ruiz'],
			['Nothing is decided,', 'Marco Bell'],
		]);
	});

	it('"X told …" and "according to X"', () => {
		expect(speakers('Coach Lena Park told reporters the team was “ready to win.”', 'According to Tom Hale, the deal was “almost done.”')).toEqual([
			['ready to win.', 'Lena Park'],
			['almost done.', 'Tom Hale'],
		]);
	});

	it('"he said" stands for the last person named as a speaker', () => {
		expect(speakers('The delay was expected, said Victor Osei, an engineer at the Tema Port Authority.', '“We lost two days,” he said.')).toEqual([['We lost two days,', 'Victor Osei']]);
	});

	it('a second quote in the same paragraph keeps the speaker of the first', () => {
		expect(speakers('Minister Ada Obi spoke first. “Prices will fall,” she said. “Not this month, but soon.”')).toEqual([
			['Prices will fall,', 'Ada Obi'],
			['Not this month, but soon.', 'Ada Obi'],
		]);
	});

	it('an attribution in the next sentence names the speaker of a quote that stands alone', () => {
		expect(speakers('“The bridge is safe.” Engineer Paul Reyes said so after the inspection.')).toEqual([['The bridge is safe.', 'Paul Reyes']]);
	});

	it('a name and an apposition before the verb: "X, the head of Y, said"', () => {
		expect(speakers('Rosa Lind, the head of the Harbour Workers Union, said the offer was “an insult.”')).toEqual([['an insult.', 'Rosa Lind']]);
	});

	it('a verb joined by "and" shares the subject of the one before', () => {
		expect(speakers('Chancellor Ivo Dahl said the bill was “dead” and warned rivals would “pay for it.”')).toEqual([
			['dead', 'Ivo Dahl'],
			['pay for it.', 'Ivo Dahl'],
		]);
	});

	it('leaves the speaker empty when the subject is not a named entity', () => {
		expect(speakers('Officials said the storm was “the worst in decades.”')).toEqual([['the worst in decades.', null]]);
		expect(speakers('“It is over,” he said.')).toEqual([['It is over,', null]]);
	});

	it('does not take a name inside the quotation for its speaker', () => {
		expect(speakers('“Lisbon will never agree,” the spokesperson said.')).toEqual([['Lisbon will never agree,', null]]);
	});

	it('a person "of" a body speaks for themselves; "a spokesperson for" a body gives it the words', () => {
		expect(speakers('Analyst Mei Tan of Harbor Research said the loss could be “well over $5 million.”')).toEqual([['well over $5 million.', 'Mei Tan']]);
		expect(speakers('Lumo Energy raised prices. A spokesperson for Lumo Energy said the rise was “unavoidable.”')).toEqual([['unavoidable.', 'Lumo Energy']]);
	});

	it('"the bank said" stands for the bank last named', () => {
		expect(speakers('Rates rose at Lumo Bank and at the Harbour Credit Union on Monday.', 'The bank said the rise was “needed.” The union said it was “unfair.”')).toEqual([
			['needed.', 'Lumo Bank'],
			['unfair.', 'Harbour Credit Union'],
		]);
		expect(speakers('The bank said the rise was “needed.”')).toEqual([['needed.', null]]);
	});

	it('"said Mr. Hale" is the one person of the article with that surname (the one man of it), and nobody when two could be meant', () => {
		expect(speakers('Union leader Tom Hale met the minister.', '“The offer is an insult,” said Mr. Hale.')).toEqual([['The offer is an insult,', 'Tom Hale']]);
		expect(speakers('Union leader Tom Hale met the minister.', 'Dr. Hale called the offer “an insult.”')).toEqual([['an insult.', 'Tom Hale']]);
		expect(speakers('Union leader Tom Hale met his sister Ana Hale.', '“The offer is an insult,” said Mr. Hale.')).toEqual([['The offer is an insult,', 'Tom Hale']]);
		expect(speakers('Union leader Tom Hale met his brother Ivo Hale.', '“The offer is an insult,” said Mr. Hale.')).toEqual([['The offer is an insult,', null]]);
		expect(speakers('Union leader Tom Hale met his sister Ana Hale.', '“The offer is an insult,” said Hale.')).toEqual([['The offer is an insult,', null]]);
	});

	it('a surname two people share is the one of them named so far ("says Parata", another Parata named only later)', () => {
		expect(speakers('Opposition leader Hone Parata spoke outside Parliament on Monday.', '“This bill is a disgrace,” says Parata.', 'His cousin Mere Parata, a lawyer, disagreed.')).toEqual([['This bill is a disgrace,', 'Hone Parata']]);
		expect(speakers('Opposition leader Hone Parata spoke outside Parliament on Monday.', '“This bill is a disgrace,” said Mr Parata.', 'His cousin Mere Parata, a lawyer, disagreed.')).toEqual([['This bill is a disgrace,', 'Hone Parata']]);
		// Both named before the quote: either could be meant, so neither is chosen.
		const [[, speaker]] = speakers('Hone Parata and his cousin Mere Parata spoke on Monday.', '“This bill is a disgrace,” says Parata.') as [[string, string | null]];
		expect(['Hone Parata', 'Mere Parata']).not.toContain(speaker);
	});

	it('the ranker reads a shared surname where the quote names it, so it keeps the person named so far (the surname had been no mention at all)', () => {
		const story = ingestText({
			text: [
				'Ferry pilot Hone Parata was ten when he first crossed the strait in a storm off Kaikōura.',
				'Fifty years later he runs the oldest crossing in the Marlborough Sounds.',
				'“The sea is angrier every winter,” says Parata, a stern elder of the Rangitāne people of the north.',
				'His nephew Mere Parata, a marine biologist, left Wellington to work with him.',
			].join('\n\n'),
		});
		expect(speakersOf(story)).toEqual([['The sea is angrier every winter,', 'Hone Parata']]);
	});

	it('one person named with and without a middle initial owns the surname once ("Mr. Trump said" with "Donald Trump" and "Donald J. Trump")', () => {
		expect(speakers('Donald Trump spoke in Ohio on Monday.', 'Mr. Donald J. Trump said the deal was “a disaster.”', '“It is a disaster,” Mr. Trump said.').at(-1)).toEqual(['It is a disaster,', expect.stringMatching(/^Donald (?:J\. )?Trump$/u)]);
	});

	it('an eyewitness described after the name is the speaker ("said X, one of the many …")', () => {
		expect(speakers('Thousands queued at the gates of the stadium on Saturday.', '“There were too many people and no way out,” said Ravi Menon, one of the many caught in the crowd.')).toEqual([
			['There were too many people and no way out,', 'Ravi Menon'],
		]);
	});
});

describe('attributions whose speaker is not right beside the verb', () => {
	it('an abbreviated title between the verb and the name: "said Sen. Jeff Merkley", "said Ms. Ruiz"', () => {
		expect(speakers('“Scrap the whole scheme,” said Sen. Jeff Merkley of Oregon, who alone voted for it.')).toEqual([['Scrap the whole scheme,', 'Jeff Merkley']]);
		expect(speakers('Mayor Ana Ruiz opened the hall.', '“Give us the tool,” said Ms. Ruiz, referring to the law.')).toEqual([['Give us the tool,', 'Ana Ruiz']]);
	});

	it('a party label in parentheses and an apposition after the name', () => {
		expect(speakers('“The panel can ask for the files any day,” Rep. Jim Jordan (R-Ohio), who sits on the committee, said by phone.')).toEqual([['The panel can ask for the files any day,', 'Jim Jordan']]);
		expect(speakers('Governor Mary Fallin (R-OK) said the nominee is “trying to heal.”')).toEqual([['trying to heal.', 'Mary Fallin']]);
	});

	it('a party label whose state keeps its full stop ("(D-Vt.)"), and an apposition opening with "who\'s"', () => {
		expect(speakers('The council met on Monday.', '“We will not wait for the board,” Rep. Tom Hale (D-Vt.) said Friday.')).toEqual([['We will not wait for the board,', 'Tom Hale']]);
		expect(speakers('The council met on Monday.', 'Not long ago Ana Ruiz, who\'s thinking about a run for mayor, said it was “impossible” to win.')).toEqual([['impossible', 'Ana Ruiz']]);
	});

	it('verbs of the manner of speaking, "laid out" and "was quoted as saying" attribute like "said"', () => {
		expect(speakers('The council met on Monday.', '“They were never serious about the bridge,” Tom Hale fumed on Tuesday.')).toEqual([['They were never serious about the bridge,', 'Tom Hale']]);
		expect(speakers('The council met on Monday.', 'Mayor Ana Ruiz decried the “reckless and costly” delay.')).toEqual([['reckless and costly', 'Ana Ruiz']]);
		expect(speakers('The council met on Monday.', 'Tom Hale was quoted as saying the bridge was “a lost cause.”')).toEqual([['a lost cause.', 'Tom Hale']]);
		expect(speakers('The council met on Monday.', 'Mayor Ana Ruiz laid out the plan as “a fresh start for the harbour.”')).toEqual([['a fresh start for the harbour.', 'Ana Ruiz']]);
	});

	it('an age and a description between commas: "said Sara Walker, 44, a school nurse"', () => {
		expect(speakers('“Nobody here is to blame,” said Sara Walker, 44, a school nurse from Keene who came to the meeting.')).toEqual([['Nobody here is to blame,', 'Sara Walker']]);
	});

	it('a participle of saying speaks for its clause\'s subject, not for a name after it', () => {
		expect(speakers('In Dayton, Bernie Sanders turned to wages, saying, “Nobody who works full time should be poor.”')).toEqual([['Nobody who works full time should be poor.', 'Bernie Sanders']]);
		expect(speakers('Senator Maria Costa praised the vote, saying Tom Hale had been “a real help.”')).toEqual([['a real help.', 'Maria Costa']]);
	});

	it('a role without an article between the name and the verb: "X, legal director of Y, said"', () => {
		expect(speakers('“The law cannot stand,” Sarah Lind, legal director of the Harbour Rights Campaign, said on Monday.')).toEqual([['The law cannot stand,', 'Sarah Lind']]);
		expect(speakers('“We will vote no,” Sen. Tom Hale, R-Texas, said.')).toEqual([['We will vote no,', 'Tom Hale']]);
	});

	it('a surname the name reader left unmarked is the one person of the article who has it: "Blackwell wrote", "Gov. Dahl replied"', () => {
		const subjects = (text: string, surnames: Map<string, number>) => {
			const [sentence] = analyseParagraph(text);
			return attributionsOf({sentence: sentence!, mentions: [], kinds: ['person', 'person'], headline: false, spans: findQuoteSpans(text), surnames}).map(attribution => attribution.subject);
		};
		expect(subjects('“We will win,” Blackwell wrote.', new Map([['blackwell', 1]]))).toEqual([{kind: 'named', entity: 1}]);
		expect(subjects('“The docks will reopen,” Gov. Dahl replied.', new Map([['dahl', 0]]))).toEqual([{kind: 'named', entity: 0}]);
		// Not a surname the article gives one person, or part of a longer name: nobody named.
		expect(subjects('“We will win,” Blackwell wrote.', new Map())).toEqual([{kind: 'unnamed'}]);
		expect(subjects('“We will win,” Anna Blackwell wrote.', new Map([['blackwell', 1]]))).toEqual([{kind: 'unnamed'}]);
	});

	it('a verb of saying after "to" speaks for the subject of the verb before it: "He went on to say"', () => {
		expect(speakers('Senator Ben Carson spoke in Iowa on Monday.', 'He went on to say the plan was “very different from anything before.”')).toEqual([['very different from anything before.', 'Ben Carson']]);
	});

	it('"X herself said": a reflexive between the name and the verb', () => {
		expect(speakers('Mayor Ana Ruiz spoke on Monday.', 'Ruiz herself said the plan was “a mess.”')).toEqual([['a mess.', 'Ana Ruiz']]);
	});

	it('"When asked …, Ms. Sherry smiled and said": the clause\'s subject, not the asker left unnamed', () => {
		expect(speakers('Author Maureen Sherry spoke at the launch.', 'Asked which candidate she liked, Ms. Sherry laughed and said, “I have not made up my mind.”')).toEqual([['I have not made up my mind.', 'Maureen Sherry']]);
	});

	it('"the IMF report stated": a body and the document it issued', () => {
		expect(speakers('The International Monetary Fund cut its forecast on Tuesday.', '“The impact remains very unclear,” the IMF report stated.')).toEqual([['The impact remains very unclear,', 'International Monetary Fund']]);
	});

	it('a person named right before a colon that opens a quotation: "Tom Hale: “…”", "More from Hale: “…”"', () => {
		expect(speakers('Pollsters were divided after the vote in Iowa.', 'Why the polls missed - Tom Hale: “Keep contacting voters as late as possible.”', 'More from Hale: “The caucus broke its record.”')).toEqual([
			['Keep contacting voters as late as possible.', 'Tom Hale'],
			['The caucus broke its record.', 'Tom Hale'],
		]);
	});

	it('a verb of saying joined by "and" to a clause shares its subject', () => {
		expect(speakers('Hillary Clinton supports higher pay and recalled the freeze: “I saw how difficult it was.”')).toEqual([['I saw how difficult it was.', 'Hillary Clinton']]);
	});

	it('a participle or infinitive of saying after a verb of saying shares its speaker: "X said …, adding, “…”"', () => {
		const subjects = (text: string) => {
			const [sentence] = analyseParagraph(text);
			const start = text.indexOf('Ana Ruiz');
			return attributionsOf({sentence: sentence!, mentions: [{entity: 0, start, end: start + 'Ana Ruiz'.length}], kinds: ['person'], headline: false, spans: findQuoteSpans(text)}).map(attribution => attribution.subject);
		};
		expect(subjects('“The bridge is safe,” Mayor Ana Ruiz said, adding, “It will reopen in May.”')).toEqual([
			{kind: 'named', entity: 0},
			{kind: 'named', entity: 0},
		]);
		expect(subjects('Mayor Ana Ruiz said the vote was “a chance” to call the builders back.').at(-1)).toEqual({kind: 'named', entity: 0});
		// With no verb of saying before it, a participle's speaker stays unnamed.
		expect(subjects('The plan was dropped, adding to “the confusion,” Ana Ruiz wrote later.')[0]).toEqual({kind: 'unnamed'});
	});

	it('a reporting verb that is no verb of saying gives the speaker where the sentence has no verb of saying', () => {
		expect(speakers('Campaign chair Paul Manafort dismissed the whole dispute as “absurd.”')).toEqual([['absurd.', 'Paul Manafort']]);
		// A verb of saying in the sentence decides before it.
		const [sentence] = analyseParagraph('Tom Hale said critics had blasted the plan as “a failure.”');
		const found = attributionsOf({sentence: sentence!, mentions: [{entity: 0, start: 0, end: 8}], kinds: ['person'], headline: false, spans: findQuoteSpans(sentence!.text)});
		expect(found.map(attribution => attribution.weak ?? false)).toEqual([false, true]);
	});
});

describe('"he" and "she"', () => {
	it('stand for the nearest person of a gender that agrees, not the last one quoted', () => {
		expect(speakers('“The dock is closed,” said Tom Hale, the harbour master.', 'Maria Costa, a fisher, came too.', '“We have lost a week,” she said.')).toEqual([
			['The dock is closed,', 'Tom Hale'],
			['We have lost a week,', 'Maria Costa'],
		]);
	});

	it('stand for the subject of the sentence before, not for the person quoted earlier', () => {
		expect(speakers('“The plan is sound,” said Senator Maria Costa.', 'Was Tom Hale, a farmer from the valley, convinced by Costa?', '“Not yet,” he said.')).toEqual([
			['The plan is sound,', 'Maria Costa'],
			['Not yet,', 'Tom Hale'],
		]);
	});
});

describe('the one spoken to is not the speaker', () => {
	it('"X, the head of Y, told Reuters" and "X, a writer, said on Twitter"', () => {
		expect(speakers('“We found no link at all,” the company’s hiring chief, Tom Hale, told The New York Times in 2013.')).toEqual([['We found no link at all,', 'Tom Hale']]);
		expect(speakers('“Voting is a duty,” Maria Costa, a writer for the Harbour Times, said on Twitter.')).toEqual([['Voting is a duty,', 'Maria Costa']]);
	});
});

describe('marks that quote nobody', () => {
	it('a scare quote (a term in marks, no verb of saying and nobody named in its sentence) is no quote', () => {
		expect(speakers('The so-called “reform” passed on Monday.', 'Union leader Tom Hale said the deal was “a fair one.”')).toEqual([['a fair one.', 'Tom Hale']]);
	});

	it('a term after a naming verb in the passive without its agent ("was described as “…”") is no quote; with its agent it is the agent\'s', () => {
		expect(speakers('The valley road opened again on Monday.', 'Early this year a flood that was described as “unprecedented” cut the road.', 'Union leader Tom Hale said the deal was “a fair one.”')).toEqual([['a fair one.', 'Tom Hale']]);
		expect(speakers('The port reopened on Monday.', 'The harbour closure has been widely called “overdue” this week.')).toEqual([]);
		// The one a passive names is not who spoke.
		expect(speakers('Mayor Ana Ruiz spoke at the dam on Monday.', 'Ruiz was called “a liar” at the rally.')).toEqual([['a liar', null]]);
		// The active verb of saying keeps its term: the subject named the flood so.
		expect(speakers('Mayor Ana Ruiz spoke at the dam on Monday.', 'She described the flood as “unprecedented.”')).toEqual([['unprecedented.', 'Ana Ruiz']]);
	});

	it('a term in marks in a sentence that names someone stays, its speaker not clear when no attribution gives one', () => {
		expect(speakers('The vote was held on Monday.', 'Ana Ruiz’s “fair deal” plan passed the council.').map(([text]) => text)).toEqual(['fair deal']);
	});

	it('a crosshead (a short heading line in marks) is not a quote, and takes no speaker from the paragraph after it', () => {
		expect(speakers('The strike ended on Monday after three weeks.', '“A long road”', 'Union leader Tom Hale said the deal was “a fair one.”')).toEqual([['a fair one.', 'Tom Hale']]);
		// A paragraph that is one quoted sentence stays a quote.
		expect(speakers('“We will rebuild,” said Mayor Ana Ruiz on Monday.', '“Every family will have a home.”').map(([text]) => text)).toEqual(['We will rebuild,', 'Every family will have a home.']);
	});
});
