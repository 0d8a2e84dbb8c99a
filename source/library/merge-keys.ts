import type {Article, StoryFile} from '../model/schema.js';

// What tells a new article from one the story has (its address, its text), and the fresh ids a merge
// gives new items (merge-articles.ts).

const collections = ['articles', 'people', 'organizations', 'places', 'facts', 'events', 'quotes', 'differences'] as const;

/** Article text compared without layout: the same words in the same order are the same article. */
export function textKey(article: Article): string | undefined {
	return article.paragraphs && article.paragraphs.length > 0 ? article.paragraphs.join(' ').replace(/\s+/g, ' ').trim().toLowerCase() : undefined;
}

export function urlKey(url: string | undefined): string | undefined {
	if (url === undefined) return undefined;
	try {
		const parsed = new URL(url);
		// A tracking query or a fragment does not make another article.
		return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
	} catch {
		return url;
	}
}

/** Fresh ids: the imported id when no existing or earlier new item has it, else the id with -2, -3 … */
export function createIdAllocator(existing: StoryFile): (wanted: string) => string {
	const used = new Set(collections.flatMap(collection => existing[collection].map(item => item.id)));
	return wanted => {
		let id = wanted;
		for (let counter = 2; used.has(id); counter++) id = `${wanted}-${counter}`;
		used.add(id);
		return id;
	};
}
