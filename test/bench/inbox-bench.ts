// `npm run bench` (after the others), or alone: `npx tsx test/bench/inbox-bench.ts [--quick] [--out=FILE]`.
// Grouping the inbox (issue 25: 1,000 inbox articles grouped in ≤ 2 s): 1,000 generated articles, 200
// happenings of 5 articles each (each article naming its happening's people, bodies and places, two
// countries and a few names every story has, over 60 days), grouped in process (groupInbox, the pure
// step) and listed by `summit-tui inbox` as a whole process (reading and validating 1,000 files too),
// with `node -e 0` timed in the same run as the baseline. Also says whether the 200 happenings came out
// as 200 groups.
//   --runs=5   repetitions (--quick: 2)
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {groupInbox} from '../../source/feeds/inbox-groups.js';
import {createPlacer} from '../../source/feeds/place-article.js';
import {inboxFolderOf} from '../../source/feeds/inbox-store.js';
import {generateInbox, happenings, perHappening} from './inbox-bench-data.js';
import {round, summarise} from './measure.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist/cli.js');
const argument = (name: string) => process.argv.find(arg => arg.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const runs = Number(argument('runs') ?? (quick ? 2 : 5));
const outFile = path.resolve(root, argument('out') ?? 'test/bench/inbox-results.json');
const log = (text: string) => process.stderr.write(`${text}\n`);

const members = generateInbox();
log(`inbox bench: ${members.length} articles, ${happenings} happenings; ${runs} runs`);
const groupSamples: number[] = [];
// CPU time too: on a shared machine the wall clock also counts the time other processes had the cores.
const cpuSamples: number[] = [];
let groups = groupInbox(members);
for (let run = 0; run < runs; run++) {
	const started = performance.now();
	const cpu = process.cpuUsage();
	groups = groupInbox(members);
	const used = process.cpuUsage(cpu);
	groupSamples.push(performance.now() - started);
	cpuSamples.push((used.user + used.system) / 1000);
}
const happeningOf = (id: string) => members.find(member => member.id === id)!.story.story.id.split('-')[0];
const pure = groups.filter(group => new Set(group.members.map(happeningOf)).size === 1).length;
const grouping = {...summarise(groupSamples), cpuMedianMs: summarise(cpuSamples).median, groups: groups.length, groupsOfOneHappening: pure};
log(`  groupInbox: median ${grouping.median} ms (CPU ${grouping.cpuMedianMs} ms); ${groups.length} groups, ${pure} of one happening`);

// Placing as refresh does: the first article of each happening followed as a story (200 stories), the
// last one of each placed among them (the placer made once, as refresh makes it).
const followed = members.filter((_, index) => index % perHappening === 0).map(member => ({id: member.story.story.id.split('-')[0]!, file: `${member.id}.json`, story: member.story}));
const arriving = members.filter((_, index) => index % perHappening === perHappening - 1);
const placeSamples: number[] = [];
let rightlyPlaced = 0;
for (let run = 0; run < runs; run++) {
	const started = performance.now();
	const place = createPlacer(followed);
	const placed = arriving.map(member => place(member.story).story);
	placeSamples.push(performance.now() - started);
	rightlyPlaced = placed.filter((story, index) => story === happeningOf(arriving[index]!.id)).length;
}
const placing = {...summarise(placeSamples), stories: followed.length, articles: arriving.length, rightlyPlaced};
log(`  placing ${arriving.length} articles among ${followed.length} stories: median ${placing.median} ms; ${rightlyPlaced} into their own story`);

// The whole command: 1,000 story files in a library's inbox, read, validated, grouped and listed.
const library = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-inbox-bench-'));
mkdirSync(inboxFolderOf(library), {recursive: true});
for (const member of members) writeFileSync(path.join(inboxFolderOf(library), `${member.id}.json`), `${JSON.stringify(member.story, null, '\t')}\n`);
const time = (args: string[]) => {
	const started = performance.now();
	const result = spawnSync(process.execPath, args, {encoding: 'utf8', env: {...process.env, HOME: library, XDG_DATA_HOME: library, XDG_STATE_HOME: library, XDG_CACHE_HOME: library, XDG_CONFIG_HOME: library}});
	if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
	return {ms: performance.now() - started, stdout: result.stdout};
};
const commandSamples: number[] = [];
const baselineSamples: number[] = [];
let firstLine = '';
for (let run = 0; run < runs; run++) {
	baselineSamples.push(time(['-e', '0']).ms);
	const listed = time([cli, 'inbox', '--library', library]);
	commandSamples.push(listed.ms);
	firstLine = listed.stdout.split('\n')[0]!;
}
rmSync(library, {recursive: true, force: true});
const command = {...summarise(commandSamples), nodeBaselineMs: summarise(baselineSamples).median, firstLine};
log(`  summit-tui inbox: median ${command.median} ms (node -e 0: ${command.nodeBaselineMs} ms); ${firstLine}`);

writeFileSync(outFile, `${JSON.stringify({when: new Date().toISOString(), runs, note: 'medians; the machine may be shared, so compare ratios within one run', articles: members.length, groupInbox: grouping, placing, inboxCommand: {...command, ratioToNode: round(command.median / command.nodeBaselineMs)}}, null, '\t')}\n`);
log(`  wrote ${path.relative(root, outFile)}`);
