/**
 * The routines shipped with the app. They are validated when the app is built (the prerender imports
 * this module on the server, and a broken built-in fails the build, as the tests would), not on every
 * start in the browser, which trusts the files the build checked.
 */
import type { Routine } from '$lib/core/routine-schema';
import { formatError, validateRoutine } from '$lib/core/validate-routine';

const files = import.meta.glob<unknown>('./*.json', { eager: true, import: 'default' });

/** Display order on the library screen: the everyday resets first. */
const ORDER = [
	'post-run-hip-reset',
	'post-run-cool-down',
	'pre-run-warm-up',
	'desk-break',
	'glute-medius-strength',
	'soleus-calf-care',
	'restorative-wind-down'
];

function load(): Routine[] {
	const routines: Routine[] = [];
	for (const [file, data] of Object.entries(files)) {
		if (import.meta.env.SSR) {
			const result = validateRoutine(data);
			if (!result.ok) throw new Error(`Built-in routine ${file} is invalid:\n${result.errors.map(formatError).join('\n')}`);
		}
		// Checked at build time (above, on the server), so the browser skips the validator's work.
		routines.push(data as Routine);
	}
	const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
	return routines.sort((a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title));
}

/** Every valid built-in routine, in display order. */
export const builtinRoutines: readonly Routine[] = load();
