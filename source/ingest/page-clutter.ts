// The phrases that mark a line of page furniture in text copied from a browser, kept as data: each
// entry is a pattern for a whole line (case-insensitive, surrounding punctuation ignored) and the kind
// of furniture it is. Lines are only dropped by these when they are not prose (see pasted-page.ts).

export type ClutterPhrase = {pattern: RegExp; kind: string};

const line = (source: string) => new RegExp(`^(?:${source})$`, 'iu');

export const clutterPhrases: ClutterPhrase[] = [
	{kind: 'navigation', pattern: line('skip to (?:main )?(?:content|navigation|search)|(?:main )?menu|open menu|close menu|toggle navigation|navigation|search|home|homepage|sections|all sections|more|close|back|next|previous|(?:sign|log) ?in|(?:sign|log) ?out|register|my account|account|edition|change edition|subscribe(?: now| today)?|(?:skip to main content |menu |search |subscribe |sign in ?)+')},
	{kind: 'share buttons', pattern: line('(?:share|share this(?: article| story| page)?|share (?:on|via) \\w+(?: \\w+)?|tweet|facebook|twitter|x|email|e-mail|whatsapp|linkedin|pinterest|reddit|telegram|messenger|flipboard|copy link|copy|link copied|print|save|save article|gift article|comment)(?:[\\s|·•/,]+(?:share|facebook|twitter|x|email|e-mail|whatsapp|linkedin|pinterest|reddit|telegram|messenger|flipboard|copy link|print|save|tweet|comment))*')},
	{kind: 'read-more link', pattern: line('read more|read more\\s*[:|»›>-].*|(?:see also|related|also read|read also|watch|listen|more)\\s*:.*|continue reading.*')},
	{kind: 'advertisement', pattern: line('advertisement|advertising|ad|sponsored(?: content)?|promoted|paid content|story continues below(?: this)? (?:advertisement|ad)|article continues below|continue reading below|scroll to continue(?: with content)?')},
	{kind: 'related links', pattern: line('related|related (?:stories|articles|content|coverage|news|topics|links)|more (?:stories|on this story|from [\\p{L} ]{2,30})|most (?:read|popular|viewed|shared)|recommended(?: for you| stories| reading)?|further reading|read next|up next|you may (?:also )?like|you might (?:also )?like|trending(?: now)?|top stories|latest(?: news| stories)?|editor[’\']?s picks|in other news|what to read next')},
	{kind: 'comments', pattern: line('comments?|\\d+ comments?|add a comment|leave a comment|post a comment|view comments|show comments|hide comments|join the conversation|sign in to comment|log in to comment|sort by|newest|oldest|reply|report|there are no comments yet.*|be the first to comment.*')},
	{kind: 'newsletter or app prompt', pattern: line('(?:sign up|subscribe)(?: for| to)? (?:our |the )?(?:free )?(?:daily |weekly |morning |evening )?newsletters?.*|newsletter|get (?:the|our) app|download (?:the|our) [\\p{L} ]{1,30} app!?|install (?:the|our) app|enable notifications|follow us(?: on [\\p{L} ]+)?|follow @[\\p{L}\\d_.]+|summarize this article(?: with ai)?|how does this make you feel\\??')},
	{kind: 'cookie notice', pattern: line('(?:we use cookies|this (?:site|website) uses cookies).*|accept(?: all)?(?: cookies)?|reject all|manage (?:cookies|preferences)|cookie (?:settings|policy|preferences)')},
	{kind: 'copyright or footer', pattern: line('(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\)|\\d{4}|by\\b)).*|all rights reserved\\.?|privacy(?: policy| notice)?|terms (?:of (?:use|service)|and conditions)|contact us|about us|careers|advertise with us|accessibility|sitemap|site map|help|faq|cookie policy')},
	{kind: 'photo credit', pattern: line('(?:photo(?:graph)?s?|image|picture|illustration|video)(?: credit)?\\s*[:|]\\s*.{0,80}|credit\\s*:\\s*.{0,80}|\\(?(?:photo|image)s?(?: by|:)\\s?.{0,60}\\)?|getty images|reuters|ap photo.*|afp(?: via getty images)?')},
	{kind: 'audio or reading aid', pattern: line('listen(?: to this article)?(?: \\d+ min(?:utes)?)?|\\d+ min(?:ute)?s? (?:read|listen)|reading time.*|play|pause|text size|font size')},
	{kind: 'page ending', pattern: line('source link|original article|about the author|about the authors|author bio|scroll to top|back to top|go to top|top|tags?|topics?|filed under.*|tags?: .*|topics?: .*|keywords?: .*|this is ai generated summarization.*')},
];

/** Headings after which the rest of a list of headlines (or the page) is not the article. */
export const listHeadingKinds = new Set(['related links']);
/** Headings after which everything to the end of the text is not the article. */
export const sectionToEndPattern = line('comments?|\\d+ comments?|add a comment|leave a comment|post a comment|view comments|show comments|join the conversation|about the authors?|author bio');
