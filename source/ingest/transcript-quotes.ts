import type {AnalysedParagraph} from './entities.js';
import type {Mention} from './mentions.js';
import type {QuoteSpan} from './quote-spans.js';
import type {SpeakerCandidates} from './speaker-rules.js';

// Interviews and live transcripts print a speaker's words after their name and a colon, without
// quotation marks ("Marchetti: Because the ward closed …"): the words after the label are that person's,
// verbatim, as a quotation is. Only a label that is a person of the story counts: an outlet's or a
// reporter's label ("Testwire: Why now?", "Q:"), "Correction:" or "Contributing:" are no one's words.

// A title or honorific before the name: "Governor Reyes:", "Dr. Hale:".
const titleBefore = /^(?:\p{Lu}[\p{L}]*\.?\s+){1,2}$/u;

/** The words after a person's name and a colon opening a paragraph without quotation marks, and whose they are. */
export function transcriptLine(paragraph: AnalysedParagraph, mentions: Mention[], {kinds, surnames}: Pick<SpeakerCandidates, 'kinds' | 'surnames'>): {span: QuoteSpan; speaker: number} | undefined {
	if (paragraph.headline) return undefined;
	const {text} = paragraph;
	const label = /^([^:\n]{2,60}):[ \t]+(?=\S)/u.exec(text);
	if (!label) return undefined;
	const colon = label[1]!.length;
	const mention = mentions.find(found => found.end === colon && (found.start === 0 || titleBefore.test(text.slice(0, found.start))));
	// A transcript labels its speaker by surname after naming them in full once ("Marchetti:").
	const surname = /^(?:\p{Lu}[\p{L}]*\.?\s+)?(\p{Lu}[\p{L}'’-]+)$/u.exec(label[1]!)?.[1];
	const speaker = mention?.entity ?? (surname === undefined ? undefined : surnames?.get(surname.toLowerCase()));
	if (speaker === undefined || kinds[speaker] !== 'person') return undefined;
	const start = label[0].length;
	const words = text.slice(start).trim();
	// A label over a line of a few words ("Smith: 42%") is a table or a score, not speech.
	if (words.split(/\s+/u).length < 3 || !/\p{Ll}/u.test(words)) return undefined;
	return {span: {start, end: start + text.slice(start).trimEnd().length, text: words, closed: true}, speaker};
}
