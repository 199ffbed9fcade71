import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS, loadBuiltinRoutine } from './builtin-routine';
import { builtinRoutines } from './index';

describe('one built-in routine at a time', () => {
	it('knows every built-in id without loading the files', () => {
		expect([...BUILTIN_IDS].sort()).toEqual(builtinRoutines.map((routine) => routine.id).sort());
	});

	it('loads each built-in as the full list has it, and nothing for an unknown id', async () => {
		for (const routine of builtinRoutines) expect(await loadBuiltinRoutine(routine.id)).toEqual(routine);
		expect(await loadBuiltinRoutine('nope')).toBeUndefined();
		expect(await loadBuiltinRoutine('../package')).toBeUndefined();
	});
});
