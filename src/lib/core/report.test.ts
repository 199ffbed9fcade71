import { describe, expect, it } from 'vitest';
import { buildSessionRecord } from './testing/records';
import { formatDuration, lastDays, orderedRange, rangeInstants, reportFileName, scoresText, summarizeSessions, weeksTouched } from './report';

describe('the report’s period', () => {
	it('ends today and names the file after its days', () => {
		const range = lastDays('2026-11-22', 28);
		expect(range).toEqual({ from: '2026-10-26', to: '2026-11-22' });
		expect(reportFileName({ from: '2026-10-25', to: '2026-11-22' })).toBe('unknot-report-2026-10-25-to-2026-11-22.html');
		expect(weeksTouched(range)).toBe(4);
		expect(weeksTouched({ from: '2026-11-22', to: '2026-11-23' })).toBe(2);
	});

	it('puts typed dates the right way round', () => {
		expect(orderedRange('2026-11-22', '2026-11-01')).toEqual({ from: '2026-11-01', to: '2026-11-22' });
		expect(orderedRange('2026-11-01', '2026-11-01')).toEqual({ from: '2026-11-01', to: '2026-11-01' });
	});

	it('covers whole local days, across a clock change', () => {
		const { fromMs, toMs } = rangeInstants({ from: '2026-10-25', to: '2026-10-25' }, 'Europe/London');
		expect(new Date(fromMs).toISOString()).toBe('2026-10-24T23:00:00.000Z');
		expect((toMs - fromMs) / 3_600_000).toBe(25);
	});
});

describe('the report’s summary', () => {
	it('counts sessions, their outcome, time, routines and each spot’s averages', () => {
		const records = [
			buildSessionRecord('a', 1000, {
				checkIns: [
					{ spot: 'Left hip', moment: 'before', score: 4, at: 1000 },
					{ spot: 'Left hip', moment: 'after', score: 2, at: 2000 }
				]
			}),
			buildSessionRecord('b', 5000, { status: 'partial', activeSeconds: 300, routineTitle: 'Calf care', checkIns: [{ spot: 'Left hip', moment: 'before', score: 5, at: 5000 }] }),
			buildSessionRecord('c', 9000, { loggedByHand: true })
		];
		expect(summarizeSessions(records)).toEqual({
			sessions: 3,
			completed: 2,
			endedEarly: 1,
			loggedByHand: 1,
			activeSeconds: 1500,
			routines: [
				{ title: 'Post-run hip reset', count: 2 },
				{ title: 'Calf care', count: 1 }
			],
			spots: [{ spot: 'Left hip', averages: { before: 4.5, after: 2, 'next-day': null }, checkIns: 3 }]
		});
	});

	it('says lengths of time and a session’s scores in words', () => {
		expect([45, 59.6, 720, 3600, 7500].map(formatDuration)).toEqual(['45 s', '1 min', '12 min', '1 h', '2 h 5 min']);
		const record = buildSessionRecord('a', 0, {
			checkIns: [
				{ spot: 'Left hip', moment: 'next-day', score: 2, at: 3 },
				{ spot: 'Left hip', moment: 'before', score: 4, at: 1 },
				{ spot: 'Lower back', moment: 'after', score: 1, at: 2 }
			]
		});
		expect(scoresText(record)).toBe('Left hip: before 4, next day 2. Lower back: after 1.');
		expect(scoresText(buildSessionRecord('b', 0))).toBe('');
	});
});
