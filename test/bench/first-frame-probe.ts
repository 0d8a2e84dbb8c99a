import {peakRssMiB, startPty} from './measure.js';
const file = process.argv[2];
for (let i = 0; i < 3; i++) {
	const s = startPty(process.execPath, ['dist/cli.js', ...(file ? [file] : [])]);
	const ms = await s.until(/1\/\d+/, 60_000);
	console.log(file ?? 'bundled', 'first frame', ms.toFixed(0), 'ms, peak RSS', await peakRssMiB(s.pid), 'MiB');
	s.kill(); await s.exited;
}
