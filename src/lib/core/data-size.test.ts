import { describe, expect, it } from 'vitest';
import { formatDataSize } from './data-size';

describe('an amount of storage in words', () => {
	it.each([
		[0, 'less than 1 KB'],
		[940, 'less than 1 KB'],
		[999, '1 KB'],
		[12_345, '12 KB'],
		[340_000, '340 KB'],
		[999_600, '1 MB'],
		[1_440_000, '1.4 MB'],
		[25_000_000, '25 MB'],
		[3_200_000_000, '3.2 GB'],
		[Number.NaN, 'an unknown amount'],
		[-1, 'an unknown amount']
	])('%d bytes is %s', (bytes, words) => {
		expect(formatDataSize(bytes)).toBe(words);
	});
});
