import {lookUpPlace} from '../../geo/gazetteer.js';
import {kindOf} from '../entity-groups.js';
import type {EntityKind, NameOccurrence} from '../entity-types.js';
import {isCommonWord} from '../name-words.js';
import {normaliseName, type Token} from '../tokens.js';

// "competitors such as Walmart, Kroger and Costco", "Terminal 4: Air Canada, British Airways, Volaris,
// WestJet": the names of one list are of one kind. Where the list's read names agree on a body or a
// place, its other names are read as that kind too, and its names no one read are named.

type Occurrence = Omit<NameOccurrence, 'article' | 'paragraph'>;
type Member = {start: number; end: number; tokenCount: number};

/** Between two names of a list: a comma, "and", "or" or "&", after a parenthesis or not ("Alaska (Gates 10 & 11), Spirit"). */
const listSeparator = /^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)$/u;

/**
 * The sentence's names as list members: each name read (the longest where names nest: "Bosnia and
 * Herzegovina", "University of North Carolina at Chapel Hill"), and each run of capitalised words no one read.
 */
function listMembers(tokens: Token[], read: Occurrence[]): Member[] {
	const members: Member[] = [];
	// The longest name read from each token on (one lookup per token: a sentence may run to thousands of words).
	const startingAt = new Map<number, Occurrence>();
	for (const occurrence of read) if ((startingAt.get(occurrence.start)?.end ?? -1) < occurrence.end) startingAt.set(occurrence.start, occurrence);
	let index = 0;
	while (index < tokens.length) {
		const token = tokens[index]!;
		const name = startingAt.get(token.start);
		if (name && name.end > token.start) {
			members.push({start: name.start, end: name.end, tokenCount: name.tokenCount});
			index++;
			while (index < tokens.length && tokens[index]!.start < name.end) index++;
			continue;
		}
		if (!/^\p{Lu}/u.test(token.text)) {
			index++;
			continue;
		}
		let end = index + 1;
		while (end < tokens.length && /^\p{Lu}/u.test(tokens[end]!.text) && /^ $/u.test(tokens[end - 1]!.post) && end - index < 4 && !startingAt.has(tokens[end]!.start)) end++;
		members.push({start: token.start, end: tokens[end - 1]!.end, tokenCount: end - index});
		index = end;
	}
	return members;
}

/** Chains of three names or more joined only by a list's separators. */
function lists(tokens: Token[], text: string, read: Occurrence[]): Member[][] {
	const chains: Member[][] = [];
	let chain: Member[] = [];
	for (const member of listMembers(tokens, read)) {
		const previous = chain.at(-1);
		if (previous && listSeparator.test(text.slice(previous.end, member.start))) chain.push(member);
		else {
			if (chain.length >= 3) chains.push(chain);
			chain = [member];
		}
	}
	if (chain.length >= 3) chains.push(chain);
	return chains;
}

/**
 * The sentence's occurrences with each list's names of one kind: a body or a place that at least two of
 * the list's read names are, and more than twice as many as are of the other kind. People keep their
 * reading, and so does a country among bodies ("Kenya, Uganda and Air Tanzania" lists two kinds).
 */
export function namesOfOneList(occurrences: Occurrence[], tokens: Token[], text: string): Occurrence[] {
	if (occurrences.length < 2) return occurrences;
	let result = occurrences;
	for (const chain of lists(tokens, text, occurrences)) {
		const read = chain.map(member => result.find(occurrence => occurrence.start === member.start && occurrence.end === member.end));
		// A list opened by a sentence's first word ("However, …") is the sentence's capital, not a member.
		if (!read[0] && chain[0]!.start === tokens[0]?.start) chain.shift();
		const count = (kind: EntityKind) => read.filter(occurrence => occurrence && kindOf(occurrence.votes) === kind).length;
		const kind = (['organization', 'place'] as const).find(candidate => count(candidate) >= 2 && count(candidate) > 2 * count(candidate === 'organization' ? 'place' : 'organization'));
		if (!kind) continue;
		chain.forEach((member, index) => {
			const occurrence = read[index];
			const surface = text.slice(member.start, member.end);
			const own = occurrence ? kindOf(occurrence.votes) : undefined;
			if (own === kind || own === 'person' || (kind === 'organization' && lookUpPlace(surface)?.kind === 'Country')) return;
			if (!occurrence && (member.tokenCount === 1 && isCommonWord(surface))) return;
			const weight = occurrence ? Math.max(2, occurrence.votes.organization, occurrence.votes.place) : 2;
			const listed: Occurrence = {
				...(occurrence ?? {surface, key: normaliseName(surface), tokenCount: member.tokenCount, start: member.start, end: member.end, acronym: false}),
				votes: {person: 0, organization: 0, place: 0, [kind]: weight},
				rules: [...(occurrence?.rules ?? []), `${kind === 'place' ? 'place' : 'organization'}-in-list-of-one-kind`],
			};
			// A body's reading drops the gazetteer's kind of place ("City"), a place's keeps it.
			if (kind === 'organization') delete listed.detail;
			result = [...result.filter(other => other !== occurrence && !(other.start < member.end && member.start < other.end)), listed];
		});
	}
	return result;
}
