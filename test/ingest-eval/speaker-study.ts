// What the two speaker studies (classify-speaker-misses.ts, study-missing-speakers.ts) share: their options, the
// open part of PolNeAR's tune (never the check part nor the sealed slice: corpus-split.ts), a quote's key, and a
// tally of classes with their examples, printed largest first.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {corpusPart, isSealed} from './corpus-split.js';
import {corporaFolder} from './evaluate.js';
import {normalise} from './score.js';

const option = (name: string) => process.argv.find(argument => argument.startsWith(`--${name}=`))?.split('=')[1];
export const studyLimit = Number(option('limit') ?? Number.POSITIVE_INFINITY);
export const studyShow = option('show');
export const quoteKey = (text: string) => normalise(text).replace(/[\s,.;:!?'"“”]+$/u, '');
export const polnearFolder = path.join(corporaFolder, 'polnear');
export const openTuneArticles = () => readdirSync(path.join(polnearFolder, 'articles')).filter(name => name.endsWith('.txt') && corpusPart('polnear', name) === 'tune' && !isSealed('polnear', name)).sort().slice(0, studyLimit);

export function tally() {
	const counts = new Map<string, number>();
	const examples = new Map<string, string[]>();
	const count = (label: string, example: string) => {
		counts.set(label, (counts.get(label) ?? 0) + 1);
		(examples.get(label) ?? examples.set(label, []).get(label)!).push(example);
	};
	const print = () => {
		for (const [label, value] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(value).padStart(5)}  ${label}`);
	};
	const printExamples = () => {
		if (studyShow) for (const [label, list] of examples) if (label.includes(studyShow)) for (const line of list) console.log(`  [${label}] ${line}`);
	};
	return {counts, count, print, printExamples};
}
