import { describe, expect, it, vi } from 'vitest';
import { buildRoutine, buildSessionRecord } from '$lib/core/testing/records';
import { withDb } from '$lib/platform/db';
import { listPlanEntries } from '$lib/platform/plan-store';
import { changeRuns } from '$lib/platform/run-day-store';
import { putSession } from '$lib/platform/session-store';
import { getSettings } from '$lib/platform/settings-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { PlanScreen, type PlanScreenDeps } from './plan-screen.svelte';

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
		plan.startChanging(plan.entries[0]!);
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
		plan.startChanging(plan.entries[0]!);
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
