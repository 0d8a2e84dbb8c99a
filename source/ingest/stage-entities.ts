import type {Citation, Organization, Person, Place} from '../model/schema.js';
import type {AnalysedParagraph, ExtractedEntity} from './entities.js';
import {lookUpPlace} from '../geo/gazetteer.js';
import {locatePlaces, type PlaceContext} from '../geo/place-coordinates.js';
import type {Mention} from './mentions.js';
import {cite, type ArticleContext, type Explanation, type StageContext} from './stage-context.js';

// The entities stage: each person, organisation and place found over all articles becomes a record,
// cited where it is named (at most three times per article), with what decided its kind.

export function entityRecords({articles, entities, entityIds, mentionsOf}: StageContext): {people: Person[]; organizations: Organization[]; places: Place[]; explanations: Explanation[]} {
	const people: Person[] = [];
	const organizations: Organization[] = [];
	const places: Place[] = [];
	const explanations: Explanation[] = [];
	// What tells one Paris from another: the countries the story names, and what follows each name.
	const placeContext: PlaceContext = {
		texts: articles.flatMap(article => article.paragraphs.map(paragraph => paragraph.text)),
		// By name or alias: "Russia-North Korea" (talks) still names Russia and North Korea.
		countries: new Set(entities.flatMap(entity => (entity.kind === 'place' ? [entity.name, ...entity.aliases] : []).flatMap(name => {
			const known = lookUpPlace(name);
			return known?.kind === 'Country' ? [known.country] : [];
		}))),
	};
	const located = locatePlaces(entities.flatMap(entity => (entity.kind === 'place' ? [entity.name] : [])), placeContext);
	const firstMentionOf = firstMentions(articles, mentionsOf);
	entities.forEach((entity, index) => {
		const cites = entityCitations(index, articles, firstMentionOf);
		// An alias only in other capitals (a dateline's "LONDON") is the same name to a reader: mentions still find it.
		const aliases = entity.aliases.filter(alias => alias.toLowerCase() !== entity.name.toLowerCase());
		const base = {id: entityIds[index]!, name: entity.name, aliases, description: describeEntity(entity, articles), cites};
		const where = entity.kind === 'place' ? located.get(entity.name) : undefined;
		const whereRules = where ? [`coordinates [${where.coordinates.join(', ')}] from ${where.source}`] : [];
		explanations.push({item: base.id, kind: entity.kind, text: entity.name, rules: [...entity.rules, ...whereRules]});
		if (entity.kind === 'person') people.push({...base, ...(entity.role ? {role: entity.role} : {}), organizations: []});
		else if (entity.kind === 'organization') organizations.push({...base, kind: entity.type ?? 'Organisation'});
		// The gazetteer's kind where it placed the name: "Morocco" is a Country even where the words call it a City.
		else places.push({...base, kind: where?.kind ?? entity.type ?? 'Place', ...(where ? {coordinates: where.coordinates, coordinatesSource: where.source} : {})});
	});
	return {people, organizations, places, explanations};
}

/**
 * Each paragraph's first mention of each entity (by entity index), read once: looking through every
 * paragraph's mentions again for every entity grew with entities × mentions and was a few percent of an import.
 */
function firstMentions(articles: ArticleContext[], mentionsOf: (paragraph: AnalysedParagraph) => Mention[]): Map<AnalysedParagraph, Map<number, Mention>> {
	const first = new Map<AnalysedParagraph, Map<number, Mention>>();
	for (const {paragraphs} of articles) {
		for (const paragraph of paragraphs) {
			const byEntity = new Map<number, Mention>();
			for (const mention of mentionsOf(paragraph)) if (!byEntity.has(mention.entity)) byEntity.set(mention.entity, mention);
			first.set(paragraph, byEntity);
		}
	}
	return first;
}

function entityCitations(index: number, articles: ArticleContext[], firstMentionOf: Map<AnalysedParagraph, Map<number, Mention>>): Citation[] {
	const cites: Citation[] = [];
	for (const {article, paragraphs} of articles) {
		let perArticle = 0;
		for (const paragraph of paragraphs) {
			const mention = firstMentionOf.get(paragraph)?.get(index);
			if (!mention) continue;
			cites.push(cite(article.id, paragraph, [mention.start, mention.end]));
			if (++perArticle === 3) break;
		}
	}
	return cites;
}

function describeEntity(entity: ExtractedEntity, articles: ArticleContext[]): string {
	const byArticle = new Map<number, number>();
	for (const occurrence of entity.occurrences) byArticle.set(occurrence.article, (byArticle.get(occurrence.article) ?? 0) + 1);
	const parts = [...byArticle].map(([article, count]) => `${articles[article]!.article.outlet} (${count}×)`);
	const kind = entity.kind === 'person' ? 'Person' : entity.kind === 'organization' ? 'Organisation' : 'Place';
	const outlets = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
	return `${kind} named in ${outlets}. Found automatically; the citations show where.`;
}
