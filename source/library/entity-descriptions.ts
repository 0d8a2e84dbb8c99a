// The description summit-tui generates for an entity, kept current as articles are added to a story.
const generatedDescription = /^(Person|Organisation|Place) named in (.+)\. Found automatically; the citations show where\.(?: Also described as: (.+)\.)?$/u;

/** "NHK World-Japan (8×) and ABC News (3×)": the outlets and how often each names the entity. */
const namedIn = (text: string) => new Map([...text.matchAll(/(?:^| and )(.+?) \((\d+)×\)/gu)].map(match => [match[1]!, Number(match[2])]));

/** Splits at `separator` where no parenthesis is open: outlets such as "AP (via ETV Bharat)" stay whole. */
function splitOutsideParentheses(text: string, separator: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '(') depth++;
		else if (char === ')') depth = Math.max(0, depth - 1);
		else if (depth === 0 && text.startsWith(separator, index)) {
			parts.push(text.slice(start, index));
			start = index + separator.length;
			index += separator.length - 1;
		}
	}
	parts.push(text.slice(start));
	return parts.filter(part => part !== '');
}

/** "port director (Post, AP (via ETV Bharat)); mayor (Times)": each role with the outlets that give it. */
function rolesTold(text: string): Array<{text: string; outlets: string[]}> {
	return splitOutsideParentheses(text, '; ').flatMap(part => {
		// The outlets are the last parenthesis of the part, matched from its end.
		if (!part.endsWith(')')) return [];
		let depth = 0;
		for (let index = part.length - 1; index >= 0; index--) {
			if (part[index] === ')') depth++;
			else if (part[index] === '(' && --depth === 0) return index > 1 ? [{text: part.slice(0, index).trimEnd(), outlets: splitOutsideParentheses(part.slice(index + 1, -1), ', ')}] : [];
		}
		return [];
	});
}

/**
 * The generated description of an entity named again, rebuilt from every article that names it: the
 * outlets with how often each does, and the other roles they give (with who gives them). A description
 * a person wrote no longer has the generated shape and is kept (undefined).
 */
export function rebuiltDescription(current: string | undefined, role: string | undefined, told: Array<{description?: string; role?: string; outlets: string[]}>): string | undefined {
	const own = current ? generatedDescription.exec(current) : null;
	if (!own) return undefined;
	const counts = namedIn(own[2]!);
	const roles = new Map<string, Set<string>>();
	for (const {text, outlets} of rolesTold(own[3] ?? '')) roles.set(text, new Set(outlets));
	for (const item of told) {
		const theirs = item.description ? generatedDescription.exec(item.description) : null;
		for (const [outlet, count] of theirs ? namedIn(theirs[2]!) : []) counts.set(outlet, (counts.get(outlet) ?? 0) + count);
		if (!item.role || item.role.toLowerCase() === (role ?? '').toLowerCase()) continue;
		// One role however it is capitalised, written as first given.
		const key = [...roles.keys()].find(text => text.toLowerCase() === item.role!.toLowerCase()) ?? item.role;
		roles.set(key, new Set([...(roles.get(key) ?? []), ...item.outlets]));
	}
	const also = [...roles].map(([text, outlets]) => `${text} (${[...outlets].join(', ')})`).join('; ');
	return `${own[1]} named in ${[...counts].map(([outlet, count]) => `${outlet} (${count}×)`).join(' and ')}. Found automatically; the citations show where.${also ? ` Also described as: ${also}.` : ''}`;
}
