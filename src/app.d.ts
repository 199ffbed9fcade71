// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** Set on the history entry the player pushes, so the back gesture asks before leaving it. */
			playing?: boolean;
			/**
			 * The library's search, on its history entry: Back from a routine restores it from here (SvelteKit
			 * navigates Back to the address the page loaded with, not the one `replaceState` showed).
			 */
			libraryQuery?: import('$lib/core/routine-search').RoutineQuery;
		}
		// interface Platform {}
	}
}

export {};
