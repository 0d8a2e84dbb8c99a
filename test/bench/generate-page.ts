// A saved news page of about 250 KB around given paragraphs, shaped like the real ones: a head full of
// meta tags, JSON-LD and inline scripts and styles, menus, share widgets, figures, related-story lists
// and a long footer. Deterministic, so runs compare.

export function generatePage(paragraphs: string[], targetBytes = 250 * 1024): string {
	const menu = (label: string, count: number) => `<nav class="${label}"><ul>${Array.from({length: count}, (_, index) => `<li><a href="/section-${index}">Section ${index}</a></li>`).join('')}</ul></nav>`;
	const share = '<div class="share-tools"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a><a href="#">WhatsApp</a></div>';
	const related = (index: number) => `<aside class="related"><h3>Related stories</h3><ul>${Array.from({length: 5}, (_, item) => `<li><a href="/story-${index}-${item}">Another headline number ${index}-${item} about the news</a></li>`).join('')}</ul></aside>`;
	const body = paragraphs
		.map((paragraph, index) => {
			const extra = index % 4 === 3 ? `<figure><img src="/photo-${index}.jpg" alt="A photograph for paragraph ${index}"><figcaption>Caption for the photograph of paragraph ${index}. Photograph: Agency</figcaption></figure>` : '';
			return `<p>${paragraph}</p>${extra}${index % 5 === 4 ? related(index) : ''}`;
		})
		.join('\n');
	const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark article | Bench Times</title>
<meta property="og:site_name" content="Bench Times"><meta property="og:title" content="Benchmark article"><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-01T09:00:00+02:00"><link rel="canonical" href="https://bench.example/article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Benchmark article","datePublished":"2024-06-01T09:00:00+02:00","author":{"@type":"Person","name":"Bench Writer"},"publisher":{"@type":"Organization","name":"Bench Times"}}</script>`;
	const page = (padding: string) =>
		`${head}${padding}</head><body>${menu('top-menu', 60)}<header><a href="#main">Skip to main content</a> Subscribe Sign in</header><main id="main"><article><h1>Benchmark article</h1><p class="byline">By Bench Writer</p>${share}${body}${share}</article></main>${menu('footer-menu', 120)}<footer>© 2024 Bench Times. All rights reserved.</footer></body></html>`;
	// Inline scripts and styles make up the rest, as on real pages (where they are most of the bytes).
	const script = (index: number) => `<script>window.__bench${index}=${JSON.stringify({slot: index, sizes: [[300, 250], [728, 90]], targeting: {section: 'news', tags: ['a', 'b', 'c']}, text: 'x'.repeat(400)})};</script>\n<style>.slot-${index}{margin:0 auto;padding:${index}px;background:#fafafa;border:1px solid #ddd}.slot-${index} a{color:#036}</style>\n`;
	let padding = '';
	for (let index = 0; page(padding).length < targetBytes; index++) padding += script(index);
	return page(padding);
}
