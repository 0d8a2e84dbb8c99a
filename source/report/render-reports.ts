import stringWidth from 'string-width';
import type {StoryFile} from '../model/schema.js';
import type {StoryLookup} from '../model/story-lookup.js';
import {buildReportOutline, type OutlineLine} from './report-outline.js';

/** The story as readable text: one item a line, its sources in brackets, details indented below. */
export function renderPlain(lookup: StoryLookup): string {
	const outline = buildReportOutline(lookup);
	const out: string[] = [outline.title, '='.repeat(Math.min(stringWidth(outline.title), 78)), ''];
	for (const source of outline.sources) out.push(`Source: ${source}`);
	out.push(outline.counts, '', outline.summary);
	const line = (entry: OutlineLine, indent: string) => {
		out.push(`${indent}- ${entry.text}${entry.source ? `  [${entry.source}]` : ''}`);
		if (entry.detail) out.push(`${indent}    ${entry.detail}`);
	};
	for (const section of outline.sections) {
		out.push('', section.title.toUpperCase());
		for (const group of section.groups) {
			if (group.title) out.push('', `  ${group.title}`);
			for (const entry of group.lines) line(entry, group.title ? '    ' : '  ');
		}
	}
	return `${out.join('\n')}\n`;
}

function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** The same report as Markdown, for pasting into notes. */
export function renderMarkdown(lookup: StoryLookup): string {
	const outline = buildReportOutline(lookup);
	const out: string[] = [`# ${escapeMarkdown(outline.title)}`, ''];
	for (const source of outline.sources) out.push(`- Source: ${escapeMarkdown(source)}`);
	out.push('', `_${outline.counts}_`, '', escapeMarkdown(outline.summary));
	for (const section of outline.sections) {
		out.push('', `## ${section.title}`);
		for (const group of section.groups) {
			if (group.title) out.push('', `### ${escapeMarkdown(group.title)}`);
			out.push('');
			for (const entry of group.lines) {
				out.push(`- ${escapeMarkdown(entry.text)}${entry.source ? ` _(${escapeMarkdown(entry.source)})_` : ''}`);
				if (entry.detail) out.push(`  ${escapeMarkdown(entry.detail)}`);
			}
		}
	}
	return `${out.join('\n')}\n`;
}

/** The normalised story; the loader reads it back unchanged. */
export function renderJson(story: StoryFile): string {
	return `${JSON.stringify(story, null, 2)}\n`;
}
