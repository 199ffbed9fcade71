import { describe, expect, it } from 'vitest';
import { buildRoutineDraft, parseRoutineDraft } from './routine-draft';
import { blankForm, blankStep } from './routine-form';
import fc from 'fast-check';
import { deeplyNested, fuzzRuns, hostileValue } from './testing/fuzz';

describe('a stored draft', () => {
	it('reads back a draft as the editor writes it', () => {
		const form = { ...blankForm('a'), title: 'Mine' };
		form.steps.push(blankStep('b', 'rest'));
		expect(parseRoutineDraft(buildRoutineDraft('+new', null, form, 1000))).toEqual({ ok: true, value: buildRoutineDraft('+new', null, form, 1000) });
	});

	it('refuses a draft whose steps share a key: the editor names each step by it, and two alike would break the screen', () => {
		const form = blankForm('same');
		form.steps.push(blankStep('same', 'rest'));
		const parsed = parseRoutineDraft(buildRoutineDraft('+new', null, form, 1000));
		expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('"same"') });
	});
});

describe('fuzzed drafts read back from storage', () => {
	it('any value, or a draft with a part broken, is read or refused with a reason: never a throw', () => {
		const form = { ...blankForm('a'), title: 'Mine' };
		form.steps.push(blankStep('b', 'rest'));
		const valid = buildRoutineDraft('mine', null, form, 1);
		fc.assert(
			fc.property(hostileValue(valid), (value) => {
				const parsed = parseRoutineDraft(value);
				if (!parsed.ok) expect(parsed.reason).toMatch(/\S/);
			}),
			{ numRuns: fuzzRuns(1500) }
		);
		expect(parseRoutineDraft(deeplyNested()).ok).toBe(false);
	});
});
