import {afterEach, describe, expect, it} from 'vitest';
import {clusterFeatures, clusterKey, clusterPath, parseClusterFile, useClustersInstead} from '../../source/ingest/name-tagger/word-clusters.js';
import {analyseParagraph} from '../../source/ingest/tokens.js';
import {clusterTokens} from '../ingest-eval/train-word-clusters.js';
import {learnWordClusters} from '../ingest-eval/word-clusters-learn.js';

// Invented sentences: towns and first names each used in their own frames, so that their clusters can be told apart.
function inventedTexts(): string[][] {
	const towns = ['Oxbridge', 'Milford', 'Ashdown', 'Kelby', 'Dunmore', 'Rosslare'];
	const people = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid'];
	const sequences: string[][] = [];
	for (let round = 0; round < 6; round++) {
		for (const [index, town] of towns.entries()) {
			const other = towns[(index + round + 1) % towns.length]!;
			sequences.push(['we', 'drove', 'from', town, 'to', other, 'by', 'train', '.']);
			sequences.push(['the', 'museum', 'in', town, 'opens', 'at', 'noon', '.']);
		}
		for (const [index, person] of people.entries()) {
			const other = people[(index + round + 1) % people.length]!;
			sequences.push([person, 'said', 'that', other, 'had', 'left', '.']);
			sequences.push(['yesterday', person, 'told', 'reporters', 'that', 'she', 'said', 'so', '.']);
		}
	}
	return sequences;
}

const sharedBits = (a: string, b: string) => {
	let bits = 0;
	while (bits < a.length && a[bits] === b[bits]) bits++;
	return bits;
};

describe('word clusters', () => {
	afterEach(() => useClustersInstead(undefined));

	it('puts words used in the same frames closer than words used in others', () => {
		const paths = learnWordClusters(inventedTexts(), {classes: 8, minCount: 3, passes: 10});
		const [milford, ashdown, anna, boris] = ['Milford', 'Ashdown', 'Anna', 'Boris'].map(word => paths.get(word)!);
		expect(sharedBits(milford!, ashdown!)).toBeGreaterThan(sharedBits(milford!, anna!));
		expect(sharedBits(anna!, boris!)).toBeGreaterThan(sharedBits(anna!, ashdown!));
		// The same texts give the same paths.
		expect(learnWordClusters(inventedTexts(), {classes: 8, minCount: 3, passes: 10})).toEqual(paths);
	});

	it('gives no path to a word seen fewer times than asked, and survives tiny or empty texts', () => {
		const paths = learnWordClusters([...inventedTexts(), ['Zanzibar', 'said', 'that', 'Anna', 'left']], {classes: 8, minCount: 3, passes: 4});
		expect(paths.has('Zanzibar')).toBe(false);
		expect(learnWordClusters([], {classes: 8, minCount: 1, passes: 2}).size).toBe(0);
		expect([...learnWordClusters([['a', 'b', 'a', 'b']], {classes: 8, minCount: 1, passes: 2}).values()].every(path => /^[01]+$/.test(path))).toBe(true);
	});

	it('reads a cluster file, skipping lines that are not a path and words', () => {
		const paths = parseClusterFile('0110\tMilford Ashdown\nnot a line\n0111\tAnna\textra\n2\tBoris\n\n0001\tthe\n');
		expect([...paths]).toEqual([
			['Milford', '0110'],
			['Ashdown', '0110'],
			['the', '0001'],
		]);
	});

	it("looks a word up as written, then in lower case, with digits and a possessive's 's set aside", () => {
		useClustersInstead(parseClusterFile('0110\tMilford\n0001\tthe\n1010\t$00\n'));
		expect(clusterPath("Milford's")).toBe('0110');
		expect(clusterPath('The')).toBe('0001');
		expect(clusterPath('$25')).toBe('1010');
		expect(clusterPath('milford')).toBeUndefined();
		expect(clusterKey('1999’s')).toBe('0000');
	});

	it('gives the tagger prefixes of the paths of a word and its neighbours', () => {
		useClustersInstead(parseClusterFile('01101100111\tMilford\n000111\tin\n'));
		const tokens = analyseParagraph('Trains stop in Milford daily.')[0]!.tokens;
		const at = tokens.findIndex(token => token.text === 'Milford');
		expect(clusterFeatures(tokens, at)).toEqual(['wc4=0110', 'wc6=011011', 'wc10=0110110011', 'wc20=01101100111', 'wc-1|4=0001', 'wc-1|10=000111']);
		expect(clusterFeatures(tokens, at + 1)).toEqual(['wc=unseen', 'wc-1|4=0110', 'wc-1|10=0110110011']);
	});

	it('splits text for clustering as the importer splits words', () => {
		expect(clusterTokens('Mr. Lee’s U.S. trip (to Anne-Marie), on 5 May.')).toEqual(['Mr', '.', 'Lee', 'U.S.', 'trip', '(', 'to', 'Anne', 'Marie', ')', ',', 'on', '0', 'May', '.']);
	});
});
