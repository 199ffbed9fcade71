/**
 * Asking the browser, once, to keep Unknot's data for good: after the first session is recorded, when
 * there is something worth keeping. Settings shows the outcome, and what to do when it was refused.
 */
import { getSettings, putSetting } from '$lib/platform/settings-store';
import { requestPersistence, type Persistence } from '$lib/platform/persistent-storage';

/** Asks unless it was asked before; resolves to the outcome, or null when it had been asked already. */
export async function askToKeepDataOnce(nowMs = Date.now()): Promise<Persistence | null> {
	const { settings, error } = await getSettings();
	if (error || settings.persistenceRequested) return null;
	const outcome = await requestPersistence();
	await putSetting('persistenceRequested', true, nowMs).catch(() => {});
	return outcome;
}
