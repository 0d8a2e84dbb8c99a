import chalk from 'chalk';
import {afterEach, describe, expect, it} from 'vitest';
import {parseConfigText} from '../../source/config/config.js';
import {styledText} from '../../source/ui/components/styled-line.js';
import {applyTheme, defaultToneColors} from '../../source/ui/theme.js';

afterEach(() => applyTheme({}));

describe('a theme from the config', () => {
	it('draws matches in the configured colour, names and #rrggbb alike, the rest as shipped', () => {
		const level = chalk.level;
		chalk.level = 3;
		try {
			const {config} = parseConfigText('{"theme": {"match": "#ff8800", "muted": "blueBright"}}', 'config.json');
			applyTheme(config.theme);
			expect(styledText([{text: 'Khasan', tone: 'match'}])).toBe(chalk.hex('#ff8800')('Khasan'));
			expect(styledText([{text: 'note', tone: 'muted'}])).toBe(chalk.blueBright('note'));
			expect(styledText([{text: 'Warn', tone: 'warning'}])).toBe(chalk[defaultToneColors.warning as 'red']('Warn'));
			applyTheme({});
			expect(styledText([{text: 'Khasan', tone: 'match'}])).toBe(chalk.yellow('Khasan'));
		} finally {
			chalk.level = level;
		}
	});
});
