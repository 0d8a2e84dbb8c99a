import {usage} from './errors.js';

// Option values that are more than a string: sizes and durations, read as the user writes them.

/** V8 holds at most about 512 MiB of text in one string; a larger input could be read but not decoded. */
const maxReadableBytes = 512 * 1024 * 1024;

/** --max-size SIZE in bytes: 50M, 512K, 1G, 2048. */
export function parseSize(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
	if (!match) return usage(`--max-size takes a size such as 50M, 512K or 1G, not "${text}"`);
	const unit = (match[2] ?? 'b')[0]!.toLowerCase();
	const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
	const bytes = Math.floor(Number(match[1]) * factor);
	if (bytes < 1) return usage(`--max-size must be at least one byte, not "${text}"`);
	if (bytes > maxReadableBytes) return usage(`--max-size can be at most 512M: a larger text cannot be held as one piece, not "${text}"`);
	return bytes;
}

/** --timeout SECONDS (for URLs) in milliseconds. */
export function parseSeconds(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*s?$/i.exec(text.trim());
	if (!match || Number(match[1]) <= 0) return usage(`--timeout takes a number of seconds such as 30 or 2.5, not "${text}"`);
	return Number(match[1]) * 1000;
}
