// Where the quotations of a paragraph are: every span between quotation marks (outermost only), with the
// inner text exactly as written, and whether it closes in the paragraph. Newswire runs a long quotation
// over several paragraphs by leaving each one open and opening the next with a new mark.

export type QuoteSpan = {start: number; end: number; text: string; closed: boolean};

const opening = new Map([
	['“', '”'],
	['"', '"'],
	['‘', '’'],
	['«', '»'],
]);

export function findQuoteSpans(text: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let index = 0;
	while (index < text.length) {
		const mark = text[index]!;
		const close = opening.get(mark);
		const before = index === 0 ? ' ' : text[index - 1]!;
		// Single quotes double as apostrophes: only one that opens after a space or a dash starts a quote.
		const canOpen = close !== undefined && (mark === '“' || mark === '«' || /[\s(\[—–-]/u.test(before) || index === 0);
		if (!canOpen) {
			index++;
			continue;
		}
		let end = index + 1;
		for (; end < text.length; end++) {
			if (text[end] !== close) continue;
			if (mark === '‘' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
			break;
		}
		const closed = end < text.length;
		// An unclosed single quote is an apostrophe; an unclosed straight quote is a typo unless it opens the
		// paragraph, as a quotation that runs on into the next paragraph does. An unclosed “ always runs on.
		if (!closed && mark !== '“' && mark !== '«' && !(mark === '"' && index === 0)) {
			index++;
			continue;
		}
		const inner = text.slice(index + 1, end);
		if (/\p{L}/u.test(inner)) spans.push({start: index + 1, end, text: inner, closed});
		index = end + 1;
	}
	return spans;
}
