import meow from 'meow';
import {defaultFlags, type CliArguments} from './cli-defaults.js';

const helpText = `
  Usage
    $ summit-tui [FILE ...]                open the dashboard (default: the bundled story)
    $ summit-tui --plain | --markdown | --json
                                          print the story instead (text, Markdown, normalised JSON)
    $ summit-tui search QUERY [--limit N] [--json]
                                          fuzzy search, best match first, one result a line
    $ summit-tui validate FILE ...        check story files and list every problem
    $ summit-tui ingest ARTICLE ... [-o FILE]
                                          import articles (plain text, Markdown, saved web pages,
                                          http(s) URLs) into one story file (JSON to stdout, or
                                          to FILE); "-" reads stdin
    $ summit-tui ARTICLE.txt ...          import articles in memory and open the dashboard
                                          (an ARTICLE may be a saved .html page or an http(s) URL)

  Options
    --data DIR        load every *.json story in DIR (default: the bundled data/)
    --plain           the whole story as readable text
    --markdown        the whole story as Markdown
    --json            the story (or search results) as JSON
    --output, -o FILE write the --plain, --markdown or --json output to FILE (whole or not at all)
    --force           let --output replace an existing file
    --limit N         at most N search results (default 20)
    --max-size SIZE   refuse story files larger than SIZE (default 50M; e.g. 200M, 2G)
    --timeout SECONDS give up on a URL that has not fully arrived after SECONDS (default 30)
    --outlet NAME     ingest: the outlet of every article given (else its header or URL)
    --published DATE  ingest: publication date YYYY-MM-DD, which relative dates count from
    --title T, --url U
                      ingest: the article's title and address
    --no-color        no colours (NO_COLOR is respected too)
    --verbose         ingest: list the page clutter left out of each article, and why
    --debug           print stack traces of internal errors
    --help, --version

  Search syntax (fzf-style)
    peskv             fuzzy: typos are tolerated
    'khasan           exact substring      ^vlad   starts with     train$   ends with
    !train            must not contain     kim putin   both terms  trump | moon   either

  Exit codes
    0 success · 1 bad data or no search result · 2 bad usage

  Examples
    $ summit-tui
    $ summit-tui search peskv
    $ summit-tui --plain | less
    $ summit-tui validate my-story.json
    $ summit-tui ingest article.txt --outlet Reuters --published 2024-03-05 -o story.json
    $ summit-tui first.txt second.md

  Article header (optional; flags win): lines at the top, then a blank line
    Title: …   Outlet: …   URL: …   Published: 2024-03-05
`;

/** Parses the command line with meow; prints help or version and exits, or exits 2 on unknown flags. */
export function parseArguments(version: string): CliArguments {
	const cli = meow(helpText, {
		importMeta: import.meta,
		// The version is fixed at build time; meow need not look for package.json.
		pkg: {name: 'summit-tui', version},
		allowUnknownFlags: false,
		flags: {
			data: {type: 'string'},
			plain: {type: 'boolean', default: defaultFlags.plain},
			markdown: {type: 'boolean', default: defaultFlags.markdown},
			json: {type: 'boolean', default: defaultFlags.json},
			limit: {type: 'number', default: defaultFlags.limit},
			output: {type: 'string', shortFlag: 'o'},
			force: {type: 'boolean', default: defaultFlags.force},
			maxSize: {type: 'string'},
			timeout: {type: 'string'},
			outlet: {type: 'string'},
			published: {type: 'string'},
			title: {type: 'string'},
			url: {type: 'string'},
			color: {type: 'boolean', default: defaultFlags.color},
			debug: {type: 'boolean', default: defaultFlags.debug},
			verbose: {type: 'boolean'},
		},
	});
	return {input: cli.input, flags: cli.flags};
}
