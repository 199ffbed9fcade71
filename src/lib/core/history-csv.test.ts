import { describe, expect, it } from 'vitest';
import { historyFileName, historyRows } from './history-csv';
import { buildSessionRecord } from './testing/records';

describe('the history as a table', () => {
	it('has a header, then one row per session, oldest first, with a column per spot and moment', () => {
		const rows = historyRows(
			[
				buildSessionRecord('b', Date.parse('2026-07-02T17:00:00Z'), {
					checkIns: [{ spot: 'Lower back', moment: 'next-day', score: 1, at: 0 }],
					status: 'partial',
					loggedByHand: true
				}),
				buildSessionRecord('a', Date.parse('2026-07-01T17:00:00Z'), {
					checkIns: [
						{ spot: 'Left hip', moment: 'before', score: 5, at: 0 },
						{ spot: 'Left hip', moment: 'after', score: 0, at: 0 }
					],
					notes: 'tight, then "better"'
				})
			],
			'Europe/London'
		);
		expect(rows[0]).toEqual([
			'Session ID',
			'Routine',
			'Routine ID',
			'Started',
			'Ended',
			'Status',
			'Logged',
			'Active seconds',
			'Steps done',
			'Steps in routine',
			'Notes',
			'Left hip before',
			'Left hip after',
			'Left hip next day',
			'Lower back before',
			'Lower back after',
			'Lower back next day'
		]);
		expect(rows[1]).toEqual([
			'a',
			'Post-run hip reset',
			'post-run-hip-reset',
			'2026-07-01T18:00:00+01:00',
			'2026-07-01T18:10:00+01:00',
			'completed',
			'in the app',
			600,
			1,
			1,
			'tight, then "better"',
			5,
			0,
			null,
			null,
			null,
			null
		]);
		expect(rows[2]?.slice(5, 7)).toEqual(['ended early', 'by hand']);
		expect(rows[2]?.slice(11)).toEqual([null, null, null, null, null, 1]);
	});

	it('is a header alone for an empty history', () => {
		expect(historyRows([], 'UTC')).toHaveLength(1);
	});

	it('is saved under a name with the local day it was made', () => {
		expect(historyFileName('2026-11-22')).toBe('unknot-history-2026-11-22.csv');
	});
});
