/** How much is stored, in words a phone's own storage screen would use. Pure. */

const UNITS = [
	[1e9, 'GB'],
	[1e6, 'MB'],
	[1e3, 'KB']
] as const;

/**
 * Bytes as "340 KB" or "1.4 MB": decimal units (1 KB = 1,000 bytes), as iOS and Android count
 * storage, one decimal below ten of a unit and whole numbers above.
 */
export function formatDataSize(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return 'an unknown amount';
	for (const [size, unit] of UNITS) {
		// Rounded first, so 999,999 bytes reads "1 MB", not "1000 KB".
		const value = bytes / size;
		const shown = value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value);
		if (shown >= 1) return `${shown} ${unit}`;
	}
	return 'less than 1 KB';
}
