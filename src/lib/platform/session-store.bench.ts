// Ten years of daily use (target: the history's first screen reads in well under 100 ms with 10,000
// sessions stored, as it reads a page through the start-time index and never the whole store).
// In-memory IndexedDB here (fake-indexeddb): the figures compare approaches, a phone's are its own.
// Run with `npm run bench`.
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import { openUnknotDb } from './db';
import { countSessionsOutsideIndex, getLatestSession, listSessionPage, listSessions, listSessionsBetween } from './session-store';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-22T08:00:00Z');

const seeded = (async () => {
	const database = await openUnknotDb();
	const transaction = database.transaction('sessions', 'readwrite');
	for (let i = 0; i < 10_000; i++) {
		void transaction.store.put(
			buildSessionRecord(`s${i}`, NOW - i * DAY * 0.365, {
				checkIns: [
					{ spot: 'Left hip', moment: 'before', score: i % 7, at: NOW - i * DAY * 0.365 },
					{ spot: 'Left hip', moment: 'after', score: i % 5, at: NOW - i * DAY * 0.365 + 600_000 }
				],
				notes: 'Tight after the long run; eased by the end.'
			})
		);
	}
	await transaction.done;
	database.close();
})();

describe('the history with 10,000 sessions', () => {
	bench('first page (30) and the count of records outside the index: what the history screen reads', async () => {
		await seeded;
		await Promise.all([listSessionPage(null, 30), countSessionsOutsideIndex()]);
	});

	bench('the latest session: what the library reads for the next-day card', async () => {
		await seeded;
		await getLatestSession();
	});

	bench('90 days by range: the calendar and the pain chart', async () => {
		await seeded;
		await listSessionsBetween(NOW - 90 * DAY, NOW + DAY);
	});

	bench('every session (what the screen must never do)', async () => {
		await seeded;
		await listSessions();
	}, { iterations: 3 });
});
