import type {StoryFile} from '../../source/model/schema.js';

// Deterministic synthetic stories for benchmarks: same schema as data/, realistic proportions and
// lengths, with Korean, Cyrillic and accented names among them. A seed gives the same story every time.

/** mulberry32: small, fast, good enough to make reproducible data. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const givenNames = ['Anna', 'Boris', 'Chloé', 'Dmitry', 'Élodie', 'Farid', 'Grace', 'Hyun-woo', 'Ines', 'José', 'Kenji', 'Lena', 'Mikhail', 'Nadia', 'Oleg', 'Priya', 'Ramón', 'Søren', 'Tatiana', 'Uwe', 'Valérie', 'Wei', 'Yusuf', 'Zoë', '민준', '서연', 'Алексей', 'Мария', 'Ольга', 'Иван'];
const familyNames = ['Albrecht', 'Bianchi', 'Castro', 'Dubois', 'Eriksen', 'Fernández', 'García', 'Hoffmann', 'Ivanova', 'Jensen', 'Kim', 'Lee', 'Müller', 'Novak', 'Okafor', 'Park', 'Quintero', 'Rossi', 'Smirnov', 'Tanaka', 'Ulyanov', 'Vasquez', 'Wójcik', 'Yamamoto', 'Zhou', '김', '박', 'Петров', 'Соколова', 'Кузнецов'];
const roles = ['foreign minister', 'spokesperson', 'analyst', 'ambassador', 'general', 'governor', 'reporter', 'envoy', 'senator', 'trade negotiator', 'economist', 'mayor'];
const orgWords = ['Ministry of', 'Council for', 'Institute of', 'Agency for', 'Bureau of', 'Committee on', 'Centre for', 'Foundation for'];
const orgTopics = ['Trade', 'Defence', 'Energy', 'Security', 'Fisheries', 'Rail Transport', 'Public Health', 'Digital Affairs', 'Maritime Policy', 'Northern Development'];
const placeNames = ['Vladivostok', 'Khasan', 'Primorsky', 'Pyongyang', 'Seoul', 'Busan', 'Harbin', 'Sapporo', 'Nakhodka', 'Ussuriysk', 'Rason', 'Chongjin', 'Хабаровск', 'Находка', '부산', '인천', 'Montréal', 'Zürich', 'Kraków', 'São Paulo'];
const words = 'the talks summit delegation minister officials said would meet discuss agreement trade arms sanctions border train visit leaders reported according sources confirmed expected week statement ministry press conference agenda security cooperation economic lifeline military energy port rail supplies convoy envoy negotiations deal council vote resolution warned analysts'.split(' ');
const outlets = ['Forbes', 'Rappler', 'Reuters', 'The Korea Herald', 'Kommersant', 'Le Monde', 'NHK', 'Yonhap'];
const categories = ['key-fact', 'to-watch', 'unknown', 'number', 'context', 'claim'] as const;
const statuses = ['happened', 'expected', 'historical'] as const;

export type Size = {label: string; items: number};
export const benchSizes: Size[] = [
	{label: '1k', items: 1_000},
	{label: '10k', items: 10_000},
	{label: '100k', items: 100_000},
];

/** A story of about `items` people, organisations, places, facts, events and quotes. */
export function generateStory(items: number, seed = 2023): StoryFile {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const sentence = (length: number) => Array.from({length}, () => pick(words)).join(' ');
	const count = (share: number) => Math.max(1, Math.round(items * share));

	const articles = Array.from({length: Math.max(2, Math.min(50, Math.round(items / 200)))}, (_, index) => ({
		id: `article-${index}`,
		outlet: outlets[index % outlets.length]!,
		title: `Report ${index}: ${sentence(6)}`,
		published: `2023-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
		publishedBasis: 'Synthetic article for benchmarks.',
		sections: [],
	}));
	const cite = () => [{article: pick(articles).id, paragraph: 1 + Math.floor(random() * 30), excerpt: sentence(8)}];

	const places = Array.from({length: count(0.05)}, (_, index) => ({
		id: `place-${index}`,
		name: `${pick(placeNames)}${index >= placeNames.length ? ` ${index}` : ''}`,
		aliases: [],
		kind: pick(['City', 'Region', 'Port', 'Border crossing', 'Country']),
		description: sentence(14),
		cites: [],
	}));
	const organizations = Array.from({length: count(0.05)}, (_, index) => ({
		id: `organization-${index}`,
		name: `${pick(orgWords)} ${pick(orgTopics)} ${index}`,
		aliases: [],
		kind: pick(['Government ministry', 'News agency', 'Think tank', 'Company', 'International body']),
		country: pick(places).id,
		description: sentence(14),
		cites: [],
	}));
	const people = Array.from({length: count(0.1)}, (_, index) => {
		const given = pick(givenNames);
		const family = pick(familyNames);
		return {
			id: `person-${index}`,
			name: `${given} ${family}`,
			aliases: [family],
			role: pick(roles),
			country: pick(places).id,
			organizations: [pick(organizations).id],
			description: sentence(16),
			cites: cite(),
		};
	});
	const entityIds = [...people, ...organizations, ...places].map(entity => entity.id);
	const facts = Array.from({length: count(0.4)}, (_, index) => ({
		id: `fact-${index}`,
		text: `${pick(people).name} ${sentence(18)}.`,
		category: pick(categories),
		about: [pick(entityIds), pick(entityIds)].filter((id, position, all) => all.indexOf(id) === position),
		cites: cite(),
	}));
	const events = Array.from({length: count(0.25)}, (_, index) => ({
		id: `event-${index}`,
		date: `${2000 + Math.floor(random() * 24)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
		precision: 'day' as const,
		dateEither: false,
		status: pick(statuses),
		title: `${pick(people).name} ${sentence(7)} in ${pick(places).name}`,
		involves: [pick(entityIds)],
		cites: cite(),
	}));
	const quotes = Array.from({length: count(0.15)}, (_, index) => ({
		id: `quote-${index}`,
		speaker: pick(people).id,
		text: sentence(12),
		cites: cite(),
	}));
	return {
		schemaVersion: 1,
		story: {id: `synthetic-${items}`, title: `Synthetic story of ${items} items`, summary: sentence(40)},
		articles,
		people,
		organizations,
		places,
		facts,
		events,
		quotes,
		differences: [],
	};
}

/** Ten-character queries with one typo each, typed one character at a time in the benchmarks. */
export const benchQueries = ['vladivostk', 'smirnof ha', 'ministy of', 'sanctionz ', 'pyongyagn ', 'delegatoin', 'hoffman an', 'agreemnt t'];
