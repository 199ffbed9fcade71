import { summarizeRoutine } from '$lib/core/routine-summary';
import { builtinRoutines } from '$lib/routines/index';
import type { PageServerLoad } from './$types';

// The library is built into HTML at build time, so the first paint lists every built-in before any
// script runs. A server load (run only at build time: the site is static) keeps the built-ins' files
// and their validation out of the page's JavaScript; what only the browser knows (the user's
// routines, sessions in progress, the next-day card) is read after, by `home.svelte.ts`.
export const prerender = true;
export const ssr = true;

export const load: PageServerLoad = () => ({
	builtins: builtinRoutines.map((routine) => ({ ...summarizeRoutine(routine), origin: 'built-in' as const }))
});
