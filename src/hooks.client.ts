import { base } from '$app/paths';
import { replaceUndecodableAddress, setAppBase } from '$lib/platform/address';
import { databaseMayExist } from '$lib/platform/database-presence';
import { catchInstallPrompt } from '$lib/platform/install-prompt';
import { registerServiceWorker } from '$lib/platform/sw-bridge';
import { applyTheme } from '$lib/platform/theme';
import { appUpdate } from '$lib/ui/app-update.svelte';

/** Runs once when the app starts in the browser, before the router reads the address. */
export const init = () => {
	setAppBase(base);
	replaceUndecodableAddress(`${base}/address-not-understood`);
	// Chromium may offer installation before any screen's code has loaded: keep the offer for the button.
	catchInstallPrompt();
	void registerServiceWorker({ waiting: appUpdate.noteWaiting, reloadNeeded: appUpdate.noteReloadNeeded }, base);
	// app.html painted the mirrored choice; the stored one wins (a restore or another tab may have
	// changed it), and "as the phone is set" starts following the phone's switches.
	// The settings store (and the database code) load after the app starts, not before it, and not at
	// all on a first visit: with no database there is no stored choice, so the theme is the phone's.
	void databaseMayExist()
		.then(async (mayExist) => (mayExist ? (await (await import('$lib/platform/settings-store')).getSettings()).settings.theme : 'system'))
		.then(applyTheme)
		.catch(() => applyTheme('system'));
};
