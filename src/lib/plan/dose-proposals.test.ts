import { describe, expect, it } from 'vitest';
import { buildPlanEntry } from '$lib/core/plan';
import type { Routine } from '$lib/core/routine-schema';
import { buildSessionRecord } from '$lib/core/testing/records';
import { listPlanEntries, putPlanEntry } from '$lib/platform/plan-store';
import { putSession } from '$lib/platform/session-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { acceptProposal, declineProposal, readProposals } from './dose-proposals';

useFreshDatabase();

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 12);
const routine: Routine = {
	schemaVersion: 1,
	id: 'clams',
	title: 'Clams',
	steps: [{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 10 }],
	progression: { steps: [{ step: 'clams', change: 'reps', by: 2, max: 14 }] }
};
const deps = { getRoutine: async (id: string) => (id === 'clams' ? { routine } : undefined) };

async function fineSession(id: string, daysAgo: number) {
	const startedAt = NOW - daysAgo * DAY;
	await putSession(
		buildSessionRecord(id, startedAt, {
			routineId: 'clams',
			checkIns: [
				{ spot: 'Left hip', moment: 'before', score: 3, at: startedAt },
				{ spot: 'Left hip', moment: 'after', score: 2, at: startedAt + 600_000 },
				{ spot: 'Left hip', moment: 'next-day', score: 2, at: startedAt + DAY }
			]
		})
	);
}

/** A stored entry of the clams routine after three fine sessions, and the step up they bring. */
async function storedEntryReadyForMore() {
	const entry = buildPlanEntry('e1', routine, { kind: 'runs' }, '2026-11-01', NOW);
	await putPlanEntry(entry);
	const { listSessionsBetween } = await import('$lib/platform/session-store');
	for (const [id, daysAgo] of [['s1', 5], ['s2', 3], ['s3', 1]] as const) await fineSession(id, daysAgo);
	const [found] = await readProposals([entry], NOW, 3, { ...deps, listSessionsBetween });
	return { entry, proposal: found!.proposal, listSessionsBetween };
}

describe('dose proposals against storage', () => {
	it('proposes a step up after three fine sessions, and stores the dose only when accepted', async () => {
		const entry = buildPlanEntry('e1', routine, { kind: 'runs' }, '2026-11-01', NOW);
		await putPlanEntry(entry);
		await fineSession('s1', 5);
		await fineSession('s2', 3);
		const { listSessionsBetween } = await import('$lib/platform/session-store');
		expect(await readProposals([entry], NOW, 3, { ...deps, listSessionsBetween })).toEqual([]);
		await fineSession('s3', 1);
		const [found] = await readProposals([entry], NOW, 3, { ...deps, listSessionsBetween });
		expect(found?.proposal).toMatchObject({ direction: 'up', basedOn: 's3', changes: [{ stepId: 'clams', from: 10, to: 12 }] });
		// Proposing stored nothing.
		expect((await listPlanEntries()).records).toEqual([entry]);
		await acceptProposal(entry, found!.proposal, NOW);
		const [accepted] = (await listPlanEntries()).records;
		expect(accepted?.dose).toEqual({ clams: { reps: 12 } });
		// The three sessions ran the old dose: nothing more is proposed until three at the new one.
		expect(await readProposals([accepted!], NOW, 3, { ...deps, listSessionsBetween })).toEqual([]);
	});

	it('proposes nothing again once declined, until a later session', async () => {
		const { entry, proposal, listSessionsBetween } = await storedEntryReadyForMore();
		await declineProposal(entry, proposal, NOW);
		const [declined] = (await listPlanEntries()).records;
		expect(declined).toMatchObject({ declined: 's3' });
		expect(declined?.dose).toBeUndefined();
		expect(await readProposals([declined!], NOW, 3, { ...deps, listSessionsBetween })).toEqual([]);
		await fineSession('s4', 0);
		expect((await readProposals([declined!], NOW + 1, 3, { ...deps, listSessionsBetween }))[0]?.proposal.basedOn).toBe('s4');
	});

	it('proposes nothing for a routine that is gone or has no rules', async () => {
		const gone = buildPlanEntry('e2', { id: 'gone', title: 'Gone' }, { kind: 'runs' }, '2026-11-01', NOW);
		const plain = buildPlanEntry('e3', { id: 'clams', title: 'Clams' }, { kind: 'runs' }, '2026-11-01', NOW);
		const noRules = { getRoutine: async () => ({ routine: { ...routine, progression: undefined } }) };
		const listSessionsBetween = async () => {
			throw new Error('not read');
		};
		expect(await readProposals([gone], NOW, 3, { ...deps, listSessionsBetween })).toEqual([]);
		expect(await readProposals([plain], NOW, 3, { ...noRules, listSessionsBetween })).toEqual([]);
	});

	it('accepts on the entry as stored: a change made in another tab is kept, a taken-out entry stays out', async () => {
		const { entry, proposal } = await storedEntryReadyForMore();
		// Another tab changed when it is due.
		await putPlanEntry({ ...entry, schedule: { kind: 'days', weekdays: [0], times: ['07:00'] }, sequence: 1 });
		expect(await acceptProposal(entry, proposal, NOW)).toBe('changed');
		expect((await listPlanEntries()).records[0]).toMatchObject({ schedule: { kind: 'days', weekdays: [0], times: ['07:00'] }, sequence: 1, dose: { clams: { reps: 12 } } });
		// Another tab accepted it already: accepting again here changes nothing.
		expect(await acceptProposal(entry, proposal, NOW)).toBe('kept');
		expect((await listPlanEntries()).records[0]?.dose).toEqual({ clams: { reps: 12 } });
		// Another tab lowered the ceiling below what a proposal made earlier would set: it no longer applies.
		const raised = (await listPlanEntries()).records[0]!;
		await putPlanEntry({ ...raised, rules: [{ step: 'clams', change: 'reps', by: 2, max: 12 }] });
		expect(await acceptProposal(raised, { ...proposal, changes: [{ stepId: 'clams', stepName: 'Clamshells', change: 'reps', from: 12, to: 14 }] }, NOW)).toBe('kept');
		expect((await listPlanEntries()).records[0]?.dose).toEqual({ clams: { reps: 12 } });
		// Taken out in another tab: declining here does not bring it back.
		const { deletePlanEntry } = await import('$lib/platform/plan-store');
		await deletePlanEntry('e1');
		expect(await declineProposal(entry, proposal, NOW)).toBe('gone');
		expect((await listPlanEntries()).records).toEqual([]);
	});

	it('proposes a step back for a raised dose whose rules were turned off', async () => {
		const entry = { ...buildPlanEntry('e1', routine, { kind: 'runs' }, '2026-11-01', NOW), rules: [], dose: { clams: { reps: 14 } } };
		const { listSessionsBetween } = await import('$lib/platform/session-store');
		// Next-day scores rising over the last two weeks.
		for (const [id, daysAgo, nextDay] of [['r1', 13, 1], ['r2', 11, 2], ['r3', 4, 4], ['r4', 2, 5]] as const) {
			const startedAt = NOW - daysAgo * DAY;
			await putSession(
				buildSessionRecord(id, startedAt, {
					routineId: 'clams',
					checkIns: [
						{ spot: 'Left hip', moment: 'before', score: 2, at: startedAt },
						{ spot: 'Left hip', moment: 'next-day', score: nextDay, at: startedAt + DAY }
					]
				})
			);
		}
		const [found] = await readProposals([entry], NOW, 3, { ...deps, listSessionsBetween });
		expect(found?.proposal).toMatchObject({ direction: 'back', changes: [{ stepId: 'clams', from: 14, to: 10 }] });
	});
});

describe('a proposal answered after the rules changed on another screen (probe)', () => {
	it('never stores a dose above the ceiling the user set meanwhile', async () => {
		// Own rules: Clamshells up by 4, to 20. The library shows "Clamshells: 10 reps → 14 reps".
		const entry = { ...buildPlanEntry('e1', routine, { kind: 'runs' }, '2026-11-01', NOW), rules: [{ step: 'clams', change: 'reps' as const, by: 4, max: 20 }] };
		await putPlanEntry(entry);
		for (const [id, daysAgo] of [['s1', 5], ['s2', 3], ['s3', 1]] as const) await fineSession(id, daysAgo);
		const [item] = await readProposals([entry], NOW, 3, { ...deps, listSessionsBetween: (await import('$lib/platform/session-store')).listSessionsBetween });
		expect(item?.proposal.changes.map((change) => change.to)).toEqual([14]);
		// On the plan screen in another tab, the user lowers the ceiling to 12 (the dose is untouched).
		await putPlanEntry({ ...entry, rules: [{ step: 'clams', change: 'reps', by: 4, max: 12 }], sequence: 1, updatedAt: NOW + 1 });
		// Back in the library, Step up.
		await acceptProposal(item!.entry, item!.proposal, NOW + 2);
		const stored = (await listPlanEntries()).records[0]!;
		expect(stored.dose?.clams?.reps ?? 10).toBeLessThanOrEqual(12);
	});
});
