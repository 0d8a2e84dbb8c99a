import {useRef} from 'react';
import type {StoryLookup} from '../model/story-lookup.js';
import {documentContent} from './document-content.js';
import {layoutDocument, matchingLines, targetKey, type DocumentContent, type LaidOutDocument, type ViewTarget} from './document.js';
import type {ViewShape} from './view-navigation.js';

/** A cache that forgets everything when it grows large (a resize storm lays out many widths). */
function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
	let value = cache.get(key);
	if (value === undefined) {
		if (cache.size > 500) cache.clear();
		value = make();
		cache.set(key, value);
	}
	return value;
}

export type Documents = {
	/** A document's content, from the story (its links are the same at every width). */
	contentOf(target: ViewTarget): DocumentContent;
	/** A document laid out at a width (its lines). */
	laidOut(target: ViewTarget, width: number): LaidOutDocument;
	/** What the reducer knows of a document at a width. */
	shapeOf(target: ViewTarget, width: number): ViewShape;
};

/** Details and readers of a story, made once and laid out once per width. */
export function useDocuments(lookup: StoryLookup): Documents {
	const contents = useRef(new Map<string, DocumentContent>());
	const layouts = useRef(new Map<string, LaidOutDocument>());
	const contentOf = (target: ViewTarget) => memo(contents.current, targetKey(target), () => documentContent(lookup, target));
	const laidOut = (target: ViewTarget, width: number) => memo(layouts.current, `${width}:${targetKey(target)}`, () => layoutDocument(contentOf(target), width));
	return {
		contentOf,
		laidOut,
		shapeOf: (target, width) => {
			const document = laidOut(target, width);
			return {lineCount: document.lines.length, linkSpans: document.linkSpans, anchor: document.anchor, matchLines: query => matchingLines(document, query)};
		},
	};
}
