import { describe, expect, it } from 'vitest';
import { buildRoutine } from '$lib/core/testing/records';
import { hashRoutine } from '$lib/core/routine-content';
import { getRoutineContent } from '$lib/platform/routine-content-store';
import { getSession } from '$lib/platform/session-store';
import { getSettings } from '$lib/platform/settings-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { logSession } from './log-session';

useFreshDatabase();

describe('logging a session done without the app', () => {
	it('files it as completed and logged by hand, with its content and scores, and remembers the spot', async () => {
		const routine = buildRoutine();
		const checkIns = [{ spot: 'Right glute', moment: 'after' as const, score: 2, at: 50_000 }];
		const record = await logSession({ routine, options: {}, startedAt: 40_000, checkIns, notes: 'at the track' }, 99_000, 'logged-1');
		expect(await getSession('logged-1')).toEqual(record);
		expect(record).toMatchObject({ status: 'completed', loggedByHand: true, notes: 'at the track' });
		expect(record.checkIns).toEqual([{ ...checkIns[0], at: record.endedAt }]);
		expect(await getRoutineContent(hashRoutine(routine))).toBeDefined();
		expect((await getSettings()).settings.soreSpots).toEqual(['Right glute']);
	});
});
