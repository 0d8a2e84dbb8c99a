// Lines that come with an article but are not its news: a photo caption, a picture credit, a dateline
// standing alone ("MOSCOW, September 15."), a wire tag ("/TASS/.") or a line about the wire service
// ("This is reported by TASS.", "Source: RIA Novosti"). Recognised by their shape, so that facts,
// events, key facts and the summary can leave them out wherever they appear.

export type ClutterKind = 'caption' | 'credit' | 'dateline' | 'wire';

const month = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
// "CITY, September 15." or "CITY/CITY, Sept. 15 (AGENCY)" with nothing after it.
const datelineAlone = new RegExp(String.raw`^\p{Lu}[\p{Lu}'’. -]+(?:\/\p{Lu}[\p{Lu}'’. -]+)*,\s+(?:\p{Lu}\p{Ll}+,\s+)?${month}\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\(\p{Lu}[\p{L}-]+\))?\s*\.?$`, 'u');
const wireTag = /^[/(]\s*\p{Lu}[\p{Lu}\p{N}-]*(?:\/\p{Lu}[\p{Lu}-]*)?\s*[/)]\.?$/u;
const wireLine = /^(?:this (?:is|was) (?:reported|announced|said) by|(?:as )?reported by|sources?(?=:)|via|with (?:reporting|files) (?:by|from)|additional reporting by|\(?reporting by)\b[^.]{0,80}[.)]?$/iu;
const creditLine = /^(?:(?:photo|picture|image|video|file photo|credit)s?\s*[:/]|©)|^\p{Lu}[\p{Lu}.'-]+(?:\s*(?:\/\s*VIA\b|\/|\bVIA\b|\s)\s*\p{Lu}[\p{Lu}.'-]+)*\s*(?:\/\s*VIA\b|\/|\bVIA\b)\s*\p{Lu}[\p{Lu}.'-]+(?:\s+\p{Lu}[\p{Lu}.'-]+)*$/u;
// A caption ends on the full date the picture was taken: "…, in the Amur region, Russia, September 13, 2023." (a place, then the date).
const captionDateEnd = new RegExp(String.raw`,\s+\p{Lu}[\p{L}'’ -]*,\s+${month}\s+\d{1,2},\s+\d{4}\.?\s*(?:\([^)]*\))?$`, 'u');
// …or is a present-tense line in the third person with no full stop: "Putin meets with Kim at the spaceport on Wednesday, Sept 13".
const presentCaption = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:meets|greets|signs|speaks|attends|arrives|walks|shakes|looks|waves|visits|poses|talks|stands|sits|listens|gestures|inspects|holds)\b[^.!?]*$/u;
// What each pattern cannot match without: the first letters of wireLine's openings (with its flags), creditLine's
// labels (its other lines hold a slash or "VIA"), presentCaption's verbs.
const wireLineStart = /^[tarsvw(]/iu;
const creditLabel = /^(?:photo|picture|image|video|file photo|credit|©)/u;
const captionVerb = /(?:meets|greets|signs|speaks|attends|arrives|walks|shakes|looks|waves|visits|poses|talks|stands|sits|listens|gestures|inspects|holds)\b/u;

/** What kind of clutter a sentence or paragraph is, or undefined for a line of news. */
export function clutterKind(text: string): ClutterKind | undefined {
	const line = text.trim();
	// Each pattern only where what it needs is there (a digit, a slash, its first letter, its verb): most
	// sentences are none of these, and in a fresh process each long pattern of letter classes costs
	// milliseconds to compile, again for text with a curly quote.
	const digit = /\d/.test(line);
	if (digit && datelineAlone.test(line)) return 'dateline';
	if (((line[0] === '/' || line[0] === '(') && wireTag.test(line)) || (wireLineStart.test(line) && wireLine.test(line) && line.split(/\s+/).length <= 12)) return 'wire';
	if ((line.includes('/') || line.includes('VIA') || creditLabel.test(line)) && creditLine.test(line) && line.split(/\s+/).length <= 10) return 'credit';
	if ((digit && captionDateEnd.test(line)) || (captionVerb.test(line) && presentCaption.test(line))) return 'caption';
	return undefined;
}

// A line of nothing but names joined by a slash, the way pictures are credited under them: "Ana Lima/Reuters",
// "AGENCY/VIA REUTERS", "Ana Lima/Pool via Reuters". (Prose never stands alone as names around a slash.)
const nameWord = String.raw`\p{Lu}[\p{L}.'’-]*`;
const unlabelledCredit = new RegExp(String.raw`^${nameWord}(?:\s+${nameWord}){0,3}\s*\/\s*(?:(?:via|VIA)\s+)?${nameWord}(?:\s+(?:via|VIA|${nameWord})){0,4}$`, 'u');

/**
 * A picture's credit line: labelled as one ("Photo: Ana Lima/Reuters", "Image credit: …"), or names
 * around a slash alone on their line ("Ana Lima/Reuters"). Its names are the picture's, not the story's
 * (issue 22: captions and photo credits never give names).
 */
export function isCreditLine(text: string): boolean {
	const line = text.trim();
	// A label ends in a colon, and unlabelled names have their slash: most paragraphs have neither.
	if (!line.includes(':') && !line.includes('/')) return false;
	return /^\(?(?:photo(?:graph)?s?|pictures?|images?|credits?|photo credit|image credit|video)\s*(?:credit\s*)?:/iu.test(line) || unlabelledCredit.test(line);
}
