import type {DomDocument} from './dom-types.js';

// What a saved news page says about itself, read from its head before the reader view changes the
// document. Sources in the order the issue trusts them: JSON-LD (schema.org NewsArticle and kin), then
// OpenGraph and article:* tags, then the other meta tags real sites use, then a <time datetime>. Each
// field is taken from the most trusted source that has it.

export type PageMetadata = {
	title?: string;
	author?: string;
	/** The publication day as written in the page's own time zone (YYYY-MM-DD). */
	published?: string;
	/** Where the day was read: the page's metadata, or (lacking any) the date in its address. */
	publishedFrom?: 'metadata' | 'address';
	outlet?: string;
	url?: string;
	/** The page's language (the html element's lang), e.g. "en-GB". */
	language?: string;
};

type JsonObject = Record<string, unknown>;

const articleTypes = /^(?:\w*NewsArticle|Article|BlogPosting|Report|LiveBlogPosting|OpinionNewsArticle|ReportageNewsArticle|AnalysisNewsArticle)$/;

/** Lists and @graph arrays nest a level or two in real pages; deeper nesting is not read. */
const maxLdDepth = 16;

/**
 * The values in a JSON-LD value and the lists within it, in document order, each with those `inner`
 * gives for it; a walk with a stack of its own, so a page's nesting never sets the call stack's depth.
 */
function flattenLd(value: unknown, inner: (object: JsonObject) => unknown): unknown[] {
	const found: unknown[] = [];
	const pending: Array<{value: unknown; depth: number}> = [{value, depth: 0}];
	while (pending.length > 0) {
		const {value: next, depth} = pending.pop()!;
		if (depth > maxLdDepth) continue;
		if (Array.isArray(next)) {
			for (let index = next.length - 1; index >= 0; index--) pending.push({value: next[index], depth: depth + 1});
			continue;
		}
		found.push(next);
		if (next && typeof next === 'object') {
			const nested = inner(next as JsonObject);
			if (nested !== undefined) pending.push({value: nested, depth: depth + 1});
		}
	}
	return found;
}

/** The strings in a JSON-LD value: "x", {name: "x"}, or a list of either. */
function names(value: unknown): string[] {
	return flattenLd(value, () => undefined).flatMap(entry => {
		if (typeof entry === 'string') return [entry];
		if (entry && typeof entry === 'object' && typeof (entry as JsonObject)['name'] === 'string') return [(entry as JsonObject)['name'] as string];
		return [];
	});
}

/** Every object in a JSON-LD block: top-level lists and @graph arrays hold several. */
function ldObjects(value: unknown): JsonObject[] {
	return flattenLd(value, object => object['@graph']).filter((entry): entry is JsonObject => Boolean(entry) && typeof entry === 'object');
}

function isArticle(object: JsonObject): boolean {
	const type = object['@type'];
	return (Array.isArray(type) ? type : [type]).some(entry => typeof entry === 'string' && articleTypes.test(entry));
}

function jsonLdArticle(document: DomDocument): JsonObject | undefined {
	for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
		// Some sites wrap the JSON in a CDATA section or an HTML comment.
		const source = (script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, '');
		try {
			const found = ldObjects(JSON.parse(source)).find(isArticle);
			if (found) return found;
		} catch {
			// A malformed block says nothing; the meta tags may.
		}
	}
	return undefined;
}

/** The content of the first meta tag with one of these property or name values (case-insensitive). */
function meta(document: DomDocument, keys: string[]): string | undefined {
	const wanted = new Set(keys.map(key => key.toLowerCase()));
	for (const tag of document.querySelectorAll('meta')) {
		const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop') ?? '').toLowerCase();
		const content = tag.getAttribute('content')?.trim();
		if (content && wanted.has(key)) return content;
	}
	return undefined;
}

const monthNumbers: Record<string, number> = {jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12};

function isoDay(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day a timestamp names where it was written: "2024-03-08T23:30:00-05:00" is 8 March (converting
 * to UTC would make it the 9th). Also the compact forms sites use ("20160729164234") and written dates
 * ("July 29, 2016", "8 March 2024"). Undefined when it holds no full date.
 */
export function dayOf(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const text = value.trim();
	let match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/.exec(text);
	if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
	match = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
	if (match && monthNumbers[match[1]!.toLowerCase()]) return isoDay(Number(match[3]), monthNumbers[match[1]!.toLowerCase()]!, Number(match[2]));
	match = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(text);
	if (match && monthNumbers[match[2]!.toLowerCase()]) return isoDay(Number(match[3]), monthNumbers[match[2]!.toLowerCase()]!, Number(match[1]));
	return undefined;
}

const clean = (value: string | undefined) => {
	const text = value?.replace(/\s+/g, ' ').trim();
	return text ? text : undefined;
};

/** "Headline - Site", "Headline | Section | Site": the separators titles put before a site's name. */
// (A run of spaces is tried from its first one only: tried from each, a long run is rescanned each time.)
const titleSeparator = /(?<!\s)\s+(?:[|•·–—-]|::|\/\/)\s+/;

const comparable = (text: string) => text.toLowerCase().replace(/^the\s+/, '').replace(/\.(?:com|co\.uk|org|net)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A title without the site's name (and the author's or section's that sit between): the trailing
 * segments after a separator are cut while one of them names the outlet, the author or the host.
 */
export function stripSiteSuffix(title: string, known: {outlet?: string; author?: string; host?: string}): string {
	const parts = title.split(titleSeparator);
	if (parts.length < 2) return title;
	const labels = [known.outlet, known.author, known.host?.replace(/^www\./, '')].filter((label): label is string => Boolean(label)).map(comparable).filter(label => label !== '');
	const names = (segment: string) => {
		const key = comparable(segment);
		return key !== '' && labels.some(label => key === label || key.includes(label) || label.includes(key));
	};
	// Cut from the end back to the first segment naming the site; keep at least the first segment.
	let keep = parts.length;
	for (let index = parts.length - 1; index >= 1; index--) if (names(parts[index]!)) keep = index;
	if (keep === parts.length) return title;
	// Only a short trailing run is site furniture ("| Environment | The Guardian"); a long one is the headline.
	if (parts.slice(keep).join(' ').split(/\s+/).length > 8) return title;
	const separators = title.match(new RegExp(titleSeparator.source, 'g')) ?? [];
	return parts.slice(0, keep).reduce((joined, part, index) => (index === 0 ? part : `${joined}${separators[index - 1]}${part}`), '');
}

function hostOf(url: string | undefined): string | undefined {
	try {
		return url ? new URL(url).hostname : undefined;
	} catch {
		return undefined;
	}
}

function absoluteUrl(value: string | undefined, base: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** A byline as a name: "By Erin Cunningham" → "Erin Cunningham"; a profile URL is not a name. */
function authorName(value: string | undefined): string | undefined {
	const text = clean(value)?.replace(/^by\s+/i, '');
	if (!text || /^https?:\/\//.test(text) || /\d{4}/.test(text)) return undefined;
	return text;
}

/** The page's metadata; `pageUrl` (where it was fetched from) resolves relative canonical links. */
export function readPageMetadata(document: DomDocument, pageUrl?: string): PageMetadata {
	const ld = jsonLdArticle(document);
	const ldString = (key: string) => (ld && typeof ld[key] === 'string' ? (ld[key] as string) : undefined);
	const ogType = meta(document, ['og:type'])?.toLowerCase();
	// og:type "website" means the tags describe the site's front page, not this article.
	const og = (keys: string[]) => (ogType === 'website' ? undefined : meta(document, keys));

	// A <time> marked as the publication first; a bare first <time> may belong to another story's teaser.
	const timeElement = (document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]') ?? document.querySelector('time[datetime]'))?.getAttribute('datetime') ?? undefined;
	const publishedCandidates = [
		ldString('datePublished'),
		og(['article:published_time', 'article:published', 'og:published_time']),
		meta(document, ['datePublished', 'DC.date.issued', 'dc.date', 'dcterms.created', 'ptime', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'date', 'pdate', 'displaydate']),
		timeElement,
	];
	const fromMetadata = publishedCandidates.map(dayOf).find(day => day !== undefined);

	const author = [...names(ld?.['author']).map(authorName), authorName(meta(document, ['author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']))].find(Boolean);
	const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
	const url = absoluteUrl(canonical, pageUrl) ?? absoluteUrl(og(['og:url']), pageUrl) ?? absoluteUrl(pageUrl, undefined);
	// News sites put the day in their article addresses (/2015/03/18/…): the last resort, said as such.
	const addressDate = url ? /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(new URL(url).pathname) : null;
	const fromAddress = addressDate ? dayOf(`${addressDate[1]}-${addressDate[2]}-${addressDate[3]}`) : undefined;
	const published = fromMetadata ?? fromAddress;
	const documentTitle = clean(document.querySelector('title')?.textContent ?? undefined);
	// og:, twitter: and application-name tags of a page whose og:type is "website" name the site.
	const siteLevel = ogType === 'website';
	const rawTitle = clean(ldString('headline')) ?? clean(og(['og:title'])) ?? (siteLevel ? undefined : clean(meta(document, ['twitter:title', 'parsely-title', 'dc.title']))) ?? documentTitle;
	// application-name is often the site's name with a slogan ("News - Latest Headlines"), sometimes the headline.
	const applicationName = clean(meta(document, ['application-name'])?.split(titleSeparator)[0]);
	const outlet =
		clean(names(ld?.['publisher'])[0]) ??
		clean(meta(document, ['og:site_name', 'cre'])) ??
		(applicationName && rawTitle && !comparable(rawTitle).startsWith(comparable(applicationName)) ? applicationName : undefined);
	const outletName = outlet && /^https?:\/\//.test(outlet) ? undefined : outlet;
	const title = rawTitle ? stripSiteSuffix(rawTitle, {outlet: outletName, author, host: hostOf(url)}) : undefined;
	const language = clean(document.documentElement?.getAttribute('lang') ?? undefined);
	return {
		...(title ? {title} : {}),
		...(author ? {author} : {}),
		...(published ? {published, publishedFrom: fromMetadata ? ('metadata' as const) : ('address' as const)} : {}),
		...(outletName ? {outlet: outletName} : {}),
		...(url ? {url} : {}),
		...(language ? {language} : {}),
	};
}
