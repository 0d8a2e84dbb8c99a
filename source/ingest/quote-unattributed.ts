// A quotation the sieves tied to nobody ("Moore thanked him for “stepping up”", a paragraph after another's
// quote, a name in apposition; not one an attribution gives to nobody named, "critics said", "Ruiz was called
// “…”", where the one named is not who spoke) is decided by what its candidates' places and roles say
// alone, and they weigh differently there than beside an attribution: the sentence's first name is its
// speaker far more often when no verb of saying ties anyone to the quote. The ranker gets each such
// candidate's features again under a prefix of their own, so it can learn their weight in that case
// apart from the rest (where the sieves' choice dominates every other feature).

/** Whether a feature is about the candidate's place or role (not the sieves, not the quote's shape alone). */
const conjoined = (feature: string) => !feature.startsWith('sieve-') && !feature.startsWith('shape:') && feature !== 'bias' && !/:(?:whole|opens|inside|short-inside)$/u.test(feature);

/** A candidate's features with, where the sieves chose nobody, the same about its place and role as seen without an attribution. */
export function withUnattributed(features: string[], sievesChoseNobody: boolean): string[] {
	return sievesChoseNobody ? [...features, ...features.filter(conjoined).map(feature => `unattributed|${feature}`)] : features;
}
