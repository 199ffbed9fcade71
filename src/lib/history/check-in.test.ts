import { describe, expect, it } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import { getSession, putSession } from '$lib/platform/session-store';
import { getSettings, putSetting } from '$lib/platform/settings-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { dismissNextDay, editSession, rememberSpots } from './check-in';

useFreshDatabase();

const hip = { spot: 'Left hip', moment: 'after' as const, score: 3, at: 5000 };

describe('saving check-ins on a session in the history', () => {
	it('sets and removes check-ins and the note in one change, and remembers the spot', async () => {
		await putSession(buildSessionRecord('s', 1000, { checkIns: [{ ...hip, spot: 'Lower back', moment: 'before' }] }));
		await putSetting('soreSpots', ['Lower back']);
		const updated = await editSession('s', { set: [hip], remove: [{ spot: 'Lower back', moment: 'before' }], notes: ' easier ' }, 9000);
		expect(updated).toMatchObject({ checkIns: [hip], notes: 'easier', updatedAt: 9000 });
		expect(await getSession('s')).toEqual(updated);
		expect((await getSettings()).settings.soreSpots).toEqual(['Left hip', 'Lower back']);
	});

	it('changes nothing when the session is gone, and says so', async () => {
		await expect(editSession('gone', { set: [hip] })).rejects.toThrow(/no longer in your history/);
		expect((await getSettings()).settings.soreSpots).toEqual([]);
	});

	it('leaves the session as it was when a score is out of range', async () => {
		const record = buildSessionRecord('s', 1000);
		await putSession(record);
		await expect(editSession('s', { set: [{ ...hip, score: 11 }], notes: 'x' })).rejects.toThrow(/0 to 10/);
		expect(await getSession('s')).toEqual(record);
	});

	it('never remembers the stand-in for a spot never named', async () => {
		await rememberSpots(['Sore spot']);
		expect((await getSettings()).settings.soreSpots).toEqual([]);
	});

	it('remembers several spots in the order given', async () => {
		await rememberSpots(['Right glute', 'Left hip']);
		expect((await getSettings()).settings.soreSpots).toEqual(['Right glute', 'Left hip']);
	});

	it('dismisses the next-day question for one spot', async () => {
		await putSession(buildSessionRecord('s', 1000));
		await dismissNextDay('s', 'Left hip', 7000);
		expect((await getSession('s'))?.nextDayDismissed).toEqual(['Left hip']);
	});
});
