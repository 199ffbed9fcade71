/// <reference types="vite-plugin-pwa/client" />
// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** Set on the history entry the player pushes, so the back gesture asks before leaving it. */
			playing?: boolean;
		}
		// interface Platform {}
	}
}

export {};
