/**
 * Splits article text into paragraphs the way citations count them: one or more blank lines
 * (lines empty or holding only white space) separate paragraphs; the first non-blank block is 1.
 */
export function splitParagraphs(text: string): string[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*(?:\n[ \t]*)+/)
		.map(block => block.trim())
		.filter(block => block !== '');
}
