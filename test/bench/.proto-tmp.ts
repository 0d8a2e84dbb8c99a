import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {startPty, summarise, terminalEnv} from './measure.js';
const home = mkdtempSync(path.join(os.tmpdir(), 'summit-tui-proto-'));
const variants: Record<string, string[]> = {esm: ['dist/proto-run.mjs', 'esm'], cjs: ['dist/proto-run.mjs', 'cjs'], cjsCache: ['dist/proto-run.mjs', 'cjs-cache'], bareFrame: ['-e', "process.stdout.write('\\u001B[?1049h' + 'x\\n'.repeat(38) + '1 of 1'); setTimeout(() => {}, 9000)"]};
const samples: Record<string, number[]> = {};
for (let run = 0; run < Number(process.argv[2] ?? 7); run++) for (const [name, args] of Object.entries(variants)) {
	const env = terminalEnv({HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home});
	const s = startPty(process.execPath, args, {columns: 120, rows: 40}, env);
	(samples[name] ??= []).push(await s.until(/1 of \d+/, 60000));
	s.kill(); await s.exited;
}
for (const [name, values] of Object.entries(samples)) console.log(name, JSON.stringify(summarise(values)), (summarise(values).median / summarise(samples.esm!).median).toFixed(3));
