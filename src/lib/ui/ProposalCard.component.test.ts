import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { CheckIn } from '$lib/core/check-in';
import { buildPlanEntry, parsePlanEntry } from '$lib/core/plan';
import { proposeDose, rulesFor, type DosedSession } from '$lib/core/progression';
import type { Routine } from '$lib/core/routine-schema';
import ProposalCard from './ProposalCard.svelte';

const DAY = 86_400_000;
const routine: Routine = { schemaVersion: 1, id: 'clams', title: 'Clams', steps: [{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 10 }] };

function fine(id: string, day: number): DosedSession {
	const at = Date.UTC(2026, 10, day, 8);
	const checkIns: CheckIn[] = [
		{ spot: 'Left hip', moment: 'before', score: 3, at },
		{ spot: 'Left hip', moment: 'after', score: 2, at: at + 600_000 },
		{ spot: 'Left hip', moment: 'next-day', score: 2, at: at + DAY }
	];
	return { id, startedAt: at, status: 'completed', checkIns };
}

describe('ProposalCard (probe)', () => {
	it('shows the proposal for an entry read back from storage or a restored backup whose rules name a step twice', () => {
		// A hand-edited entry (or one in a backup file): storage and restore both accept it.
		const parsed = parsePlanEntry({
			...buildPlanEntry('e1', routine, { kind: 'runs' }, '2026-11-01', 0),
			rules: [
				{ step: 'clams', change: 'reps', by: 2, max: 20 },
				{ step: 'clams', change: 'reps', by: 3, max: 20 }
			]
		});
		expect(parsed.ok).toBe(true);
		const entry = parsed.ok ? parsed.value : undefined;
		const sessions = [fine('s1', 14), fine('s2', 16), fine('s3', 18)];
		const proposal = proposeDose({ routine, dose: {}, rules: rulesFor(routine, entry?.rules), sessions, checkIns: sessions.flatMap((s) => s.checkIns), nowMs: Date.UTC(2026, 10, 20, 12), limit: 3 });
		expect(proposal?.direction).toBe('up');
		// The card keys its lines by step and change: two lines for clamshells' reps throw
		// each_key_duplicate, in production builds too, and the library stops rendering.
		render(ProposalCard, { title: 'Clams', proposal: proposal!, onaccept: () => {}, ondecline: () => {} });
		expect(screen.getByRole('button', { name: 'Step up' })).toBeTruthy();
	});
});
