import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routineArbitrary } from './testing/arbitraries';
import { buildRoutine } from './testing/records';
import { canonicalJson } from './routine-content';
import { blankForm, blankStep, checkForm, fieldOf, formatExactLength, formOf, idFromTitle, lengthsOf, numberOf, routineOf, sameRoutine, sentenceOf, stepOf } from './routine-form';
import type { Routine } from './routine-schema';
import { compile } from './timeline';

const keys = (index: number) => `k${index}`;

describe('the routine form', () => {
	it('gives back any valid routine unchanged, x- keys and all (an empty list or defaults aside, which say nothing)', () => {
		// What the form cannot hold apart from absence: `tags: []`, `equipment: []`, `defaults: {}`.
		const withoutEmpty = (routine: Routine) =>
			JSON.parse(canonicalJson(routine), (_key, value: unknown) => {
				if (value && typeof value === 'object' && !Array.isArray(value)) {
					return Object.fromEntries(Object.entries(value).filter(([key, inner]) => !(['tags', 'equipment', 'defaults'].includes(key) && (Array.isArray(inner) ? inner.length === 0 : Object.keys(inner as object).length === 0))));
				}
				return value;
			}) as unknown;
		fc.assert(
			fc.property(routineArbitrary, fc.string(), (routine, note) => {
				const withExtension = { ...routine, 'x-note': note } as Routine;
				const check = checkForm(formOf(withExtension, keys));
				expect(check.count).toBe(0);
				// Unchanged but for one thing: an exercise step without an id gets one (for the plan).
				const withIds = { ...withExtension, steps: withExtension.steps.map((step, index) => (step.kind === 'rest' || step.id !== undefined ? step : { ...step, id: check.routine!.steps[index]!.id })) };
				expect(withoutEmpty(check.routine!)).toEqual(withoutEmpty(withIds));
				for (const step of check.routine!.steps) if (step.kind !== 'rest') expect(step.id).toMatch(/^[a-z0-9-]{1,64}$/);
			}),
			{ numRuns: 200 }
		);
	});

	it('keeps a step x- key and a field of another kind while the kind changes, and leaves them out of the routine', () => {
		const form = formOf(buildRoutine({}, [{ kind: 'reps', name: 'Clamshells', reps: 12, secondsPerRep: 2, sides: 'each', 'x-note': 'slow' } as never]), keys);
		const step = form.steps[0]!;
		step.kind = 'rest';
		expect(stepOf(step)).toEqual({ kind: 'rest', name: 'Clamshells', seconds: 30, 'x-note': 'slow' });
		step.kind = 'reps';
		expect(stepOf(step)).toEqual({ kind: 'reps', name: 'Clamshells', reps: 12, secondsPerRep: 2, sides: 'each', 'x-note': 'slow' });
	});

	it('reads numbers as typed: digits, m:ss in seconds, empty as absent, anything else as it is', () => {
		expect(numberOf(' 60 ')).toBe(60);
		expect(numberOf('2.5')).toBe(2.5);
		expect(numberOf('1:30', { clock: true })).toBe(90);
		expect(numberOf('1:30')).toBe('1:30');
		expect(numberOf('1:75', { clock: true })).toBe('1:75');
		expect(numberOf('')).toBeUndefined();
		expect(numberOf('6o')).toBe('6o');
		expect(numberOf('-5')).toBe('-5');
	});

	it('puts each schema message beside its field, as a sentence', () => {
		const form = blankForm('a');
		form.steps[0]!.seconds = '6o';
		form.steps.push({ ...blankStep('b'), name: 'Side lying', sides: 'each', sideSayLeft: 'Left leg up' });
		form.tags = 'hips\n' + 'x'.repeat(41);
		form.defaultRestSeconds = '4000';
		const check = checkForm(form);
		expect(check.routine).toBeNull();
		expect(check.messages).toEqual({
			title: 'Expected text of 1 to 80 characters, got "".',
			'steps.0.name': 'Expected text of 1 to 80 characters, got "".',
			'steps.0.seconds': 'Expected a whole number from 1 to 3600, got "6o".',
			'steps.1.sideSayRight': 'Expected text of 1 to 200 characters, got nothing.',
			tags: expect.stringMatching(/^Expected text of 1 to 40 characters, got "x{40}…"\.$/),
			defaultRestSeconds: 'Expected a whole number from 0 to 3600, got 4000.'
		});
		expect(check.count).toBe(6);
	});

	it('says when there are no steps, and when two steps share an id', () => {
		const form = blankForm('a');
		form.title = 'Mine';
		form.steps = [];
		expect(checkForm(form).messages.steps).toMatch(/^Expected a list of 1 to 200 steps/);
		form.steps = [{ ...blankStep('a'), name: 'A', id: 'same' }, { ...blankStep('b'), name: 'B', id: 'same' }];
		expect(checkForm(form).messages['steps.1.id']).toMatch(/same/);
	});

	it('maps every path to its field', () => {
		expect(fieldOf('steps[2].sideSay.left')).toBe('steps.2.sideSayLeft');
		expect(fieldOf('steps[2].sideSay')).toBe('steps.2.sideSayLeft');
		expect(fieldOf('steps[2].sideSay.right')).toBe('steps.2.sideSayRight');
		expect(fieldOf('steps[0]')).toBe('steps.0.kind');
		expect(fieldOf('steps[1].reps')).toBe('steps.1.reps');
		expect(fieldOf('steps[1]["x y"]')).toBeNull();
		expect(fieldOf('equipment[4]')).toBe('equipment');
		expect(fieldOf('defaults.switchSidesSeconds')).toBe('defaultSwitchSidesSeconds');
		expect(fieldOf('defaults')).toBe('defaultGetReadySeconds');
		expect(fieldOf('caution')).toBe('caution');
		expect(fieldOf('id')).toBeNull();
		expect(sentenceOf('unknown key "a" (expected b)')).toBe('Unknown key "a" (expected b)');
	});

	it('gives each step its length and the total as the player plays them, even with another step wrong', () => {
		const routine = buildRoutine({ defaults: { getReadySeconds: 3 } }, [
			{ kind: 'timed', name: 'Hold', seconds: 30, sides: 'each', sets: 2, restSeconds: 10 },
			{ kind: 'reps', name: 'Bridges', reps: 10 },
			{ kind: 'rest', seconds: 20 }
		]);
		const form = formOf(routine, keys);
		const lengths = lengthsOf(form, { getReadySeconds: undefined });
		expect(lengths.totalMs).toBe(compile(routine).totalMs);
		expect(lengths.steps.map((step) => step?.ms)).toEqual([3000 + 2 * (30_000 + 5000 + 30_000) + 10_000, 3000, 20_000]);
		expect(lengths.selfPaced).toBe(true);
		expect(lengths.complete).toBe(true);
		form.steps[1]!.reps = 'ten';
		const partial = lengthsOf(form);
		expect(partial.steps[1]).toBeNull();
		expect(partial.complete).toBe(false);
		expect(partial.totalMs).toBe(lengths.steps[0]!.ms + 20_000);
	});

	it('tells changes that alter the routine from those that do not', () => {
		const form = formOf(buildRoutine(), keys);
		const copy = structuredClone(form);
		copy.description = '  ';
		copy.steps[0]!.key = 'other';
		expect(sameRoutine(form, copy)).toBe(true);
		copy.steps[0]!.seconds = '11';
		expect(sameRoutine(form, copy)).toBe(false);
		expect(routineOf(copy).steps).toHaveLength(2);
	});

	it('says a length to the second', () => {
		expect(formatExactLength(45_000)).toBe('45 s');
		expect(formatExactLength(195_400)).toBe('3 min 15 s');
		expect(formatExactLength(120_000)).toBe('2 min');
		expect(formatExactLength(0)).toBe('0 s');
	});

	it('makes an id from a title', () => {
		expect(idFromTitle('Hip flexors, my way!')).toBe('hip-flexors-my-way');
		expect(idFromTitle('Étirement du soléus')).toBe('etirement-du-soleus');
		expect(idFromTitle('!!!')).toBe('my-routine');
		expect(idFromTitle('a'.repeat(100))).toHaveLength(48);
	});
});

describe('a routine’s progression rules in the editor', () => {
	const routine = buildRoutine({ progression: { steps: [{ step: 'hold', change: 'seconds', by: 5, max: 30 }, { step: 'plank', change: 'sets', by: 1, max: 3 }] } }, [
		{ kind: 'timed', id: 'hold', name: 'Hold', seconds: 10 },
		{ kind: 'timed', id: 'plank', name: 'Plank', seconds: 5 }
	]);

	it('keeps them through an edit', () => {
		const form = formOf(routine, (index) => `k${index}`);
		expect(checkForm(form).routine?.progression).toEqual(routine.progression);
	});

	it('drops the rule of a deleted step, or of a value its step no longer has, and the block with the last one', () => {
		const form = formOf(routine, (index) => `k${index}`);
		const withoutPlank = { ...form, steps: form.steps.slice(0, 1) };
		expect(checkForm(withoutPlank).routine?.progression).toEqual({ steps: [{ step: 'hold', change: 'seconds', by: 5, max: 30 }] });
		const holdAsReps = { ...withoutPlank, steps: [{ ...withoutPlank.steps[0]!, kind: 'reps' as const, reps: '10' }] };
		const checked = checkForm(holdAsReps);
		expect(checked.general).toEqual([]);
		expect(checked.routine).not.toHaveProperty('progression');
	});

	it('lets the user raise a step past its rule’s ceiling (probe): the editor has no field for the rule', () => {
		// The rule says "Hold: up to 30 s"; the user makes the hold itself 45 s.
		const form = formOf(routine, (index) => `k${index}`);
		const longerHold = { ...form, steps: [{ ...form.steps[0]!, seconds: '45' }, form.steps[1]!] };
		const checked = checkForm(longerHold);
		// Save is refused with "progression.steps[0].max: …", a problem with no field the user could change.
		expect(checked.general).toEqual([]);
		expect(checked.routine?.steps[0]).toMatchObject({ seconds: 45 });
	});
});
