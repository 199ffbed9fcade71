import { describe, expect, it } from 'vitest';
import { summarizeRoutine } from './routine-summary';
import { buildRoutine } from './testing/records';

describe('summarizeRoutine', () => {
	const routine = buildRoutine({ equipment: ['foam roller'], tags: ['quads'] }, [
		{ kind: 'timed', name: 'Roll quads', seconds: 60, getReadySeconds: 0 },
		{ kind: 'rest', name: 'Move to the mat', seconds: 15 },
		{ kind: 'reps', name: 'Clamshells', reps: 10 }
	]);

	it('counts the exercises, not the rest steps between them', () => {
		expect(summarizeRoutine(routine).exerciseCount).toBe(2);
	});

	it('gives the planned length with the user get-ready, and says when some steps are self-paced', () => {
		expect(summarizeRoutine(routine, { getReadySeconds: 3 })).toMatchObject({
			equipment: ['foam roller'],
			tags: ['quads'],
			totalMs: 60_000 + 15_000 + 3000,
			hasSelfPaced: true
		});
	});
});
