// A stand-in for the CLI's dashboard start in the PTY tests of the habits (mouse, paste, OSC 52,
// config), until `summit-tui --config/--no-mouse/...` reach runDashboard: it does what that start is
// to do — load the config, build the habits, switch the input modes on, and off again on the way out.
// SUMMIT_TEST_CONFIG: config file; SUMMIT_TEST_HISTORY: history file; SUMMIT_TEST_FLAGS: JSON HabitFlags.
import {readFileSync} from 'node:fs';
import {render} from 'ink';
import React from 'react';
import {loadConfig} from '../../source/config/config.js';
import {parseStoryText} from '../../source/model/load.js';
import {formatProblem} from '../../source/model/problem.js';
import {App} from '../../source/ui/app.js';
import {dashboardHabits, inputModes, type HabitFlags} from '../../source/ui/dashboard-habits.js';
import {enterFullScreen, leaveFullScreen, scrollbackSafeStream} from '../../source/ui/terminal-modes.js';
import {applyTheme} from '../../source/ui/theme.js';

const story = parseStoryText(readFileSync(new URL('../../data/kim-putin-2023.json', import.meta.url), 'utf8'), 'kim-putin-2023.json').story!;
const {config, problems} = loadConfig({file: process.env['SUMMIT_TEST_CONFIG'] || undefined});
const flags = JSON.parse(process.env['SUMMIT_TEST_FLAGS'] ?? '{}') as HabitFlags;
const {habits, problems: historyProblems} = dashboardHabits(config, flags, process.env['SUMMIT_TEST_HISTORY'] || undefined);
const warnings = [...problems, ...historyProblems];
const notice = warnings.length > 0 ? `config: ${formatProblem({...warnings[0]!, excerpt: undefined})}${warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : ''}` : undefined;

applyTheme(config.theme);
enterFullScreen(process.stdout);
process.stdout.write(inputModes(true, habits));
process.stdin.setRawMode(true);
const instance = render(<App story={story} habits={{...habits, ...(notice ? {notice} : {})}} />, {exitOnCtrlC: false, patchConsole: false, stdout: scrollbackSafeStream(process.stdout)});
await instance.waitUntilExit();
process.stdout.write(inputModes(false));
leaveFullScreen(process.stdout);
process.exit(0);
