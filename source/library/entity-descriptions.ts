// The description summit-tui generates for an entity, kept current as articles are added to a story.
const generatedDescription = /^(Person|Organisation|Place) named in (.+)\. Found automatically; the citations show where\.(?: Also described as: (.+)\.)?$/u;

/** "NHK World-Japan (8×), Reuters (via The Straits Times) (5×) and ABC News (3×)": the outlets and how often each names the entity. */
const namedIn = (text: string) => new Map([...text.matchAll(/(?:^|, | and )(.+?) \((\d+)×\)/gu)].map(match => [match[1]!, Number(match[2])]));

/** Parts of a text between separators outside parentheses: outlet names may hold some ("Reuters (via The Straits Times)"). */
function splitOutside(text: string, separator: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let index = 0; index < text.length; index++) {
		if (text[index] === '(') depth++;
		else if (text[index] === ')') depth = Math.max(0, depth - 1);
		else if (depth === 0 && text.startsWith(separator, index)) {
			parts.push(text.slice(start, index));
			start = index + separator.length;
			index += separator.length - 1;
		}
	}
	parts.push(text.slice(start));
	return parts.filter(part => part !== '');
}

/** "Russian President (ABC News, Reuters (via The Straits Times)); dictator (CNN)": each role with who gives it. */
function rolesIn(text: string): Map<string, Set<string>> {
	const roles = new Map<string, Set<string>>();
	for (const part of splitOutside(text, '; ')) {
		const open = part.indexOf(' (');
		if (open < 0 || !part.endsWith(')')) continue;
		roles.set(part.slice(0, open), new Set(splitOutside(part.slice(open + 2, -1), ', ')));
	}
	return roles;
}

/** "A", "A and B", "A, B and C". */
const listed = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);

/**
 * The generated description of an entity named again, rebuilt from every article that names it: the
 * outlets with how often each does, and the other roles they give (with who gives them). A description
 * a person wrote no longer has the generated shape and is kept (undefined).
 */
export function rebuiltDescription(current: string | undefined, role: string | undefined, told: Array<{description?: string; role?: string; outlets: string[]}>): string | undefined {
	const own = current ? generatedDescription.exec(current) : null;
	if (!own) return undefined;
	const counts = namedIn(own[2]!);
	const roles = rolesIn(own[3] ?? '');
	for (const item of told) {
		const theirs = item.description ? generatedDescription.exec(item.description) : null;
		for (const [outlet, count] of theirs ? namedIn(theirs[2]!) : []) counts.set(outlet, (counts.get(outlet) ?? 0) + count);
		if (!item.role || item.role.toLowerCase() === (role ?? '').toLowerCase()) continue;
		// One role however it is capitalised, written as first given.
		const key = [...roles.keys()].find(text => text.toLowerCase() === item.role!.toLowerCase()) ?? item.role;
		roles.set(key, new Set([...(roles.get(key) ?? []), ...item.outlets]));
	}
	const also = [...roles].map(([text, outlets]) => `${text} (${[...outlets].join(', ')})`).join('; ');
	return `${own[1]} named in ${listed([...counts].map(([outlet, count]) => `${outlet} (${count}×)`))}. Found automatically; the citations show where.${also ? ` Also described as: ${also}.` : ''}`;
}
