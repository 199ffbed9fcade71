/** fast-check generators for routine files and session events, shared by the property tests. */
import fc from 'fast-check';
import type { Routine, Step } from '../routine-schema';
import { CHECK_IN_MOMENTS, normalizeSpot, SORE_SPOTS, type CheckIn } from '../check-in';
import type { SessionEvent } from '../session';
import type { SessionRecord } from '../session-record';
import { RECORD_VERSION } from '../stored-record';

const name = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s));
const seconds = (min: number, max: number) => fc.integer({ min, max });

const workExtras = {
	sides: fc.constantFrom('left', 'right', 'each'),
	sets: fc.integer({ min: 1, max: 4 }),
	restSeconds: seconds(0, 20),
	getReadySeconds: seconds(0, 10),
	switchSidesSeconds: seconds(0, 10),
	instructions: name,
	say: name
} as const;

const timedStep: fc.Arbitrary<Step> = fc.record(
	{ kind: fc.constant('timed' as const), name, seconds: seconds(1, 120), ...workExtras },
	{ requiredKeys: ['kind', 'name', 'seconds'] }
);

const repsStep: fc.Arbitrary<Step> = fc.record(
	{
		kind: fc.constant('reps' as const),
		name,
		reps: fc.integer({ min: 1, max: 30 }),
		secondsPerRep: fc.constantFrom(0.5, 1, 1.5, 2, 2.5, 3, 4.25),
		...workExtras
	},
	{ requiredKeys: ['kind', 'name', 'reps'] }
);

const restStep: fc.Arbitrary<Step> = fc.record(
	{ kind: fc.constant('rest' as const), seconds: seconds(0, 60), name },
	{ requiredKeys: ['kind', 'seconds'] }
);

/** Any valid routine (small enough to run many times). */
export const routineArbitrary: fc.Arbitrary<Routine> = fc.record(
	{
		schemaVersion: fc.constant(1 as const),
		id: fc.stringMatching(/^[a-z0-9-]{1,64}$/),
		title: name,
		description: name,
		caution: name,
		tags: fc.array(name, { maxLength: 3 }),
		equipment: fc.array(name, { maxLength: 3 }),
		defaults: fc.record(
			{ getReadySeconds: seconds(0, 10), switchSidesSeconds: seconds(0, 10), restSeconds: seconds(0, 20) },
			{ requiredKeys: [] }
		),
		steps: fc.array(fc.oneof(timedStep, repsStep, restStep), { minLength: 1, maxLength: 8 })
	},
	{ requiredKeys: ['schemaVersion', 'id', 'title', 'steps'] }
) as fc.Arbitrary<Routine>;

/** A routine with no self-paced steps, so it always runs to an end on its own. */
export const timedRoutineArbitrary: fc.Arbitrary<Routine> = routineArbitrary.map((routine) => ({
	...routine,
	steps: routine.steps.map((step) =>
		step.kind === 'reps' && step.secondsPerRep === undefined ? { ...step, secondsPerRep: 1 } : step
	)
}));

/** Any user event, including ones that make no sense at the moment they arrive. */
export const eventArbitrary: fc.Arbitrary<SessionEvent> = fc.oneof(
	fc.constant({ type: 'pause' } as const),
	fc.constant({ type: 'resume' } as const),
	fc.constant({ type: 'skip' } as const),
	fc.constant({ type: 'back' } as const),
	fc.constant({ type: 'add-time' } as const),
	fc.constant({ type: 'done' } as const),
	fc.constant({ type: 'finish' } as const),
	// Out-of-range indexes too: they must change nothing.
	fc.integer({ min: -2, max: 40 }).map((index) => ({ type: 'jump', index }) as const)
);

/** Events with the gap (ms) before each, most of them but not all within a segment's length. */
export const eventScriptArbitrary = fc.array(
	fc.record({ gapMs: fc.integer({ min: 0, max: 90_000 }), event: eventArbitrary }),
	{ maxLength: 12 }
);

const instantArbitrary = fc.integer({ min: Date.parse('2015-01-01'), max: Date.parse('2040-01-01') });

/** A check-in on any spot, listed or typed (any text that tidies to a name). */
export const checkInArbitrary: fc.Arbitrary<CheckIn> = fc.record({
	spot: fc.oneof(fc.constantFrom(...SORE_SPOTS), fc.string({ minLength: 1, maxLength: 40 }).map((text) => normalizeSpot(text) ?? 'Sore spot')),
	moment: fc.constantFrom(...CHECK_IN_MOMENTS),
	score: fc.integer({ min: 0, max: 10 }),
	at: instantArbitrary
});

/** A history record as the app could have filed and edited it: any text in names and notes. */
export const sessionRecordArbitrary: fc.Arbitrary<SessionRecord> = fc
	.record(
		{
			id: fc.uuid(),
			routineId: fc.string({ minLength: 1, maxLength: 64 }),
			routineTitle: fc.string({ maxLength: 80 }),
			startedAt: instantArbitrary,
			lengthMs: fc.integer({ min: 0, max: 4 * 3_600_000 }),
			status: fc.constantFrom('completed' as const, 'partial' as const),
			activeSeconds: fc.integer({ min: 0, max: 14_400 }),
			steps: fc.array(
				fc.record({
					name: fc.string({ maxLength: 40 }),
					status: fc.constantFrom('done' as const, 'skipped' as const, 'partial' as const),
					secondsSpent: fc.integer({ min: 0, max: 3600 }),
					secondsPlanned: fc.option(fc.integer({ min: 0, max: 3600 }), { nil: null })
				}),
				{ maxLength: 8 }
			),
			checkIns: fc.uniqueArray(checkInArbitrary, { maxLength: 6, selector: (c) => `${c.spot.toLowerCase()}|${c.moment}` }),
			notes: fc.string({ minLength: 1, maxLength: 200 }),
			loggedByHand: fc.constant(true as const)
		},
		{ requiredKeys: ['id', 'routineId', 'routineTitle', 'startedAt', 'lengthMs', 'status', 'activeSeconds', 'steps', 'checkIns'] }
	)
	.map(({ lengthMs, steps, ...rest }) => ({
		recordVersion: RECORD_VERSION,
		updatedAt: rest.startedAt + lengthMs,
		endedAt: rest.startedAt + lengthMs,
		steps: steps.map((step, stepIndex) => ({ stepIndex, ...step })),
		...rest
	}));
