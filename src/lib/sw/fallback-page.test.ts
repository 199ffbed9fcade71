import { describe, expect, it } from 'vitest';
import { FALLBACK_PAGE as BUILT } from '../../../svelte.config.js';
import { FALLBACK_PAGE } from './fallback-page';

describe('the service worker’s app shell', () => {
	it('is the page the adapter writes as its fallback', () => {
		expect(FALLBACK_PAGE).toBe(BUILT);
	});
});
