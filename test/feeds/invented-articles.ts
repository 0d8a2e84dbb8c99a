// Invented news articles for the feed tests: two about one happening (a dock strike in Rotterdam), one
// about another (a bridge closure in Lisbon), each with named people, places and a date, as pages.

export type InventedArticle = {slug: string; title: string; outlet: string; published: string; paragraphs: string[]};

export const inventedArticles: InventedArticle[] = [
	{
		slug: 'rotterdam-strike',
		title: 'Dock workers walk out at Rotterdam',
		outlet: 'Harbour Gazette',
		published: '2024-03-05',
		paragraphs: [
			'Dock workers at the port of Rotterdam walked out on Tuesday morning, halting container traffic at the largest port in Europe.',
			'Union leader Marieke de Vries said the strike would last until the port authority returned to talks. "We are not going back without a contract," de Vries told reporters outside the Maasvlakte terminal.',
			'The port authority said about forty ships were waiting off the coast of the Netherlands.',
		],
	},
	{
		slug: 'rotterdam-talks',
		title: 'Rotterdam port strike enters second day as talks stall',
		outlet: 'Lowlands Daily',
		published: '2024-03-06',
		paragraphs: [
			'The strike by dock workers at the port of Rotterdam entered its second day on Wednesday, with no talks planned between the union and the port authority.',
			'Marieke de Vries, who leads the dock workers union, said on Wednesday that members were ready to stay out for a week.',
			'Shipping companies diverted several vessels to Antwerp in Belgium.',
		],
	},
	{
		slug: 'lisbon-bridge',
		title: 'Lisbon closes 25 de Abril bridge for repairs',
		outlet: 'Tagus Times',
		published: '2024-03-06',
		paragraphs: [
			'Lisbon closed the 25 de Abril bridge to traffic on Wednesday for urgent repairs to its deck, the city council said.',
			'Mayor Rui Tavares said the bridge would reopen on Saturday. "Safety comes first," Tavares said at a press conference in Lisbon.',
			'Commuters from Almada faced long queues at the ferry terminals across the Tagus river.',
		],
	},
	{
		slug: 'lisbon-ferries',
		title: 'Extra ferries for Almada commuters while Lisbon bridge is shut',
		outlet: 'Harbour Gazette',
		published: '2024-03-07',
		paragraphs: [
			'The ferry operator Transtejo added extra crossings between Almada and Lisbon on Thursday while the 25 de Abril bridge stays closed.',
			'Rui Tavares, the mayor of Lisbon, thanked commuters for their patience and repeated that the bridge would reopen on Saturday.',
		],
	},
];
