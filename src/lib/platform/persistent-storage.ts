/**
 * Asking the browser to keep Unknot's data (`navigator.storage.persist()`), and how much it stores.
 * A browser may clear storage it was not asked to keep when space runs low (and Safari does after
 * seven days unused, unless the app is on the home screen). Feature-detecting and failing soft.
 */

/** Whether the browser has promised to keep the data, has not, or cannot say. */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

function storageManager(): StorageManager | undefined {
	return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined;
}

/** Whether the data is kept for good, as things stand. */
export async function checkPersistence(): Promise<Persistence> {
	const storage = storageManager();
	if (typeof storage?.persisted !== 'function') return 'unsupported';
	try {
		return (await storage.persisted()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'unsupported';
	}
}

/** Asks the browser to keep the data (it may ask the user, or decide alone). */
export async function requestPersistence(): Promise<Persistence> {
	const storage = storageManager();
	if (typeof storage?.persist !== 'function') return 'unsupported';
	try {
		return (await storage.persist()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'unsupported';
	}
}

/** Bytes this site stores, as the browser estimates them; null where it will not say. */
export async function estimateUsage(): Promise<number | null> {
	const storage = storageManager();
	if (typeof storage?.estimate !== 'function') return null;
	try {
		const { usage } = await storage.estimate();
		return typeof usage === 'number' ? usage : null;
	} catch {
		return null;
	}
}
