import { describe, expect, it } from 'vitest';
import type { CheckIn } from '$lib/core/check-in';
import { buildSessionRecord } from '$lib/core/testing/records';
import { putSession } from '$lib/platform/session-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { openUnknotDb } from '$lib/platform/db';
import { readAdherence, readMonthCounts, readPainConcerns, readPainSeries, readProgress, readReport, readStreak, readWeeks } from './progress';
import { buildPlanEntry } from '$lib/core/plan';
import { putPlanEntry } from '$lib/platform/plan-store';

useFreshDatabase();

const ZONE = 'Europe/London';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Sunday 22 November 2026, 09:00 in London (UTC in winter). */
const NOW = Date.parse('2026-11-22T09:00:00Z');

async function seed(...starts: (number | [number, CheckIn[]])[]) {
	let n = 0;
	for (const start of starts) {
		const [at, checkIns] = Array.isArray(start) ? start : [start, []];
		await putSession(buildSessionRecord(`s${n++}`, at, { checkIns }));
	}
}

const nextDay = (at: number, score: number, spot = 'Left hip'): CheckIn => ({ spot, moment: 'next-day', score, at });

describe('the calendar’s month', () => {
	it('counts sessions by the local day they started on, within the month only', async () => {
		await seed(
			Date.parse('2026-10-31T23:30:00Z'),
			Date.parse('2026-11-01T00:30:00Z'),
			Date.parse('2026-11-22T08:00:00Z'),
			Date.parse('2026-11-22T08:30:00Z'),
			Date.parse('2026-12-01T00:00:00Z')
		);
		expect(await readMonthCounts('2026-11-22', ZONE)).toEqual(
			new Map([
				['2026-11-22', 2],
				['2026-11-01', 1]
			])
		);
		// In New York the session at 00:30 London time on the 1st was on 31 October.
		expect([...(await readMonthCounts('2026-10-05', 'America/New_York'))]).toEqual([['2026-10-31', 2]]);
	});
});

describe('the streak', () => {
	it('counts days in a row back from today, or from yesterday while today has none', async () => {
		await seed(NOW - HOUR, NOW - 2 * HOUR, NOW - DAY, NOW - 2 * DAY, NOW - 4 * DAY, NOW - 5 * DAY);
		expect(await readStreak(NOW, ZONE)).toBe(3);
		expect(await readStreak(NOW + DAY, ZONE)).toBe(3);
		expect(await readStreak(NOW + 2 * DAY, ZONE)).toBe(0);
	});

	it('passes over a session dated after today, and is 0 with no history', async () => {
		expect(await readStreak(NOW, ZONE)).toBe(0);
		await seed(NOW + 3 * DAY, NOW - DAY);
		expect(await readStreak(NOW, ZONE)).toBe(1);
	});

	it('stops reading at the first gap', async () => {
		await seed(NOW, NOW - 3 * DAY);
		// A start time that is not a day at all would throw if it were reached.
		const db = await openUnknotDb();
		await db.put('sessions', { ...buildSessionRecord('odd', 0), startedAt: -9e15 });
		db.close();
		expect(await readStreak(NOW, ZONE)).toBe(1);
	});
});

describe('sessions per week', () => {
	it('counts the last 8 weeks, Monday to Sunday, this week last', async () => {
		await seed(NOW, Date.parse('2026-11-16T00:10:00Z'), Date.parse('2026-11-15T23:50:00Z'), Date.parse('2026-09-27T12:00:00Z'));
		const weeks = await readWeeks(NOW, ZONE);
		expect(weeks).toHaveLength(8);
		expect(weeks[0]).toEqual({ week: '2026-09-28', count: 0 });
		expect(weeks.slice(-2)).toEqual([
			{ week: '2026-11-09', count: 1 },
			{ week: '2026-11-16', count: 2 }
		]);
	});
});

describe('the pain chart’s series', () => {
	it('reads sessions started in the period, today included, and counts unreadable ones', async () => {
		await seed(
			[NOW - 29 * DAY, [nextDay(NOW - 28 * DAY, 4)]],
			[NOW - 31 * DAY, [nextDay(NOW - 30 * DAY, 9)]],
			[NOW - HOUR, [{ spot: 'Left hip', moment: 'before', score: 3, at: NOW - HOUR }]]
		);
		const db = await openUnknotDb();
		await db.put('sessions', { ...buildSessionRecord('broken', NOW - DAY), steps: 'none' });
		db.close();
		const pain = await readPainSeries(NOW, ZONE, 30);
		expect(new Date(pain.fromMs).toISOString()).toBe('2026-10-23T23:00:00.000Z'); // 24 October, still summer time
		expect(new Date(pain.toMs).toISOString()).toBe('2026-11-23T00:00:00.000Z');
		expect(pain.series.map((s) => [s.spot, s.points['next-day'].map((p) => p.score), s.points.before.map((p) => p.score)])).toEqual([
			['Left hip', [4], [3]]
		]);
		expect(pain.unreadable).toBe(1);
	});
});

describe('the concerns', () => {
	it('read check-ins from sessions of the last 17 days, a next-day answer given days later included', async () => {
		await seed(
			[NOW - 16 * DAY, [nextDay(NOW - 13 * DAY, 2)]],
			[NOW - 11 * DAY, [nextDay(NOW - 10 * DAY, 3)]],
			[NOW - 4 * DAY, [nextDay(NOW - 3 * DAY, 5)]],
			[NOW - 2 * DAY, [nextDay(NOW - DAY, 6)]],
			[NOW - 20 * DAY, [nextDay(NOW - 8 * DAY, 0)]]
		);
		expect(await readPainConcerns(NOW)).toEqual([{ spot: 'Left hip', reasons: ['rising'], recentMean: 5.5, previousMean: 2.5, highest: 6 }]);
	});

	it('counts a session dated after now', async () => {
		await seed([NOW + DAY, [{ spot: 'Lower back', moment: 'after', score: 8, at: NOW + DAY }]]);
		expect((await readPainConcerns(NOW)).map((c) => c.reasons)).toEqual([['high']]);
	});
});

describe('everything at once', () => {
	it('reads the progress part for today', async () => {
		await seed([NOW - HOUR, [{ spot: 'Left hip', moment: 'after', score: 7, at: NOW }]], NOW - DAY);
		const progress = await readProgress(NOW, ZONE);
		expect(progress).toMatchObject({ today: '2026-11-22', streak: 2, month: '2026-11-01' });
		expect(progress.weeks.at(-1)).toEqual({ week: '2026-11-16', count: 2 });
		expect(progress.monthCounts.get('2026-11-21')).toBe(1);
		expect(progress.pain.series.map((s) => s.spot)).toEqual(['Left hip']);
		expect(progress.concerns.map((c) => c.spot)).toEqual(['Left hip']);
	});

	it('reads the report for a range of days, oldest session first', async () => {
		await seed(NOW - HOUR, [NOW - 3 * DAY, [nextDay(NOW - 2 * DAY, 2)]], NOW - 40 * DAY);
		const report = await readReport({ from: '2026-10-26', to: '2026-11-22' }, NOW, ZONE);
		expect(report.sessions.map((s) => s.startedAt)).toEqual([NOW - 3 * DAY, NOW - HOUR]);
		expect(report.summary.sessions).toBe(2);
		expect(report.weeks.map((w) => w.count)).toEqual([0, 0, 0, 2]);
		expect(report.series.map((s) => s.spot)).toEqual(['Left hip']);
		expect(report).toMatchObject({ streak: 1, concerns: [], unreadable: 0 });
	});
});

describe('the plan’s done out of due', () => {
	it('is null with nothing planned, and counts the weeks’ sessions against the plan otherwise', async () => {
		expect(await readAdherence('2026-11-22', 2, ZONE)).toBeNull();
		// Every day at 08:00 since Monday 16 November: seven due that week, three done.
		await putPlanEntry(buildPlanEntry('e1', { id: 'post-run-hip-reset', title: 'Hip reset' }, { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00'] }, '2026-11-16', NOW));
		await seed(NOW - DAY, NOW - 2 * DAY, NOW - 3 * DAY, NOW - 9 * DAY);
		expect(await readAdherence('2026-11-22', 2, ZONE)).toEqual([
			{ week: '2026-11-09', due: 0, done: 0 },
			{ week: '2026-11-16', due: 7, done: 3 }
		]);
		const report = await readReport({ from: '2026-11-16', to: '2026-11-22' }, NOW, ZONE);
		expect(report.adherence).toEqual([{ week: '2026-11-16', due: 7, done: 3 }]);
		expect((await readProgress(NOW, ZONE)).adherence?.at(-1)).toEqual({ week: '2026-11-16', due: 7, done: 3 });
	});
});
