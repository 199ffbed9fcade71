import { summarizeRoutine } from '$lib/core/routine-summary';
import { builtinRoutines } from '$lib/routines/index';
import type { PageLoad } from './$types';

// The library is built into HTML at build time, so the first paint lists every built-in before any
// script runs; what only the browser knows (the user's routines, sessions in progress, the next-day
// card) is read after, by `home.svelte.ts`.
export const prerender = true;
export const ssr = true;

export const load: PageLoad = () => ({
	builtins: builtinRoutines.map((routine) => ({ ...summarizeRoutine(routine), origin: 'built-in' as const }))
});
