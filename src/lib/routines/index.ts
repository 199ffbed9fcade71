/**
 * The routines shipped with the app. They are validated on load like any imported file: a broken
 * built-in is a bug the tests catch, and the app leaves it out rather than crash.
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
		const result = validateRoutine(data);
		if (result.ok) routines.push(result.routine);
		else console.error(`Built-in routine ${file} is invalid:\n${result.errors.map(formatError).join('\n')}`);
	}
	const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
	return routines.sort((a, b) => rank(a.id) - rank(b.id) || a.title.localeCompare(b.title));
}

/** Every valid built-in routine, in display order. */
export const builtinRoutines: readonly Routine[] = load();
