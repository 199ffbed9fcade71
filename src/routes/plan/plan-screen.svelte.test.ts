import { describe, expect, it, vi } from 'vitest';
import { buildRoutine, buildSessionRecord } from '$lib/core/testing/records';
import { withDb } from '$lib/platform/db';
import { deletePlanEntry, listPlanEntries, putPlanEntry } from '$lib/platform/plan-store';
import { changeRuns } from '$lib/platform/run-day-store';
import { putSession } from '$lib/platform/session-store';
import { getSettings } from '$lib/platform/settings-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { PlanScreen, type PlanScreenDeps } from './plan-screen.svelte';
import { buildPlanEntry } from '$lib/core/plan';

useFreshDatabase();

// Sunday 22 November 2026, 09:00 in London.
const NOW = Date.parse('2026-11-22T09:00:00Z');
const hip = { ...buildRoutine({ id: 'hip', title: 'Hip reset' }), 'x-frequency': 'morning and night' };

function screen(extra: Partial<PlanScreenDeps> = {}) {
	let ids = 0;
	const shareFile = vi.fn(async (_name: string, _contents: string, _type: string) => ({ ok: true as const, how: 'downloaded' as const }));
	let nowMs = NOW;
	const plan = new PlanScreen({
		getRoutine: async (id) => (id === 'hip' ? { routine: hip } : undefined),
		shareFile,
		newId: () => `entry-${++ids}`,
		now: () => nowMs,
		timeZone: 'Europe/London',
		routineUrl: (id) => `https://unknot.example/routines/${id}`,
		...extra
	});
	return { plan, shareFile, later: (ms: number) => (nowMs += ms) };
}

describe('the plan screen', () => {
	it('adds a routine with the schedule its x-frequency suggests, stored and read back', async () => {
		const { plan } = screen();
		await plan.load();
		expect([plan.loaded, plan.entries]).toEqual([true, []]);
		await plan.startAdding('hip');
		expect(plan.form).toMatchObject({ routineId: 'hip', kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '20:00'] });
		await plan.saveForm();
		expect(plan.form).toBeNull();
		expect(plan.message).toBe('Added Hip reset to your plan.');
		const { records } = await listPlanEntries();
		expect(records).toEqual([
			expect.objectContaining({ id: 'entry-1', routineId: 'hip', routineTitle: 'Hip reset', since: '2026-11-22', sequence: 0, schedule: { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '20:00'] } })
		]);
		expect(plan.entries).toEqual(records);
		// Adding it again is allowed, and the form says it is planned already.
		await plan.startAdding('hip');
		expect(plan.form?.alreadyPlanned).toEqual(['Every day at 08:00 and 20:00']);
	});

	it('says why a form cannot be saved, and stores nothing', async () => {
		const { plan } = screen();
		await plan.load();
		await plan.startAdding('hip');
		for (const day of [0, 1, 2, 3, 4, 5, 6] as const) plan.toggleWeekday(day);
		await plan.saveForm();
		expect(plan.formError).toBe('Choose at least one day.');
		plan.toggleWeekday(2);
		plan.setTime(1, '08:00');
		await plan.saveForm();
		expect(plan.formError).toBe('Two of the times are the same; change or remove one.');
		expect((await listPlanEntries()).records).toEqual([]);
	});

	it('changes an entry (its sequence goes up) and takes one out', async () => {
		const { plan } = screen();
		await plan.load();
		await plan.startAdding('hip');
		await plan.saveForm();
		await plan.startChanging(plan.entries[0]!);
		plan.setKind('runs');
		await plan.saveForm();
		expect(plan.entries[0]).toMatchObject({ schedule: { kind: 'runs' }, sequence: 1 });
		await plan.remove(plan.entries[0]!);
		expect(plan.entries).toEqual([]);
		expect(plan.message).toMatch(/Its sessions stay in your history/);
	});

	it('refuses a routine that is gone', async () => {
		const { plan } = screen();
		await plan.load();
		await plan.startAdding('deleted');
		expect([plan.form, plan.failed]).toEqual([null, true]);
	});

	it('counts this week’s done out of due, a rest week asking nothing', async () => {
		const { plan } = screen();
		await plan.load();
		await plan.startAdding('hip');
		plan.setKind('runs');
		await plan.saveForm();
		await changeRuns('2026-11-22', 2);
		await putSession(buildSessionRecord('s1', Date.parse('2026-11-22T07:00:00Z'), { routineId: 'hip' }));
		await plan.load();
		expect(plan.adherence.at(-1)).toEqual({ week: '2026-11-16', due: 2, done: 1 });
		await plan.rest(7);
		expect(plan.pause).toEqual({ from: '2026-11-22', until: '2026-11-29' });
		expect(plan.adherence.at(-1)).toEqual({ week: '2026-11-16', due: 0, done: 0 });
		expect(plan.message).toBe('Your plan rests until 29 November.');
		await plan.resume();
		expect(plan.pause).toBeUndefined();
		expect((await getSettings()).settings.planPauses).toEqual([]);
	});

	it('hands over a calendar file, and offers an updated one after a change', async () => {
		const { plan, shareFile, later } = screen();
		await plan.load();
		await plan.startAdding('hip');
		await plan.saveForm();
		await plan.exportCalendar();
		expect(shareFile).toHaveBeenCalledWith('unknot-plan.ics', expect.stringContaining('UID:entry-1-0@unknot'), 'text/calendar;charset=utf-8');
		expect(shareFile.mock.calls[0]![1]).toContain('https://unknot.example/routines/hip');
		expect(plan.message).toMatch(/^Saved unknot-plan.ics\. Open it with your calendar app/);
		expect(plan.calendarOutdated).toBe(false);
		later(60_000);
		await plan.startChanging(plan.entries[0]!);
		plan.removeTime(1);
		await plan.saveForm();
		expect(plan.calendarOutdated).toBe(true);
		later(60_000);
		await plan.exportCalendar();
		expect(shareFile.mock.calls[1]![1]).toMatch(/UID:entry-1-0@unknot[\s\S]*SEQUENCE:1/);
		expect(plan.message).toMatch(/delete those/);
		expect(plan.calendarOutdated).toBe(false);
	});

	it('says when storage is full and keeps the plan as it was', async () => {
		const { plan } = screen();
		await plan.load();
		await plan.startAdding('hip');
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		try {
			await plan.saveForm();
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		expect(plan.formError).toMatch(/out of storage space/);
		expect(plan.form).not.toBeNull();
		expect((await listPlanEntries()).records).toEqual([]);
	});

	it('reports an entry changed by hand, and still shows the rest', async () => {
		const { plan } = screen();
		await plan.load();
		await plan.startAdding('hip');
		await plan.saveForm();
		await withDb((database) => database.put('planEntries', { id: 'broken', schedule: 'daily' }));
		await plan.load();
		expect(plan.notice).toBe('1 entry of your plan could not be read and was left untouched.');
		expect(plan.entries.map((entry) => entry.id)).toEqual(['entry-1']);
	});
});

describe('the plan screen’s doses', () => {
	const glutes = {
		...buildRoutine({ id: 'glutes', title: 'Glutes' }, [
			{ kind: 'timed', id: 'bridge', name: 'Bridge hold', seconds: 30 },
			{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 10 }
		]),
		progression: { steps: [{ step: 'clams', change: 'reps' as const, by: 2, max: 14 }] }
	};
	const getRoutine = async (id: string) => (id === 'glutes' ? { routine: glutes } : undefined);

	it('follows the routine’s rules untouched, and keeps the user’s own once changed', async () => {
		const { plan } = screen({ getRoutine });
		await plan.load();
		await plan.startAdding('glutes');
		expect(plan.form?.rules.map((rule) => [rule.step, rule.change, rule.on, rule.by, rule.max])).toEqual([
			['bridge', 'seconds', false, 5, 45],
			['bridge', 'sets', false, 1, 4],
			['clams', 'reps', true, 2, 14],
			['clams', 'sets', false, 1, 4]
		]);
		await plan.saveForm();
		expect((await listPlanEntries()).records[0]?.rules).toBeUndefined();
		await plan.startChanging(plan.entries[0]!);
		plan.setRule(0, { on: true, max: 20 });
		await plan.saveForm();
		expect(plan.formError).toBe('Bridge hold: the ceiling must be from 30 s (the routine’s own) to 3600 s.');
		plan.setRule(0, { max: 50 });
		await plan.saveForm();
		expect((await listPlanEntries()).records[0]?.rules).toEqual([
			{ step: 'bridge', change: 'seconds', by: 5, max: 50 },
			{ step: 'clams', change: 'reps', by: 2, max: 14 }
		]);
	});

	it('shows a proposal, and on Step up stores the dose and shows it', async () => {
		const proposal = { direction: 'up' as const, basedOn: 's3', reason: 'Fine.', changes: [{ stepId: 'clams', stepName: 'Clamshells', change: 'reps' as const, from: 10, to: 12 }] };
		const { plan } = screen({ getRoutine, readProposals: async (entries) => (entries[0]?.dose ? [] : [{ entry: entries[0]!, routine: glutes, proposal }]) });
		await plan.load();
		await plan.startAdding('glutes');
		await plan.saveForm();
		expect(plan.proposals.map((item) => item.proposal.basedOn)).toEqual(['s3']);
		await plan.answerProposal(plan.proposals[0]!, true);
		expect((await listPlanEntries()).records[0]?.dose).toEqual({ clams: { reps: 12 } });
		expect(plan.doses).toEqual({ [plan.entries[0]!.id]: 'Clamshells 12 reps' });
		expect(plan.proposals).toEqual([]);
		expect(plan.message).toBe('Glutes now plays with the new dose.');
	});

	it('refuses a ceiling or a step the routine format cannot hold', async () => {
		const { plan } = screen({ getRoutine });
		await plan.load();
		await plan.startAdding('glutes');
		plan.setRule(3, { on: true, max: 60 });
		await plan.saveForm();
		expect(plan.formError).toBe('Clamshells: the ceiling must be from 1 set (the routine’s own) to 50 sets.');
		plan.setRule(3, { max: 50, by: 601 });
		await plan.saveForm();
		expect(plan.formError).toBe('Clamshells: step up by a whole number from 1 to 600.');
		expect((await listPlanEntries()).records).toEqual([]);
	});

	it('keeps a dose accepted in another tab when this one saves a changed schedule, and brings the dose down to a lowered ceiling', async () => {
		const { plan } = screen({ getRoutine });
		await plan.load();
		await plan.startAdding('glutes');
		await plan.saveForm();
		await plan.startChanging(plan.entries[0]!);
		// Meanwhile another tab steps the dose up.
		await putPlanEntry({ ...plan.entries[0]!, dose: { clams: { reps: 14 } } });
		plan.setKind('runs');
		await plan.saveForm();
		expect((await listPlanEntries()).records[0]).toMatchObject({ schedule: { kind: 'runs' }, dose: { clams: { reps: 14 } } });
		await plan.startChanging(plan.entries[0]!);
		plan.setRule(2, { max: 12 });
		await plan.saveForm();
		expect((await listPlanEntries()).records[0]?.dose).toEqual({ clams: { reps: 12 } });
	});

	it('does not bring back an entry taken out in another tab', async () => {
		const proposal = { direction: 'up' as const, basedOn: 's3', reason: 'Fine.', changes: [{ stepId: 'clams', stepName: 'Clamshells', change: 'reps' as const, from: 10, to: 12 }] };
		const { plan } = screen({ getRoutine, readProposals: async (entries) => entries.map((entry) => ({ entry, routine: glutes, proposal })) });
		await plan.load();
		await plan.startAdding('glutes');
		await plan.saveForm();
		const item = plan.proposals[0]!;
		await plan.startChanging(plan.entries[0]!);
		await deletePlanEntry(plan.entries[0]!.id);
		plan.setKind('runs');
		await plan.saveForm();
		expect(plan.message).toBe('Glutes was taken out of your plan on another screen, so there was nothing to change.');
		expect((await listPlanEntries()).records).toEqual([]);
		await plan.answerProposal(item, true);
		expect(plan.message).toBe('Glutes is no longer in your plan.');
		expect((await listPlanEntries()).records).toEqual([]);
	});

	it('adds, rests and resumes from the day it is now, after the screen stayed open past midnight', async () => {
		const { plan, later } = screen({ getRoutine });
		await plan.load();
		expect(plan.today).toBe('2026-11-22');
		later(86_400_000);
		await plan.startAdding('glutes');
		await plan.saveForm();
		expect((await listPlanEntries()).records[0]?.since).toBe('2026-11-23');
		later(86_400_000);
		await plan.rest(7);
		expect((await getSettings()).settings.planPauses).toEqual([{ from: '2026-11-24', until: '2026-12-01' }]);
	});

	it('marks an entry whose routine was deleted, and leaves it out of the calendar file', async () => {
		const { plan, shareFile } = screen({ getRoutine });
		await plan.load();
		await plan.startAdding('glutes');
		await plan.saveForm();
		await plan.startAdding('hip');
		expect(plan.form).toBeNull();
		await putPlanEntry({ ...plan.entries[0]!, id: 'orphan', routineId: 'deleted', routineTitle: 'Deleted' });
		await plan.load();
		expect(plan.gone).toEqual(['orphan']);
		await plan.exportCalendar();
		expect(shareFile.mock.calls[0]![1]).not.toContain('Deleted');
		expect(shareFile.mock.calls[0]![1]).toContain('Glutes');
	});

	it('never adds a time of day the form already has', async () => {
		const { plan } = screen({ getRoutine });
		await plan.load();
		await plan.startAdding('glutes');
		plan.setTime(0, '21:30');
		plan.addTime();
		plan.addTime();
		plan.addTime();
		expect(plan.form?.times).toEqual(['21:30', '22:00', '23:00', '00:00']);
		expect(new Set(plan.form?.times).size).toBe(4);
	});
});

describe('past weeks’ done out of due (probe)', () => {
	// Mondays at 08:00 since Monday 2 November; done every Monday. "Today" is Sunday 22 November.
	async function threeGoodWeeks() {
		const { plan } = screen();
		const mondays = buildPlanEntry('mondays', { id: 'hip', title: 'Hip reset' }, { kind: 'days', weekdays: [0], times: ['08:00'] }, '2026-11-02', Date.parse('2026-11-02T07:00:00Z'));
		await putPlanEntry(mondays);
		for (const day of ['2026-11-02', '2026-11-09', '2026-11-16']) await putSession(buildSessionRecord(`s-${day}`, Date.parse(`${day}T08:00:00Z`), { routineId: 'hip' }));
		await plan.load();
		expect(plan.adherence.slice(1, 3)).toEqual([
			{ week: '2026-11-02', due: 1, done: 1 },
			{ week: '2026-11-09', due: 1, done: 1 }
		]);
		return plan;
	}

	it('keeps the weeks already past as they were when the schedule changes from now on', async () => {
		const plan = await threeGoodWeeks();
		// From now on, every day.
		await plan.startChanging(plan.entries[0]!);
		for (const day of [1, 2, 3, 4, 5, 6] as const) plan.toggleWeekday(day);
		await plan.saveForm();
		expect(plan.entries[0]!.schedule).toMatchObject({ weekdays: [0, 1, 2, 3, 4, 5, 6] });
		// The weeks before the change asked for one Monday each, and got it: still 1 of 1, not 1 of 7.
		expect(plan.adherence.slice(1, 3)).toEqual([
			{ week: '2026-11-02', due: 1, done: 1 },
			{ week: '2026-11-09', due: 1, done: 1 }
		]);
	});

	it('keeps the weeks already past when an entry is taken out', async () => {
		const plan = await threeGoodWeeks();
		await putPlanEntry(buildPlanEntry('other', { id: 'hip', title: 'Hip reset' }, { kind: 'runs' }, '2026-11-22', NOW));
		await plan.load();
		await plan.remove(plan.entries.find((entry) => entry.id === 'mondays')!);
		expect(plan.adherence.slice(1, 3)).toEqual([
			{ week: '2026-11-02', due: 1, done: 1 },
			{ week: '2026-11-09', due: 1, done: 1 }
		]);
	});
});

describe('an entry whose routine was deleted (probe)', () => {
	it('is not counted as due and missed in the week’s done out of due, as Today does not offer it', async () => {
		const { plan } = screen();
		// Hip reset every day at 08:00, done this morning; and a routine of the user's own, since deleted.
		await putPlanEntry(buildPlanEntry('hip-daily', { id: 'hip', title: 'Hip reset' }, { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00'] }, '2026-11-22', NOW));
		await putPlanEntry(buildPlanEntry('orphan', { id: 'deleted-mine', title: 'My old routine' }, { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['07:00', '12:00', '17:00', '21:00'] }, '2026-11-22', NOW));
		await putSession(buildSessionRecord('s1', Date.parse('2026-11-22T08:00:00Z'), { routineId: 'hip' }));
		await plan.load();
		expect(plan.gone).toEqual(['orphan']);
		// Today says all is done; the week says 1 of 5, four of them a routine that cannot be started.
		expect(plan.adherence.at(-1)).toEqual({ week: '2026-11-16', due: 1, done: 1 });
	});
});

describe('the calendar file with one routine planned twice (probe)', () => {
	it('opens, from each reminder, the routine with that entry’s dose, as Today’s links do', async () => {
		const { plan, shareFile } = screen();
		// Mornings at a raised dose, evenings as written: the form allows the same routine twice.
		await putPlanEntry({ ...buildPlanEntry('mornings', { id: 'hip', title: 'Hip reset' }, { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00'] }, '2026-11-22', NOW), dose: { 'step-1': { seconds: 40 } } });
		await putPlanEntry(buildPlanEntry('evenings', { id: 'hip', title: 'Hip reset' }, { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['20:00'] }, '2026-11-22', NOW));
		await plan.load();
		await plan.exportCalendar();
		const text = String(shareFile.mock.calls[0]![1]).replace(/\r\n[ \t]/g, '');
		const urls = [...text.matchAll(/^URL:(.*)$/gm)].map((match) => match[1]);
		// Both are ".../routines/hip": the evening reminder opens the routine at the mornings' raised dose.
		expect(urls).toHaveLength(2);
		expect(new Set(urls).size, urls.join(' ')).toBe(2);
	});
});

describe('the calendar notice after a change the calendar does not hold (probe)', () => {
	it('does not say the calendar is out of date when only a dose rule changed', async () => {
		const glutes = {
			...buildRoutine({ id: 'glutes', title: 'Glutes' }, [{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 10 }]),
			progression: { steps: [{ step: 'clams', change: 'reps' as const, by: 2, max: 14 }] }
		};
		const { plan, later } = screen({ getRoutine: async (id) => (id === 'glutes' ? { routine: glutes } : undefined) });
		await plan.load();
		await plan.startAdding('glutes');
		await plan.saveForm();
		later(60_000);
		await plan.exportCalendar();
		expect(plan.calendarOutdated).toBe(false);
		later(60_000);
		// Only the ceiling: the calendar holds titles, days and times, none of which changed.
		await plan.startChanging(plan.entries[0]!);
		plan.setRule(0, { max: 20 });
		await plan.saveForm();
		// The screen now asks to add the file again and delete the "old" reminders, which are the same.
		expect(plan.calendarOutdated).toBe(false);
	});
});
