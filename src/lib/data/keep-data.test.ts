import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSettings } from '$lib/platform/settings-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { askToKeepDataOnce } from './keep-data';

useFreshDatabase();
afterEach(() => vi.unstubAllGlobals());

describe('asking to keep the data', () => {
	it('asks once, and remembers it asked', async () => {
		const persist = vi.fn(async () => false);
		vi.stubGlobal('navigator', { storage: { persist } });
		expect(await askToKeepDataOnce()).toBe('not-persisted');
		expect((await getSettings()).settings.persistenceRequested).toBe(true);
		expect(await askToKeepDataOnce()).toBeNull();
		expect(persist).toHaveBeenCalledTimes(1);
	});
});
