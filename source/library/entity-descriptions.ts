// The description summit-tui generates for an entity, kept current as articles are added to a story.
const generatedDescription = /^(Person|Organisation|Place) named in (.+)\. Found automatically; the citations show where\.(?: Also described as: (.+)\.)?$/u;

/** "NHK World-Japan (8×) and ABC News (3×)": the outlets and how often each names the entity. */
const namedIn = (text: string) => new Map([...text.matchAll(/(?:^| and )(.+?) \((\d+)×\)/gu)].map(match => [match[1]!, Number(match[2])]));

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
	for (const [, text, outlets] of (own[3] ?? '').matchAll(/(?:^|; )(.+?) \((.+?)\)/gu)) roles.set(text!, new Set(outlets!.split(', ')));
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
