// How deeply a page nests its elements, measured on the markup before any parser sees it. The HTML
// parser and the reader view both take time that grows faster than the page when elements nest deeply
// (each level re-walks what lies under it), and walks of the tree recurse; real news pages nest a few
// dozen levels. A page past the limit is refused with the place it goes too deep, rather than read for
// minutes. One pass over the text: tags are found with indexOf, and an end tag closes what is open down
// to its start tag, so every element is opened and closed once.

/** Browsers keep 512 levels (Chromium flattens deeper markup); news pages use a few dozen. */
export const maxNestingDepth = 256;

/** Elements that never hold others. */
const voidElements = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their own end tag (markup inside them is not markup). */
const rawTextElements = new Set(['script', 'style', 'title', 'textarea']);
const paragraph = new Set(['p']);
const formControls = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/**
 * The start tags that close the open element (while it is the innermost one) as the parser the page
 * reader uses does (htmlparser2, under linkedom): a new paragraph, list item or cell closes the last.
 */
const startClosesInnermost = new Map<string, Set<string>>([
	['tr', new Set(['tr', 'th', 'td'])],
	['th', new Set(['th'])],
	['td', new Set(['thead', 'th', 'td'])],
	['body', new Set(['head', 'link', 'script'])],
	['li', new Set(['li'])],
	['option', new Set(['option'])],
	['optgroup', new Set(['optgroup', 'option'])],
	['dd', new Set(['dd', 'dt'])],
	['dt', new Set(['dd', 'dt'])],
	['rt', new Set(['rt', 'rp'])],
	['rp', new Set(['rt', 'rp'])],
	['tbody', new Set(['thead', 'tbody'])],
	['tfoot', new Set(['thead', 'tbody'])],
	...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(name => [name, formControls] as [string, Set<string>]),
	...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(name => [name, paragraph] as [string, Set<string>]),
]);

export type NestingProblem = {depth: number; line: number};

/**
 * Where the page first nests its elements deeper than `limit`, or undefined: the depth the parser
 * builds, counted as it counts (implied end tags as it implies them; "<div/>" opens a div, as in a
 * browser, except inside SVG or MathML).
 */
export function findDeepNesting(html: string, limit = maxNestingDepth): NestingProblem | undefined {
	const open: string[] = [];
	const openCounts = new Map<string, number>();
	const push = (name: string) => {
		open.push(name);
		openCounts.set(name, (openCounts.get(name) ?? 0) + 1);
	};
	const pop = () => {
		const top = open.pop()!;
		openCounts.set(top, openCounts.get(top)! - 1);
		return top;
	};
	const tagName = /<(\/?)([a-zA-Z][^\s/>]*)/y;
	const rawTextEnds = new Map<string, RegExp>();
	let at = 0;
	for (;;) {
		at = html.indexOf('<', at);
		if (at === -1) return undefined;
		if (html.startsWith('<!--', at)) {
			const end = html.indexOf('-->', at + 4);
			if (end === -1) return undefined;
			at = end + 3;
			continue;
		}
		tagName.lastIndex = at;
		const match = tagName.exec(html);
		if (!match) {
			at++;
			continue;
		}
		const name = match[2]!.toLowerCase();
		const end = html.indexOf('>', tagName.lastIndex);
		if (end === -1) return undefined;
		at = end + 1;
		if (voidElements.has(name)) continue;
		if (match[1]) {
			// An end tag closes everything inside its element; one with no open element is ignored.
			if (openCounts.get(name)) while (pop() !== name);
			continue;
		}
		const closes = startClosesInnermost.get(name);
		while (closes && open.length > 0 && closes.has(open[open.length - 1]!)) pop();
		if (rawTextElements.has(name)) {
			let ending = rawTextEnds.get(name);
			if (!ending) rawTextEnds.set(name, (ending = new RegExp(`</${name}`, 'gi')));
			ending.lastIndex = at;
			at = ending.exec(html) ? ending.lastIndex : html.length;
			continue;
		}
		const foreign = Boolean(openCounts.get('svg') || openCounts.get('math'));
		if (foreign && html[end - 1] === '/') continue;
		push(name);
		if (open.length > limit) return {depth: open.length, line: lineAt(html, match.index)};
	}
}

function lineAt(text: string, index: number): number {
	let line = 1;
	for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
	return line;
}
