import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LINK_DICTIONARY_2 } from './routine-link-dictionary-2';

describe('the dictionary of link format 2', () => {
	it('is exactly the text links of format 2 were made with (edit it and every shared link breaks: make format 3)', () => {
		expect(createHash('sha256').update(LINK_DICTIONARY_2, 'utf8').digest('hex')).toBe('b064020c63191a85c2a9e7c2717694f757310e549832c76329c52135b8e453df');
	});

	it('fits the 32 KiB DEFLATE can reach back into', () => {
		expect(new TextEncoder().encode(LINK_DICTIONARY_2).length).toBeLessThanOrEqual(32768);
	});
});
