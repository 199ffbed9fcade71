import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPersistence, estimateUsage, requestPersistence } from './persistent-storage';

afterEach(() => vi.unstubAllGlobals());

function stubStorage(storage: Partial<StorageManager> | undefined) {
	vi.stubGlobal('navigator', { ...navigator, storage });
}

describe('persistent storage', () => {
	it('says whether the data is kept, and asks for it', async () => {
		const persist = vi.fn(async () => true);
		stubStorage({ persisted: async () => false, persist, estimate: async () => ({ usage: 2048, quota: 1e9 }) });
		expect(await checkPersistence()).toBe('not-persisted');
		expect(await requestPersistence()).toBe('persisted');
		expect(persist).toHaveBeenCalledTimes(1);
		expect(await estimateUsage()).toBe(2048);
	});

	it('fails soft where the browser has no storage manager, or it throws', async () => {
		stubStorage(undefined);
		expect([await checkPersistence(), await requestPersistence(), await estimateUsage()]).toEqual(['unsupported', 'unsupported', null]);
		const fail = async () => {
			throw new Error('nope');
		};
		stubStorage({ persisted: fail, persist: fail, estimate: fail });
		expect([await checkPersistence(), await requestPersistence(), await estimateUsage()]).toEqual(['unsupported', 'unsupported', null]);
	});
});
