import {buildStoryLookup} from '../../source/model/story-lookup.js';
import {documentContent, openTargetOf} from '../../source/ui/document-content.js';
import {layoutDocument, lineText} from '../../source/ui/document.js';
import {buildPaneRows} from '../../source/ui/pane-rows.js';
import {bundledStory} from './render-app.js';

// Reading a detail or reader off the screen, for the tests that scroll documents from end to end.

export const bundledLookup = buildStoryLookup(bundledStory);
export const bundledPanes = buildPaneRows(bundledLookup);

/** The rows inside the open detail or reader frame, without borders and marker column. */
export function documentBody(screen: string): string[] {
	const lines = screen.split('\n');
	const title = lines.findIndex(line => /◉ (Detail|Reader) /.test(line));
	if (title < 0) return [];
	const bottom = lines.findIndex((line, index) => index > title && line.startsWith('╚'));
	return lines.slice(title + 1, bottom).map(line => line.slice(2, -1).trimEnd());
}

/** A bundled item's document as laid out for a detail frame at this many columns. */
export function expectedLines(id: string, columns: number): string[] {
	return layoutDocument(documentContent(bundledLookup, openTargetOf(bundledLookup, id)), columns - 3).lines.map(line => lineText(line).trimEnd());
}

/** The document opened at its top: its first line, and an indicator at line 1 (or none: it fits). */
export function showsFirstLine(screen: string, expected: string[]): boolean {
	return documentBody(screen)[0] === expected[0] && /lines 1–|◉ (Detail|Reader) .*[^0-9]║$/m.test(screen);
}

/** The document's last line is on screen (a short document shows whole, a long one ends with it). */
export function showsLastLine(screen: string, expected: string[]): boolean {
	const body = documentBody(screen);
	const shown = body.slice(0, Math.min(body.length, expected.length));
	return (shown.length > 0 && shown.at(-1) === expected.at(-1)) || (body.includes(expected.at(-1)!) && expected.length <= body.length);
}
