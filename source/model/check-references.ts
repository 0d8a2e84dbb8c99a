import {describeDateProblem, granularityOf, compareIsoDates} from './dates.js';
import {jsonPath, type Problem} from './problem.js';
import type {Citation, StoryFile} from './schema.js';

type Path = Array<string | number>;

/**
 * Checks what a schema cannot see: ids are unique across the whole story (one namespace, since a
 * quote's speaker or a fact's subject may be any kind of entity), every reference resolves, dates are
 * real and agree with their precision, and citations point at articles that exist.
 */
export function checkReferences(story: StoryFile, file: string): Problem[] {
	const problems: Problem[] = [];
	const report = (path: Path, message: string) => problems.push({file, where: jsonPath(path), message});

	// Where each id was first seen; the path is written out only for a duplicate.
	const firstSeen = new Map<string, [string, number]>();
	const collections = ['articles', 'people', 'organizations', 'places', 'facts', 'events', 'quotes', 'differences'] as const;
	for (const collection of collections) {
		const items = story[collection];
		for (let index = 0; index < items.length; index++) {
			const {id} = items[index]!;
			const earlier = firstSeen.get(id);
			if (earlier) report([collection, index, 'id'], `duplicate id "${id}" (first used at ${jsonPath([earlier[0], earlier[1], 'id'])})`);
			else firstSeen.set(id, [collection, index]);
		}
	}

	const articleIds = new Set(story.articles.map(article => article.id));
	const entityIds = new Set([...story.people, ...story.organizations, ...story.places].map(entity => entity.id));
	const placeIds = new Set(story.places.map(place => place.id));
	const organizationIds = new Set(story.organizations.map(organization => organization.id));
	const factOrEventCites = new Map<string, Citation[]>(
		[...story.facts, ...story.events].map(item => [item.id, item.cites]),
	);

	const expect = (set: Set<string>, value: string | undefined, path: Path, what: string) => {
		if (value !== undefined && !set.has(value)) report(path, `"${value}" is not the id of any ${what}`);
	};
	const checkCites = (citations: Citation[], path: Path) => {
		for (const [index, citation] of citations.entries()) {
			expect(articleIds, citation.article, [...path, index, 'article'], 'article');
		}
	};

	for (const [index, article] of story.articles.entries()) {
		const dateProblem = article.published === undefined ? undefined : describeDateProblem(article.published);
		if (dateProblem) report(['articles', index, 'published'], dateProblem);
		for (const [sectionIndex, section] of article.sections.entries()) {
			if (section.to < section.from) {
				report(['articles', index, 'sections', sectionIndex, 'to'], `section ends (${section.to}) before it starts (${section.from})`);
			}
		}
	}

	for (const [index, person] of story.people.entries()) {
		expect(placeIds, person.country, ['people', index, 'country'], 'place');
		for (const [orgIndex, organization] of person.organizations.entries()) {
			expect(organizationIds, organization, ['people', index, 'organizations', orgIndex], 'organisation');
		}
		checkCites(person.cites, ['people', index, 'cites']);
	}
	for (const [index, organization] of story.organizations.entries()) {
		expect(placeIds, organization.country, ['organizations', index, 'country'], 'place');
		checkCites(organization.cites, ['organizations', index, 'cites']);
	}
	for (const [index, place] of story.places.entries()) {
		expect(placeIds, place.within, ['places', index, 'within'], 'place');
		if (place.within === place.id) report(['places', index, 'within'], 'a place cannot lie within itself');
		checkCites(place.cites, ['places', index, 'cites']);
	}
	for (const [index, fact] of story.facts.entries()) {
		for (const [aboutIndex, about] of fact.about.entries()) {
			expect(entityIds, about, ['facts', index, 'about', aboutIndex], 'person, organisation or place');
		}
		checkCites(fact.cites, ['facts', index, 'cites']);
	}
	for (const [index, event] of story.events.entries()) {
		checkEventDate(event, index, report);
		for (const [involvedIndex, involved] of event.involves.entries()) {
			expect(entityIds, involved, ['events', index, 'involves', involvedIndex], 'person, organisation or place');
		}
		checkCites(event.cites, ['events', index, 'cites']);
	}
	for (const [index, quote] of story.quotes.entries()) {
		expect(entityIds, quote.speaker, ['quotes', index, 'speaker'], 'person, organisation or place');
		checkCites(quote.cites, ['quotes', index, 'cites']);
	}
	for (const [index, difference] of story.differences.entries()) {
		for (const [sideIndex, side] of difference.sides.entries()) {
			expect(articleIds, side.article, ['differences', index, 'sides', sideIndex, 'article'], 'article');
			for (const [refIndex, ref] of side.refs.entries()) {
				const citations = factOrEventCites.get(ref);
				const path: Path = ['differences', index, 'sides', sideIndex, 'refs', refIndex];
				if (!citations) report(path, `"${ref}" is not the id of any fact or event`);
				else if (!citations.some(citation => citation.article === side.article)) {
					report(path, `"${ref}" does not cite article "${side.article}", so it cannot stand for that side`);
				}
			}
		}
	}

	checkMergeConsistency(story, report);
	return problems;
}

const oneSpace = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Whether an excerpt is the paragraph's own words: verbatim, up to spacing; "…" may join parts of it. */
function quotesParagraph(excerpt: string, paragraph: string): boolean {
	if (paragraph.includes(excerpt)) return true;
	const text = oneSpace(paragraph);
	return excerpt.split('…').map(oneSpace).filter(Boolean).every(part => text.includes(part));
}

/**
 * What a hand edit can leave inconsistent after merges (reported, never repaired): an item updated
 * before it was added, a citation of a paragraph the article does not have or whose excerpt is not in
 * it, a difference whose sides are all one article.
 */
function checkMergeConsistency(story: StoryFile, report: (path: Path, message: string) => void): void {
	const paragraphsOf = new Map(story.articles.flatMap(article => (article.paragraphs ? [[article.id, article.paragraphs] as const] : [])));
	for (const collection of ['people', 'organizations', 'places', 'facts', 'events', 'quotes'] as const) {
		for (const [index, item] of story[collection].entries()) {
			if (item.updated !== undefined && item.added !== undefined && item.updated < item.added) report([collection, index, 'updated'], `updated (${item.updated}) before it was added (${item.added})`);
			for (const [citeIndex, citation] of (item.cites ?? []).entries()) {
				const paragraphs = paragraphsOf.get(citation.article);
				if (paragraphs === undefined) continue;
				const paragraph = paragraphs[citation.paragraph - 1];
				if (paragraph === undefined) report([collection, index, 'cites', citeIndex, 'paragraph'], `paragraph ${citation.paragraph} of "${citation.article}", which has ${paragraphs.length}`);
				else if (!quotesParagraph(citation.excerpt, paragraph)) report([collection, index, 'cites', citeIndex, 'excerpt'], `not the words of paragraph ${citation.paragraph} of "${citation.article}": an excerpt is quoted verbatim`);
			}
		}
	}
	for (const [index, difference] of story.differences.entries()) {
		if (new Set(difference.sides.map(side => side.article)).size < 2) report(['differences', index, 'sides'], 'every side is the same article: a difference is between two articles');
	}
}

function checkEventDate(
	event: StoryFile['events'][number],
	index: number,
	report: (path: Path, message: string) => void,
) {
	const dateProblem = describeDateProblem(event.date);
	if (dateProblem) {
		report(['events', index, 'date'], dateProblem);
		return;
	}
	if (event.precision === 'range') {
		if (event.dateEnd === undefined) {
			report(['events', index, 'dateEnd'], 'precision "range" needs a dateEnd');
			return;
		}
		const endProblem = describeDateProblem(event.dateEnd);
		if (endProblem) report(['events', index, 'dateEnd'], endProblem);
		else if (compareIsoDates(event.dateEnd, event.date) <= 0) {
			report(['events', index, 'dateEnd'], `range ends (${event.dateEnd}) before or when it starts (${event.date})`);
		}
		return;
	}
	if (event.dateEnd !== undefined) report(['events', index, 'dateEnd'], `dateEnd is only for precision "range", not "${event.precision}"`);
	if (granularityOf(event.date) !== event.precision) {
		report(['events', index, 'precision'], `precision "${event.precision}" does not match date "${event.date}" (a ${granularityOf(event.date)})`);
	}
}
