// Modification times from the file system, for display. A file system can hold times far outside what
// JavaScript's Date can represent (±8.64e15 ms, about the year 275760: tmpfs, XFS, Btrfs, files from
// archives); such a time is shown as unknown instead of ending the listing in "Invalid time value".

const dateRangeMs = 8.64e15;

export function isRepresentableTime(milliseconds: number): boolean {
	return Number.isFinite(milliseconds) && Math.abs(milliseconds) <= dateRangeMs;
}

/** "2025-04-10 14:03" (UTC), or "unknown" for a time outside Date's range. */
export function fileTimeLabel(milliseconds: number): string {
	return isRepresentableTime(milliseconds) ? new Date(milliseconds).toISOString().slice(0, 16).replace('T', ' ') : 'unknown';
}

/** The ISO form for JSON output, or null for a time outside Date's range. */
export function fileTimeIso(milliseconds: number): string | null {
	return isRepresentableTime(milliseconds) ? new Date(milliseconds).toISOString() : null;
}
