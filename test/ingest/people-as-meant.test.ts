import {describe, expect, it} from 'vitest';
import {ingestText, namesOf, speakersOf} from '../helpers/ingest-text.js';
import {personHeadKind} from '../../source/ingest/name-tagger/person-evidence.js';
import {worksOfDocument} from '../../source/ingest/name-tagger/works-and-parties.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {repairSpans} from '../../source/ingest/name-tagger/span-repairs.js';
import {wholePersonRun} from '../../source/ingest/name-tagger/person-spans.js';
import {collectCaseEvidence, ruleRuns} from '../../source/ingest/entities.js';

// People as the reader means them (issue 22, point 3), on invented sentences through the whole importer.

const people = (text: string) => namesOf(ingestText({text})).people;

describe('people as the reader means them', () => {
	it('a middle initial stays inside the name, wherever the name stands', () => {
		expect(people('Title: Trade bill\n\n"We have the votes," said Rep. Sander M. Levin of Michigan.')).toEqual(['Sander M. Levin']);
		expect(people('Title: Talks\n\nJohn F. Kerry arrived in Geneva on Monday.')).toEqual(['John F. Kerry']);
		expect(people('Title: Budget\n\nThe plan was praised by Maria P. Costa and George W. Bush.')).toEqual(['Maria P. Costa', 'George W. Bush']);
	});

	it('a surname alone that is also a town is the person the story names in full, in the text or only in the headline', () => {
		const story = ingestText({text: 'Title: Talks fail\n\nJohn Bolton spoke on Monday.\n\n"They failed," Bolton said.'});
		expect(namesOf(story)).toEqual({people: ['John Bolton'], organizations: [], places: []});
		expect(speakersOf(story)).toEqual([['They failed,', 'John Bolton']]);
		const headlineOnly = ingestText({text: 'Title: John Bolton says talks failed\n\n"They failed," Bolton said on Monday.'});
		expect(namesOf(headlineOnly)).toEqual({people: ['John Bolton'], organizations: [], places: []});
		expect(speakersOf(headlineOnly)).toEqual([['They failed,', 'John Bolton']]);
	});

	it('a surname nothing else reads as a name is the person a headline names in full, and their quotes are theirs', () => {
		const told = ingestText({text: 'Title: Ravi Lask resigns from the board\n\nThe chairman left on Friday.\n\n"I am tired," Lask told staff.'});
		expect(namesOf(told).people).toEqual(['Ravi Lask']);
		expect(speakersOf(told)).toEqual([['I am tired,', 'Ravi Lask']]);
		expect(people("Title: Ravi Lask resigns\n\nThe chairman left on Friday. Lask's plan had failed.")).toEqual(['Ravi Lask']);
		// Without a headline's full name an unknown word stays unread.
		expect(people('Title: Board changes\n\n"I am tired," Lask told staff.')).toEqual([]);
	});

	it('a name before "and his cousin" and a name with the same surname is a person of that family, also opening a sentence', () => {
		expect(people('Hone Parata and his cousin Mere Parata spoke on Monday.')).toEqual(expect.arrayContaining(['Hone Parata', 'Mere Parata']));
		expect(people('Tala Vaifale and her sister Sina Vaifale run the bakery.')).toEqual(expect.arrayContaining(['Tala Vaifale', 'Sina Vaifale']));
	});

	it('an unknown two-word name that speaks is a person ("said Te Kaurinui")', () => {
		const story = ingestText({text: 'Title: Hui opens\n\n"We welcome all," said Te Kaurinui, a kaumatua from the region.'});
		expect(namesOf(story).people).toEqual(['Te Kaurinui']);
		expect(speakersOf(story)).toEqual([['We welcome all,', 'Te Kaurinui']]);
		expect(people('Title: Hui\n\nRangi Te Kani told reporters the vote mattered.')).toEqual(['Rangi Te Kani']);
	});

	it('a name right before an award, a building or a statue is that thing, no person ("the César Award", "the Lotfollah Mosque")', () => {
		expect(people('Title: Film\n\nMoreau won the César Award in 1975 for the role.')).toEqual(['Moreau']);
		expect(people('Title: TV\n\nThe actor later won an Emmy Award for the series.')).toEqual([]);
		expect(namesOf(ingestText({text: 'Title: Trip\n\nVisitors walk to the Lotfollah Mosque before lunch.'}))).toEqual({people: [], organizations: [], places: ['Lotfollah Mosque']});
		// A head word that is also a common surname says nothing.
		expect(people('Title: Talk\n\n"It was fine," said Stuart Hall, the sociologist.')).toEqual(['Stuart Hall']);
	});

	it('one word the language knows only as a word is no person without a rule\'s evidence, unless it ends a full name of the story', () => {
		expect(people('Title: Music\n\nRock was what he played; Smack was his band.')).not.toContain('Rock');
		expect(people('Title: Vote\n\nMike Pence spoke first. Pence said the vote would pass.')).toEqual(['Mike Pence']);
	});
});

describe('names that are no person, seen in real pages', () => {
	it('a name before a disease\'s lower-case head word is the disease\'s name, no entity ("Kauri dieback", "Zika virus")', () => {
		expect(namesOf(ingestText({text: 'Title: Forest\n\nElders say the oil could help cure Kauri dieback, and want more money for research.'}))).toEqual({people: [], organizations: [], places: []});
		expect(namesOf(ingestText({text: 'Title: Crops\n\nFarmers fear Myrtle rust has come. Growers say Taro blight and the Zika virus spread fast.'}))).toEqual({people: [], organizations: [], places: []});
		// Where a disease struck is still a place, and a surname that is a disease word is still a name.
		expect(namesOf(ingestText({text: 'Title: Health\n\nAnna Rust said the Wuhan outbreak was bad.'}))).toEqual({people: ['Anna Rust'], organizations: [], places: ['Wuhan']});
	});

	it('a country in a list of topics is a place, not a person ("has covered economics, Japan, foreign policy and energy")', () => {
		const names = namesOf(ingestText({text: 'Title: Talks\n\nThe talks ended.\n\nLia Moss covers the courts. She has written about economics, Japan, foreign policy and energy.'}));
		expect(names.people).toEqual(['Lia Moss']);
		expect(names.places).toEqual(['Japan']);
		// The domain word before a title is still a role: the apposition names a person.
		expect(people('Title: Talks\n\nIvo Dahl, health secretary, agreed on Monday.')).toEqual(['Ivo Dahl']);
	});

	it('where someone works is a body, even in a person\'s words ("an analyst at D.A. Davidson")', () => {
		const names = namesOf(ingestText({text: 'Title: Stocks\n\n"Shares will rise," said Tom Reed, an analyst at D.A. Davidson.\n\nLia Moss, a professor at Johns Hopkins, agreed.'}));
		expect(names.people).toEqual(['Tom Reed', 'Lia Moss']);
		expect(names.organizations).toEqual(['D.A. Davidson', 'Johns Hopkins']);
		// "for" names a client as often as an employer: a person stays a person there.
		expect(people('Title: Court\n\n"He is innocent," said Tom Reed, a lawyer for Ana Reyes.')).toEqual(['Tom Reed', 'Ana Reyes']);
	});

	it('a work\'s title is no person, after a word for a work or before its year alone in brackets', () => {
		const story = ingestText({text: 'Title: Film\n\nLia Moss starred in the 1969 film Easy Rider. She later filmed a pilot titled Young MacGyver and the drama Burning Man (2011).\n\nTom Reed (1914–2011) was her teacher.'});
		expect(namesOf(story).people).toEqual(['Lia Moss', 'Tom Reed']);
	});

	it('a person\'s name ends at its possessive: what the person owns is another thing ("Jean Anouilh\'s Antigone")', () => {
		const tokens = analyseParagraph("She saw a performance of Jean Anouilh's Antigone in Paris.")[0]!.tokens;
		const start = tokens.findIndex(token => token.text === 'Jean');
		expect(repairSpans([{start, end: start + 3, kind: 'person'}], tokens, '')).toEqual([{start, end: start + 2, kind: 'person'}]);
	});

	it('a dash between two words of a person\'s span lists two people ("Breonna Taylor–Ahmaud Arbery"); a hyphen stays inside a name', () => {
		const tokens = analyseParagraph('We remember Dara Boyd–Ivo Marsh and Jean-Paul Roux.')[0]!.tokens;
		const start = tokens.findIndex(token => token.text === 'Dara');
		expect(repairSpans([{start, end: start + 4, kind: 'person'}], tokens, '')).toEqual([{start, end: start + 2, kind: 'person'}, {start: start + 2, end: start + 4, kind: 'person'}]);
		const jean = tokens.findIndex(token => token.text === 'Jean');
		const whole = tokens.findIndex(token => token.text === 'Roux') + 1;
		expect(repairSpans([{start: jean, end: whole, kind: 'person'}], tokens, '').map(({start, end}) => [start, end])).toEqual([[jean, whole]]);
	});

	it('no name runs across a bracket ("Jeff [Drake]", "Kauri (Te Kaurinui) Parata")', () => {
		const tokens = analyseParagraph('We met Jeff [Drake] and Ana (Lia) Moss there.')[0]!.tokens;
		const jeff = tokens.findIndex(token => token.text === 'Jeff');
		expect(repairSpans([{start: jeff, end: jeff + 2, kind: 'person'}], tokens, '').map(({start, end}) => [start, end])).toEqual([[jeff, jeff + 1], [jeff + 1, jeff + 2]]);
		const ana = tokens.findIndex(token => token.text === 'Ana');
		expect(repairSpans([{start: ana, end: ana + 3, kind: 'person'}], tokens, '').map(({start, end}) => [start, end])).toEqual([[ana, ana + 1], [ana + 1, ana + 2], [ana + 2, ana + 3]]);
	});

	it('titles alone address someone without naming them; a speech\'s salutation names its people ("Senator Varga, Mr. Chief Justice, …:")', () => {
		const story = ingestText({text: 'Title: Address\n\nThe talks ended.\n\nSenator Varga, Mr. Chief Justice, Madam Speaker, Vice President Okafor, Governor O\'Brennan, Bishop Lindqvist, and dear friends:\n\nWe meet tonight at the end of a long year.'});
		expect(namesOf(story).people).toEqual(['Varga', 'Okafor', "O'Brennan", 'Lindqvist']);
	});

	it('a first name and a surname are the full name with middle names the story gives ("Lia Moss" of "Lia Grace Moss")', () => {
		const story = ingestText({text: 'Title: Lia Moss wins award\n\nLia Grace Moss (born 1980) is an actor from Leeds.\n\nShe met Tom Reed in 2001. Lia Moss later moved to Paris.'});
		expect(namesOf(story).people).toEqual(['Lia Grace Moss', 'Tom Reed']);
	});
});

describe('the evidence that a span the tagger read as a person names something else', () => {
	// The tagger's span is given by hand (which words it reads depends on its weights); the evidence is the span's neighbours.
	const kindOfSpan = (sentence: string, name: string) => {
		const tokens = analyseParagraph(sentence)[0]!.tokens;
		const words = name.split(' ');
		const start = tokens.findIndex((token, index) => words.every((word, offset) => tokens[index + offset]?.text === word));
		return personHeadKind({start, end: start + words.length, kind: 'person'}, tokens);
	};

	it('a known place after a capitalised common word and "of", or one word after a known place and a comma, is a place', () => {
		expect(kindOfSpan('He was wounded at the Siege of Savannah in 1779.', 'Savannah')?.kind).toBe('place');
		expect(kindOfSpan('He met the Earl of Derby in Dublin.', 'Derby')?.kind).toBe('place');
		// After a name, "of" gives a person's epithet; a name no gazetteer knows is no place by its neighbours.
		expect(kindOfSpan('He studied under Hilary of Poitiers for a year.', 'Poitiers')?.kind).toBe('person');
		expect(kindOfSpan('She read the Gospel of Matthew aloud.', 'Matthew')?.kind).toBe('person');
		expect(kindOfSpan('She was born in Exeter, Devon.', 'Devon')?.kind).toBe('place');
		// After a lower-case noun "of" names a person as often.
		expect(kindOfSpan('The wife of Johnson spoke first.', 'Johnson')?.kind).toBe('person');
	});

	it('a word that opens places\' names opens a place ("Port Hutt", "Masjid Al-Haram"), even where the tagger read a person', () => {
		expect(kindOfSpan('Port Halden boasts a sheltered harbour.', 'Port Halden')?.kind).toBe('place');
		expect(kindOfSpan('They prayed near the Masjid Rahma on Friday.', 'Masjid Rahma')?.kind).toBe('place');
		expect(kindOfSpan('Lia Port said it was late.', 'Lia Port')?.kind).toBe('person');
	});

	it('a street or square named in its own language, or after a person with its head word, is a place ("Paseo de Montejo", "Karim Khan Boulevard")', () => {
		expect(kindOfSpan('The market lies on Paseo Zarandona, near the old gate.', 'Paseo Zarandona')?.kind).toBe('place');
		expect(kindOfSpan('Buses stop in Meydan Kavir every hour.', 'Meydan Kavir')?.kind).toBe('place');
		expect(kindOfSpan('Walk down Dariush Farahani Boulevard to the bridge.', 'Dariush Farahani')).toEqual(expect.objectContaining({kind: 'place'}));
		expect(kindOfSpan('Dariush Farahani opened the bakery in 1990.', 'Dariush Farahani')?.kind).toBe('person');
	});

	it('one word that heads bodies\' names and is no surname or first name is the body, not a person ("this Assembly")', () => {
		expect(kindOfSpan('The duty rests upon this Assembly, a body of nations.', 'Assembly')?.kind).toBe('organization');
		expect(kindOfSpan('It was built by Hall for the town.', 'Hall')?.kind).toBe('person');
	});

	it('a title a document gives as a work\'s somewhere is the work\'s wherever it stands ("the series Supernatural" … "the Supernatural panel")', () => {
		const sentences = analyseParagraph('Ana Ruiz plays Dana Cole in the drama series, Brightwater. He wrote the novel Kestrelmoor. His chief work is Kestrelmoor. Fans met Ruiz at the Brightwater panel.');
		expect([...worksOfDocument(sentences)].sort()).toEqual(['brightwater', 'kestrelmoor']);
	});

	it('an award\'s name modifying a noun is no person, nor the surname of a headline\'s "full name" ("her Oscar dress" under "Pearl Oscar Dress … STOLEN!!!!")', () => {
		expect(kindOfSpan('Her Oscar dress was stolen.', 'Oscar')).toBeUndefined();
		expect(kindOfSpan('"It is over," Oscar said.', 'Oscar')?.kind).toBe('person');
		expect(people('Title: $150K Pearl Oscar Dress ... STOLEN!!!!\n\nActress Lia Moss\'s beaded Oscar gown went missing from her hotel suite overnight. Moss told police it was gone.')).toEqual(['Lia Moss']);
	});

	it('one capital letter alone is no name ("S. F., Cal."); a capitalised "The" inside a sentence opens a publication\'s or band\'s name', () => {
		expect(kindOfSpan('He lived in S. F. for years.', 'F')).toBeUndefined();
		expect(kindOfSpan('Is there anything similar with The Onion these days?', 'The Onion')?.kind).toBe('organization');
		expect(kindOfSpan('The Moss family left.', 'The Moss')?.kind).toBe('person');
	});

	it('two words the gazetteer knows whole as a place are the place, though the first is a first name ("West Hollywood"); a saint stays a person', () => {
		expect(kindOfSpan('The dress was taken from her room in West Hollywood last week.', 'West Hollywood')?.kind).toBe('place');
		expect(kindOfSpan('Paris Hilton said it was late.', 'Paris Hilton')?.kind).toBe('person');
		expect(kindOfSpan('Saint Jerome translated the Bible.', 'Saint Jerome')?.kind).toBe('person');
	});

	it('a title opening the span is the role, not the name', () => {
		const tokens = analyseParagraph('He was known as Emperor Norton for years.')[0]!.tokens;
		const start = tokens.findIndex(token => token.text === 'Emperor');
		expect(personHeadKind({start, end: start + 2, kind: 'person'}, tokens)).toEqual({start: start + 1, end: start + 2, kind: 'person'});
	});
});

describe('a surname standing alone', () => {
	it('stays the person\'s whatever the verb after it would say of a body ("Moss reported the loss")', () => {
		expect(people('Maria Moss\'s gown went missing on Friday. Moss reported the loss to police.')).toEqual(['Maria Moss']);
	});
});

describe('a person\'s name the tagger cut short', () => {
	const sentence = (text: string) => {
		const paragraphs = [{article: 0, paragraph: 1, text, sentences: analyseParagraph(text), headline: false}];
		const [first] = paragraphs[0]!.sentences;
		return {tokens: first!.tokens, runs: ruleRuns(first!.tokens, text, collectCaseEvidence(paragraphs))};
	};

	it('runs on to the end of the rules\' run of one person ("Kim Jong" of "leader Kim Jong Un" is no second person)', () => {
		const {tokens, runs} = sentence('North Korean leader Kim Jong Un arrived by train.');
		const kim = tokens.findIndex(token => token.text === 'Kim');
		expect(wholePersonRun({start: kim, end: kim + 2}, runs, tokens)).toEqual({start: kim, end: kim + 3});
	});

	it('leaves a span alone where the rules read no person or the words left are words of the language', () => {
		const {tokens, runs} = sentence('The talks with Kim went on for hours.');
		const kim = tokens.findIndex(token => token.text === 'Kim');
		expect(wholePersonRun({start: kim, end: kim + 1}, runs, tokens)).toEqual({start: kim, end: kim + 1});
		const show = sentence('Tickets for the Jeff Hale Experience sold out.');
		const jeff = show.tokens.findIndex(token => token.text === 'Jeff');
		expect(wholePersonRun({start: jeff, end: jeff + 2}, show.runs, show.tokens)).toEqual({start: jeff, end: jeff + 2});
		const credit = sentence('Her portrait, said curator Rosa Image, took a year.');
		const rosa = credit.tokens.findIndex(token => token.text === 'Rosa');
		expect(wholePersonRun({start: rosa, end: rosa + 1}, credit.runs, credit.tokens)).toEqual({start: rosa, end: rosa + 1});
	});
});
