import { base } from '$app/paths';
import { replaceUndecodableAddress } from '$lib/platform/address';
import { registerServiceWorker } from '$lib/platform/sw-bridge';

/** Runs once when the app starts in the browser, before the router reads the address. */
export const init = () => {
	replaceUndecodableAddress(`${base}/address-not-understood`);
	void registerServiceWorker();
};
