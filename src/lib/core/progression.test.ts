import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckIn } from './check-in';
import {
	applyDose,
	describeChange,
	dosedRoutine,
	describeDose,
	proposeDose,
	rulesFor,
	sameDose,
	stepBackChanges,
	stepUpChanges,
	valueUnder,
	wentFine,
	withChanges,
	type Dose,
	type DosedSession
} from './progression';
import type { ProgressionRule, Routine } from './routine-schema';
import { validateRoutine } from './validate-routine';
import { fuzzRuns } from './testing/fuzz';

const DAY = 86_400_000;
const routine: Routine = {
	schemaVersion: 1,
	id: 'glutes',
	title: 'Glutes',
	steps: [
		{ kind: 'timed', id: 'bridge', name: 'Bridge hold', seconds: 30 },
		{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 10, sets: 2 },
		{ kind: 'rest', id: 'breather', seconds: 10 },
		{ kind: 'timed', name: 'Pigeon', seconds: 60 }
	],
	progression: {
		steps: [
			{ step: 'bridge', change: 'seconds', by: 5, max: 40 },
			{ step: 'clams', change: 'reps', by: 2, max: 14 }
		]
	}
};
const rules = routine.progression!.steps;

/** A session with scores for one spot: before, after, and the next day. */
function session(id: string, day: number, scores: [number, number, number | undefined], extra: Partial<DosedSession> = {}): DosedSession {
	const startedAt = Date.UTC(2026, 10, day, 8);
	const checkIns: CheckIn[] = [
		{ spot: 'Left hip', moment: 'before', score: scores[0], at: startedAt },
		{ spot: 'Left hip', moment: 'after', score: scores[1], at: startedAt + 600_000 },
		...(scores[2] === undefined ? [] : [{ spot: 'Left hip', moment: 'next-day' as const, score: scores[2], at: startedAt + DAY }])
	];
	return { id, startedAt, status: 'completed', checkIns, ...extra };
}

function propose(sessions: DosedSession[], dose: Dose = {}, extra: Partial<Parameters<typeof proposeDose>[0]> = {}) {
	return proposeDose({ routine, dose, rules, sessions, checkIns: sessions.flatMap((s) => s.checkIns), nowMs: Date.UTC(2026, 10, 20, 12), limit: 3, ...extra });
}

describe('a dose', () => {
	it('is an overlay: the routine as dosed, the routine itself untouched', () => {
		const dose: Dose = { bridge: { seconds: 35 }, clams: { reps: 12, sets: 3, seconds: 99 }, breather: { seconds: 60 } };
		const dosed = applyDose(routine, dose);
		expect(dosed.steps.map((step) => ('reps' in step ? [step.reps, step.sets] : step.seconds))).toEqual([35, [12, 3], 10, 60]);
		// A reps step has no seconds, a rest no dose: neither is given one.
		expect('seconds' in dosed.steps[1]!).toBe(false);
		expect(routine.steps[0]).toMatchObject({ seconds: 30 });
		expect(applyDose(routine, {})).toBe(routine);
		expect(validateRoutine(dosed).ok).toBe(true);
	});

	it('reads the value in force, the dose’s or the routine’s', () => {
		expect(valueUnder(routine, { clams: { reps: 12 } }, 'clams', 'reps')).toBe(12);
		expect(valueUnder(routine, {}, 'clams', 'sets')).toBe(2);
		expect(valueUnder(routine, {}, 'gone', 'reps')).toBeUndefined();
		expect(sameDose(undefined, {})).toBe(true);
		expect(sameDose({ clams: { reps: 12 } }, { clams: { reps: 12 } })).toBe(true);
		expect(sameDose({ clams: { reps: 12 } }, { clams: { reps: 14 } })).toBe(false);
	});

	it('steps up by each rule, to its ceiling and no further', () => {
		const first = stepUpChanges(routine, {}, rules);
		expect(first.map(describeChange)).toEqual(['Bridge hold: 30 s → 35 s', 'Clamshells: 10 reps → 12 reps']);
		let dose = withChanges({}, first);
		dose = withChanges(dose, stepUpChanges(routine, dose, rules));
		expect(dose).toEqual({ bridge: { seconds: 40 }, clams: { reps: 14 } });
		expect(stepUpChanges(routine, dose, rules)).toEqual([]);
		expect(describeDose(routine, dose)).toBe('Bridge hold 40 s, Clamshells 14 reps');
	});

	it('steps back by each rule, never below the routine’s own values', () => {
		const dose: Dose = { bridge: { seconds: 33 }, clams: { reps: 14 } };
		const back = stepBackChanges(routine, dose, rules);
		expect(back.map((change) => [change.stepId, change.to])).toEqual([
			['bridge', 30],
			['clams', 12]
		]);
		expect(stepBackChanges(routine, {}, rules)).toEqual([]);
	});

	it('stays within the ceiling and above the routine whatever the steps taken (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.boolean(), { maxLength: 20 }), (moves) => {
				let dose: Dose = {};
				for (const up of moves) dose = withChanges(dose, up ? stepUpChanges(routine, dose, rules) : stepBackChanges(routine, dose, rules));
				for (const rule of rules) {
					const value = valueUnder(routine, dose, rule.step, rule.change)!;
					expect(value).toBeLessThanOrEqual(rule.max);
					expect(value).toBeGreaterThanOrEqual(valueUnder(routine, {}, rule.step, rule.change)!);
				}
				expect(validateRoutine(applyDose(routine, dose)).ok).toBe(true);
			}),
			{ numRuns: fuzzRuns(300) }
		);
	});

	it('follows the entry’s own rules over the routine’s, dropping rules for steps it lacks', () => {
		const own: ProgressionRule[] = [
			{ step: 'clams', change: 'sets', by: 1, max: 4 },
			{ step: 'pigeon', change: 'seconds', by: 5, max: 90 },
			{ step: 'clams', change: 'seconds', by: 5, max: 90 }
		];
		expect(rulesFor(routine, own)).toEqual([own[0]]);
		expect(rulesFor(routine, undefined)).toEqual(rules);
		expect(rulesFor({ ...routine, progression: undefined }, undefined)).toEqual([]);
	});
});

describe('whether a session went fine', () => {
	it('asks for after at or below the limit and a next day no worse than before', () => {
		expect(wentFine(session('a', 10, [4, 3, 4]), 3)).toBe(true);
		expect(wentFine(session('a', 10, [4, 4, 3]), 3)).toBe(false);
		expect(wentFine(session('a', 10, [2, 1, 3]), 3)).toBe(false);
		expect(wentFine(session('a', 10, [4, 3, undefined]), 3)).toBe(false);
		expect(wentFine(session('a', 10, [4, 3, 2], { status: 'partial' }), 3)).toBe(false);
		expect(wentFine({ ...session('a', 10, [4, 3, 2]), checkIns: [] }, 3)).toBe(false);
		expect(wentFine(session('a', 10, [6, 5, 5]), 5)).toBe(true);
	});
});

describe('what the plan proposes', () => {
	const fine = [session('s1', 14, [4, 2, 3]), session('s2', 16, [3, 2, 3]), session('s3', 18, [3, 1, 2])];

	it('steps up after three fine sessions in a row at this dose', () => {
		const proposal = propose(fine);
		expect(proposal).toMatchObject({ direction: 'up', basedOn: 's3' });
		expect(proposal?.changes.map(describeChange)).toEqual(['Bridge hold: 30 s → 35 s', 'Clamshells: 10 reps → 12 reps']);
	});

	it('holds with fewer than three, one not fine, or one at another dose', () => {
		expect(propose(fine.slice(1))).toBeNull();
		expect(propose([...fine.slice(0, 2), session('s3', 18, [3, 4, 2])])).toBeNull();
		expect(propose([...fine.slice(0, 2), session('s3', 18, [3, 1, 4])])).toBeNull();
		expect(propose(fine, { clams: { reps: 12 } })).toBeNull();
		const atNewDose = fine.map((s) => ({ ...s, dose: { clams: { reps: 12 } } }));
		expect(propose(atNewDose, { clams: { reps: 12 } })?.changes.map((c) => c.to)).toEqual([35, 14]);
	});

	it('counts the three latest, whatever order they come in', () => {
		expect(propose([fine[2]!, session('s0', 12, [3, 6, 6]), fine[0]!, fine[1]!])?.direction).toBe('up');
		expect(propose([...fine, session('s4', 19, [3, 5, 3])])).toBeNull();
	});

	it('proposes nothing again once declined, until a later session', () => {
		expect(propose(fine, {}, { declined: 's3' })).toBeNull();
		expect(propose([...fine, session('s4', 19, [3, 1, 2])], {}, { declined: 's3' })?.basedOn).toBe('s4');
	});

	it('proposes nothing at the ceiling, or without rules', () => {
		expect(propose(fine, { bridge: { seconds: 40 }, clams: { reps: 14 } })).toBeNull();
		expect(propose(fine, {}, { rules: [] })).toBeNull();
	});

	it('steps back when the next-day scores are rising, and holds on a score of 7', () => {
		const rising = [session('r1', 6, [2, 1, 1]), session('r2', 8, [2, 1, 2]), session('r3', 16, [3, 2, 4]), session('r4', 18, [4, 3, 5])];
		const proposal = propose(rising, { bridge: { seconds: 40 }, clams: { reps: 12 } });
		expect(proposal).toMatchObject({ direction: 'back', basedOn: 'r4', reason: 'Your next-day pain has been rising this week.' });
		expect(proposal?.changes.map((c) => c.to)).toEqual([35, 10]);
		// At the routine's own dose there is nothing to step back to.
		expect(propose(rising)).toBeNull();
		// A 7 this week (no rise) holds the dose: no step up even after three fine sessions.
		expect(propose(fine, {}, { checkIns: [...fine.flatMap((s) => s.checkIns), { spot: 'Calf', moment: 'before', score: 7, at: Date.UTC(2026, 10, 19) }] })).toBeNull();
	});
});

describe('the format\'s limits and a routine\'s own rules', () => {
	it('never steps a value up past what the routine format allows, whatever a rule\'s ceiling says', () => {
		// A rule stored by hand (or by an older version) with a ceiling the format cannot hold.
		const wild: ProgressionRule[] = [
			{ step: 'clams', change: 'reps', by: 100, max: 3600 },
			{ step: 'clams', change: 'sets', by: 30, max: 3600 }
		];
		const changes = stepUpChanges(routine, { clams: { reps: 450, sets: 40 } }, wild);
		expect(changes.map((c) => [c.change, c.to])).toEqual([
			['reps', 500],
			['sets', 50]
		]);
		expect(stepUpChanges(routine, { clams: { reps: 500, sets: 50 } }, wild)).toEqual([]);
	});

	it('plays a dose above the routine\'s own ceilings as a valid routine', () => {
		// The user's own rule took the bridge to 60 s; the routine ships a ceiling of 40.
		const dosed = dosedRoutine(routine, 'entry-1', { bridge: { seconds: 60 } });
		expect(validateRoutine(dosed)).toMatchObject({ ok: true });
		expect(dosed.steps[0]).toMatchObject({ seconds: 60 });
		expect(routine.progression?.steps).toHaveLength(2);
	});

	it('steps a raised dose back to the routine\'s own values when the rules that raised it are gone', () => {
		const rising = [session('r1', 6, [2, 1, 1]), session('r2', 8, [2, 1, 2]), session('r3', 16, [3, 2, 4]), session('r4', 18, [4, 3, 5])];
		const proposal = propose(rising, { clams: { reps: 14, sets: 3 } }, { rules: [] });
		expect(proposal).toMatchObject({ direction: 'back' });
		expect(proposal?.changes.map((c) => [c.change, c.from, c.to])).toEqual([
			['reps', 14, 10],
			['sets', 3, 2]
		]);
		// A rule still there steps back by its own amount.
		expect(propose(rising, { clams: { reps: 14 } })?.changes.map((c) => c.to)).toEqual([12]);
		// Nothing raised, nothing to step back, with or without rules.
		expect(propose(rising, {}, { rules: [] })).toBeNull();
	});
});

describe('a dose in words', () => {
	it('names the steps from the routine, or by id when its content is gone', () => {
		const dose: Dose = { clams: { reps: 12, sets: 3 }, bridge: { seconds: 35 } };
		expect(describeDose(routine, dose)).toBe('Bridge hold 35 s, Clamshells 3 sets × 12 reps');
		expect(describeDose(undefined, dose)).toBe('clams 3 sets × 12 reps, bridge 35 s');
		expect(describeDose(routine, {})).toBe('');
	});
});

describe('a dose after the routine is edited (probe)', () => {
	it('does not describe a value the step no longer has: a reps dose on a step changed to timed', () => {
		// The user edits their routine: Clamshells becomes a 45 s hold (the editor keeps the step's id).
		const edited: Routine = { ...routine, steps: routine.steps.map((step) => (step.id === 'clams' ? { kind: 'timed', id: 'clams', name: 'Clamshells', seconds: 45 } : step)) };
		const dose: Dose = { clams: { reps: 14 } };
		// It plays 45 s: the reps dose no longer applies to the step...
		expect(applyDose(edited, dose).steps[1]).toMatchObject({ kind: 'timed', seconds: 45 });
		// ...but the plan screen and the routine page say it plays with "Clamshells 14 reps".
		expect(describeDose(edited, dose)).not.toContain('14 reps');
	});

	it('never plays a step below the routine’s own value after the user raised it in the editor', () => {
		// A dose of 14 reps was accepted while the routine said 10; the user then edits the routine to 20.
		const edited: Routine = { ...routine, steps: routine.steps.map((step) => (step.id === 'clams' ? { ...step, reps: 20 } : step)) as Routine['steps'] };
		const dose: Dose = { clams: { reps: 14 } };
		// From Today it plays 14 reps, not the 20 the user just wrote...
		expect(applyDose(edited, dose).steps[1]).toMatchObject({ reps: 20 });
		// ...and "Step up" offers 16, a step down from the routine's own 20.
		for (const change of stepUpChanges(edited, dose, [{ step: 'clams', change: 'reps', by: 2, max: 30 }])) expect(change.to).toBeGreaterThan(20);
	});
});

describe('a declined step up and rising pain (probe)', () => {
	it('still proposes a step back when the pain rises after the user said "Not now" to a step up', () => {
		const dose: Dose = { clams: { reps: 12 } };
		// Three fine sessions at 12 reps: a step up was proposed on s3, and the user tapped "Not now".
		const atTwelve = [session('s1', 14, [4, 2, 3]), session('s2', 16, [3, 2, 3]), session('s3', 18, [3, 1, 2])].map((s) => ({ ...s, dose }));
		expect(propose(atTwelve, dose)).toMatchObject({ direction: 'up', basedOn: 's3' });
		// Since then the knee's next-day scores have been rising (from the user's other routines).
		const knee = (day: number, nextDay: number): CheckIn[] => [
			{ spot: 'Right knee', moment: 'before', score: 2, at: Date.UTC(2026, 10, day, 8) },
			{ spot: 'Right knee', moment: 'next-day', score: nextDay, at: Date.UTC(2026, 10, day + 1, 8) }
		];
		const checkIns = [...atTwelve.flatMap((s) => s.checkIns), ...knee(6, 1), ...knee(8, 2), ...knee(16, 4), ...knee(18, 5)];
		expect(propose(atTwelve, dose, { checkIns })).toMatchObject({ direction: 'back' });
		// With the step up declined, the plan no longer offers to ease off: the raised dose stays.
		expect(propose(atTwelve, dose, { checkIns, declined: 's3' })).toMatchObject({ direction: 'back' });
	});
});
