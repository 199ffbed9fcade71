import { describe, expect, it } from 'vitest';
import { buildRoutineDraft, parseRoutineDraft } from './routine-draft';
import { blankForm, blankStep } from './routine-form';

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
