/**
 * One built-in routine, loaded on its own: a routine's page needs its routine, not all seven files
 * (index.ts has them all, for the screens that list them). Each file is its own small chunk. The
 * build checked every file (index.ts validates them while prerendering), so the browser trusts it.
 */
import type { Routine } from '$lib/core/routine-schema';

const files = import.meta.glob<unknown>('./*.json', { import: 'default' });

/** Every built-in's id, known without loading any file: each file is named after its routine's id. */
export const BUILTIN_IDS: ReadonlySet<string> = new Set(Object.keys(files).map((file) => file.slice(2, -'.json'.length)));

/** The built-in routine with this id, or undefined when there is none. */
export async function loadBuiltinRoutine(id: string): Promise<Routine | undefined> {
	const load = BUILTIN_IDS.has(id) ? files[`./${id}.json`] : undefined;
	return load ? ((await load()) as Routine) : undefined;
}
