import {describe, expect, it} from 'vitest';
import {analyseArticles} from '../../source/ingest/analyse.js';
import {collectCaseEvidence, findNameOccurrences, groupEntities, type AnalysedParagraph} from '../../source/ingest/entities.js';
import {createMentionFinder, type Mention} from '../../source/ingest/mentions.js';
import {textToArticleInput} from '../../source/ingest/page-input.js';
import {articleQuoteCandidates, speakerKnowledge} from '../../source/ingest/stage-quotes.js';

// What the speaker ranker is shown of each quote's candidates (invented articles): the features it
// weighs must say what a reader sees, or the weights learned from them cannot.

function candidatesOf(...paragraphs: string[]) {
	const articleParagraphs = analyseArticles([textToArticleInput(paragraphs.join('\n\n'), 'example.txt')]);
	const entities = groupEntities(findNameOccurrences(articleParagraphs, collectCaseEvidence(articleParagraphs)));
	const findMentions = createMentionFinder(entities);
	const cache = new Map<AnalysedParagraph, Mention[]>();
	const mentionsOf = (paragraph: AnalysedParagraph) => cache.get(paragraph) ?? cache.set(paragraph, findMentions(paragraph)).get(paragraph)!;
	return articleQuoteCandidates(articleParagraphs, mentionsOf, speakerKnowledge(entities), entities.map(entity => entity.name)).map(({quote, candidates, none}) => ({
		quote: quote.span.text.trim(),
		none,
		features: Object.fromEntries(candidates.map(candidate => [entities[candidate.entity]!.name, candidate.features])),
	}));
}

describe('the candidates the ranker weighs', () => {
	it('says when a later sieve would have chosen the same speaker as the deciding one, and when another', () => {
		// The colon paragraph points at Lena Park; the quote's own attribution names her too: two sieves agree.
		const [agreeing] = candidatesOf('Coach Lena Park told reporters after the game:', '“We were ready for this game,” Lena Park said.');
		expect(agreeing!.features['Lena Park']).toContain('later-sieve:quote-after-colon-paragraph:agrees');
		expect(agreeing!.features['Lena Park']).not.toContain('later-sieve-disagrees');
		// The quote's own attribution names Tom Hale while the colon paragraph points at Ana Ruiz: they disagree.
		const [disagreeing] = candidatesOf('Mayor Ana Ruiz told reporters after the game:', '“We were ready for this game,” said Tom Hale, the captain.');
		expect(disagreeing!.features['Tom Hale']).toContain('later-sieve-disagrees');
		expect(disagreeing!.features['Ana Ruiz']).toContain('later-sieve:quote-after-colon-paragraph:against');
	});

	it('marks the one person every attribution of the paragraph names', () => {
		const [quote] = candidatesOf('Mayor Ana Ruiz met Marco Bell on Monday.', '“The bridge will reopen in May,” Ana Ruiz said, and she said it twice.');
		expect(quote!.features['Ana Ruiz']).toContain('paragraph-one-speaker');
		expect(quote!.features['Marco Bell']).not.toContain('paragraph-one-speaker');
	});

	it('shows the places and roles of a quote no verb of saying ties to anyone apart, and leaves an attributed quote as it was', () => {
		// "thanked … for" is no verb of saying: the sieves give nobody, and the sentence's subject is weighed as such.
		const [unattributed] = candidatesOf('Mayor Ana Ruiz met Marco Bell on Monday.', 'Ana Ruiz thanked the crews for “working through the storm without a single complaint.”');
		expect(unattributed!.features['Ana Ruiz']).toContain('unattributed|first-in-sentence:sentence');
		expect(unattributed!.features['Ana Ruiz']!.some(feature => feature.startsWith('unattributed|sieve-'))).toBe(false);
		const [attributed] = candidatesOf('Mayor Ana Ruiz met Marco Bell on Monday.', '“The bridge will reopen in May,” Ana Ruiz said.');
		expect(Object.values(attributed!.features).flat().some(feature => feature.startsWith('unattributed|'))).toBe(false);
		// A passive naming verb gives the words to nobody named: the one it names is not weighed as an unattributed quote's subject.
		const [passive] = candidatesOf('Mayor Ana Ruiz spoke at the dam on Monday.', 'Ruiz was called “a liar” at the rally.');
		expect(Object.values(passive!.features).flat().some(feature => feature.startsWith('unattributed|'))).toBe(false);
	});

	it('counts back in sentences, across short paragraphs, to the last person named before a quote', () => {
		// Four one-sentence paragraphs after Nora Vidal is named, none naming anyone: the quote's paragraph is beyond
		// the paragraphs searched for names, yet she is the only person the reader has met in the last sentences.
		const [far] = candidatesOf(
			'Harbour master Nora Vidal inspected the breakwater on Tuesday.',
			'The storm had torn away two of its concrete blocks.',
			'Repairs are expected to take most of the winter.',
			'Fishing boats will use the northern slip until then.',
			'“We have never lost blocks that size before.”',
		);
		expect(far!.features['Nora Vidal']).toContain('recent-person:0');
		expect(far!.features['Nora Vidal']).toContain('recent-person:alone:all');
		// Two people in the sentence before: the later-named one is the nearer, and neither is alone.
		const [two] = candidatesOf('Nora Vidal walked the pier with Tomas Erling on Tuesday.', '“The repairs will take all winter.”');
		expect(two!.features['Tomas Erling']).toContain('recent-person:0');
		expect(two!.features['Tomas Erling']).toContain('recent-person:alone:0');
		expect(two!.features['Nora Vidal']).toContain('recent-person:1');
	});

	it('tells a quote in a person\'s own voice from one in a body\'s', () => {
		const [mine] = candidatesOf('Nora Vidal joined the Harbour Board in March.', '“I asked for the breakwater survey myself,” Nora Vidal said.');
		expect(mine!.features['Nora Vidal']).toContain('quote-voice:i:person');
		const [ours] = candidatesOf('Nora Vidal joined the Harbour Board in March.', '“We will publish the survey in June,” the Harbour Board said.');
		expect(Object.values(ours!.features).flat()).toContain('quote-voice:we:organization');
	});
});
