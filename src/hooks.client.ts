import { registerServiceWorker } from '$lib/platform/sw-bridge';

/** Runs once when the app starts in the browser. */
export const init = () => {
	void registerServiceWorker();
};
