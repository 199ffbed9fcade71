import { describe, expect, it } from 'vitest';
import { builtinRoutines } from './index';
import { getRoutine, listRoutines } from './library';

describe('the routine library', () => {
	it('lists the built-ins in display order and finds each by id', () => {
		expect(listRoutines()).toEqual(builtinRoutines);
		expect(getRoutine('post-run-hip-reset')?.title).toBe('Post-run hip reset');
		expect(getRoutine('nope')).toBeUndefined();
	});
});
