import { describe, expect, it } from 'vitest';
import type { Routine, Step } from './routine-schema';
import { buildRoutine } from './testing/records';
import { compile, nextStepStart, stepStarts, upNext, type Segment } from './timeline';

function routine(steps: Step[], extra: Partial<Routine> = {}): Routine {
	return buildRoutine(extra, steps);
}

/** A compact picture of a timeline: kind, side, set and seconds per segment. */
function shape(segments: Segment[]): string[] {
	return segments.map((s) => {
		const side = s.side ? ` ${s.side}` : '';
		const set = s.sets > 1 && s.kind !== 'get-ready' ? ` set ${s.set}` : '';
		const length = s.durationMs === null ? 'open' : `${s.durationMs / 1000}s`;
		return `${s.kind}${side}${set} ${length}`;
	});
}

describe('compile', () => {
	it('puts a 5 s get-ready before a timed step by default', () => {
		const timeline = compile(routine([{ kind: 'timed', name: 'Plank', seconds: 30 }]));
		expect(shape(timeline.segments)).toEqual(['get-ready 5s', 'work 30s']);
		expect(timeline.totalMs).toBe(35_000);
		expect(timeline.segments[1]?.startMs).toBe(5000);
	});

	it('runs each side as left, switch, right', () => {
		const timeline = compile(routine([{ kind: 'timed', name: 'Pigeon', seconds: 60, sides: 'each' }]));
		expect(shape(timeline.segments)).toEqual(['get-ready left 5s', 'work left 60s', 'switch right 5s', 'work right 60s']);
	});

	it('orders sets as set 1 left, switch, set 1 right, rest, set 2 left…', () => {
		const timeline = compile(
			routine([{ kind: 'timed', name: 'Stretch', seconds: 45, sides: 'each', sets: 2, restSeconds: 10, switchSidesSeconds: 3 }])
		);
		expect(shape(timeline.segments)).toEqual([
			'get-ready left 5s',
			'work left set 1 45s',
			'switch right set 1 3s',
			'work right set 1 45s',
			'set-rest set 1 10s',
			'work left set 2 45s',
			'switch right set 2 3s',
			'work right set 2 45s'
		]);
	});

	it('has no rest between sets unless asked, and none after the last set', () => {
		const timeline = compile(routine([{ kind: 'timed', name: 'Plank', seconds: 20, sets: 3 }]));
		expect(shape(timeline.segments)).toEqual(['get-ready 5s', 'work set 1 20s', 'work set 2 20s', 'work set 3 20s']);
	});

	it('works a single named side without a switch', () => {
		const timeline = compile(routine([{ kind: 'timed', name: 'Ball release', seconds: 90, sides: 'right' }]));
		expect(shape(timeline.segments)).toEqual(['get-ready right 5s', 'work right 90s']);
	});

	it('gives no get-ready before a rest step, and uses "Rest" as its default name', () => {
		const timeline = compile(
			routine([
				{ kind: 'timed', name: 'Roll', seconds: 30 },
				{ kind: 'rest', seconds: 20 }
			])
		);
		expect(shape(timeline.segments)).toEqual(['get-ready 5s', 'work 30s', 'rest 20s']);
		expect(timeline.segments[2]?.name).toBe('Rest');
	});

	it('leaves out zero-length get-ready, switch and rest segments', () => {
		const timeline = compile(
			routine([
				{ kind: 'timed', name: 'A', seconds: 10, sides: 'each', getReadySeconds: 0, switchSidesSeconds: 0 },
				{ kind: 'rest', seconds: 0 }
			])
		);
		expect(shape(timeline.segments)).toEqual(['work left 10s', 'work right 10s']);
	});

	it("takes get-ready from the step, else the user's setting, else the routine, else 5 s", () => {
		const steps: Step[] = [
			{ kind: 'timed', name: 'A', seconds: 10, getReadySeconds: 2 },
			{ kind: 'timed', name: 'B', seconds: 10 }
		];
		expect(shape(compile(routine(steps, { defaults: { getReadySeconds: 7 } }), { getReadySeconds: 9 }).segments)).toEqual([
			'get-ready 2s',
			'work 10s',
			'get-ready 9s',
			'work 10s'
		]);
		expect(shape(compile(routine(steps, { defaults: { getReadySeconds: 7 } })).segments)[2]).toBe('get-ready 7s');
		expect(shape(compile(routine(steps)).segments)[2]).toBe('get-ready 5s');
	});

	it('takes switch and rest lengths from the routine defaults when the step is silent', () => {
		const timeline = compile(
			routine([{ kind: 'timed', name: 'A', seconds: 10, sides: 'each', sets: 2 }], {
				defaults: { switchSidesSeconds: 8, restSeconds: 15, getReadySeconds: 0 }
			})
		);
		expect(shape(timeline.segments)).toEqual([
			'work left set 1 10s',
			'switch right set 1 8s',
			'work right set 1 10s',
			'set-rest set 1 15s',
			'work left set 2 10s',
			'switch right set 2 8s',
			'work right set 2 10s'
		]);
	});

	it('paces reps at secondsPerRep with a cue per rep', () => {
		const timeline = compile(routine([{ kind: 'reps', name: 'Clamshells', reps: 4, secondsPerRep: 2.5 }]));
		const work = timeline.segments[1]!;
		expect(work.durationMs).toBe(10_000);
		expect(work.cues.filter((c) => c.kind === 'rep').map((c) => [c.count, c.atMs])).toEqual([
			[1, 0],
			[2, 2500],
			[3, 5000],
			[4, 7500]
		]);
	});

	it('rounds fractional rep pacing to whole milliseconds', () => {
		const timeline = compile(routine([{ kind: 'reps', name: 'Swings', reps: 3, secondsPerRep: 0.7 }]));
		expect(timeline.segments[1]?.durationMs).toBe(2100);
		expect(Number.isInteger(timeline.totalMs)).toBe(true);
	});

	it('makes reps without secondsPerRep self-paced: open-ended and not counted in the total', () => {
		const timeline = compile(routine([{ kind: 'reps', name: 'Lunges', reps: 10, getReadySeconds: 3 }]));
		expect(shape(timeline.segments)).toEqual(['get-ready 3s', 'work open']);
		expect(timeline.totalMs).toBe(3000);
		expect(timeline.selfPacedCount).toBe(1);
		expect(timeline.segments[1]?.cues).toEqual([{ kind: 'start', atMs: 0 }]);
	});

	it('marks start, halfway, the last three seconds and the end of a timed hold', () => {
		const timeline = compile(routine([{ kind: 'timed', name: 'Hold', seconds: 30 }, { kind: 'rest', seconds: 5 }]));
		expect(timeline.segments[1]?.cues).toEqual([
			{ kind: 'start', atMs: 0 },
			{ kind: 'halfway', atMs: 15_000 },
			{ kind: 'countdown', atMs: 3000, fromEnd: true, count: 3 },
			{ kind: 'countdown', atMs: 2000, fromEnd: true, count: 2 },
			{ kind: 'countdown', atMs: 1000, fromEnd: true, count: 1 },
			{ kind: 'end', atMs: 0, fromEnd: true }
		]);
	});

	it('gives short holds no halfway cue and no countdown longer than the hold', () => {
		const timeline = compile(routine([{ kind: 'timed', name: 'Quick', seconds: 2, getReadySeconds: 0 }]));
		expect(timeline.segments[0]?.cues.map((c) => c.kind)).toEqual(['start', 'countdown', 'finish']);
	});

	it('ends the routine with a finish cue on the last segment', () => {
		const timeline = compile(routine([{ kind: 'timed', name: 'A', seconds: 10 }, { kind: 'rest', seconds: 5 }]));
		const last = timeline.segments.at(-1)!;
		expect(last.cues.at(-1)).toEqual({ kind: 'finish', atMs: 0, fromEnd: true });
		expect(timeline.segments[1]?.cues.some((c) => c.kind === 'finish')).toBe(false);
	});

	it('says the step name and side, or the step’s own say text on its first side', () => {
		const timeline = compile(
			routine([
				{ kind: 'timed', name: 'Pigeon', seconds: 30, sides: 'each' },
				{ kind: 'timed', name: 'Breath', seconds: 30, say: 'Breathe slowly' }
			])
		);
		expect(timeline.segments.map((s) => s.say)).toEqual([
			'Get ready: Pigeon, left side',
			'Pigeon, left side',
			'Switch sides',
			'right side',
			'Get ready: Breath',
			'Breathe slowly'
		]);
	});

	it('lays segments end to end from zero', () => {
		const timeline = compile(
			routine([
				{ kind: 'timed', name: 'A', seconds: 12, sides: 'each', sets: 2, restSeconds: 4 },
				{ kind: 'rest', seconds: 9 },
				{ kind: 'reps', name: 'B', reps: 5, secondsPerRep: 2 }
			])
		);
		let offset = 0;
		for (const segment of timeline.segments) {
			expect(segment.startMs).toBe(offset);
			offset += segment.durationMs ?? 0;
		}
		expect(timeline.totalMs).toBe(offset);
	});
});

describe('finding the way through a timeline', () => {
	// 0 get-ready, 1 A left, 2 switch, 3 A right, 4 set-rest, 5 A left, 6 switch, 7 A right, 8 Rest, 9 get-ready, 10 B
	const timeline = compile(
		routine([
			{ kind: 'timed', name: 'A', seconds: 10, sides: 'each', sets: 2, restSeconds: 20 },
			{ kind: 'rest', seconds: 0 },
			{ kind: 'rest', name: 'Move to the mat', seconds: 15 },
			{ kind: 'reps', name: 'B', reps: 10 }
		])
	);

	it('lists where each step with segments begins', () => {
		expect(stepStarts(timeline)).toEqual([
			{ stepIndex: 0, segmentIndex: 0 },
			{ stepIndex: 2, segmentIndex: 8 },
			{ stepIndex: 3, segmentIndex: 9 }
		]);
	});

	it('finds where the next step begins, or the end', () => {
		expect([0, 4, 7, 8, 9, 10, 11].map((i) => nextStepStart(timeline, i))).toEqual([8, 8, 8, 9, 11, 11, 11]);
	});

	it('names the next exercise, past the get-ready or switch that leads into the current one', () => {
		const next = (i: number) => {
			const s = upNext(timeline, i);
			return s && [s.name, s.side, s.set].filter(Boolean).join(' ');
		};
		expect([0, 1, 2, 3, 4, 7, 8, 9, 10, 11].map(next)).toEqual([
			'A right 1',
			'A right 1',
			'A left 2',
			'A left 2',
			'A left 2',
			'Move to the mat 1',
			'B 1',
			undefined,
			undefined,
			undefined
		]);
	});
});

describe('formatting', () => {
	it("says a step's own words once, at its first side of its first set, and its side after", () => {
		const timeline = compile(
			routine([{ kind: 'timed', name: 'Pigeon', seconds: 5, sides: 'each', sets: 2, getReadySeconds: 0, say: 'Pigeon pose, hips square' }])
		);
		expect(timeline.segments.filter((s) => s.kind === 'work').map((s) => s.say)).toEqual([
			'Pigeon pose, hips square',
			'right side',
			'Pigeon, left side',
			'right side'
		]);
	});
});

describe('side wording', () => {
	it("says each side in the step's own words, from the get-ready on, and the description first", () => {
		const timeline = compile(
			routine([
				{
					kind: 'reps',
					name: 'Clamshells',
					reps: 10,
					sides: 'each',
					sets: 2,
					say: 'Clamshells: knees bent, heels together',
					sideSay: { left: 'Lying on your right side, left knee lifts', right: 'Lying on your left side, right knee lifts' }
				}
			])
		);
		expect(timeline.segments.map((s) => s.say)).toEqual([
			'Get ready: Lying on your right side, left knee lifts',
			'Clamshells: knees bent, heels together',
			'Switch sides',
			'Lying on your left side, right knee lifts',
			'Lying on your right side, left knee lifts',
			'Switch sides',
			'Lying on your left side, right knee lifts'
		]);
	});
});

describe('briefs: instructions read aloud before a step', () => {
	const steps: Step[] = [
		{ kind: 'timed', name: 'Pigeon', seconds: 30, instructions: 'Shin across the mat.' },
		{ kind: 'timed', name: 'Plank', seconds: 30 },
		{ kind: 'rest', seconds: 10, instructions: 'Breathe.' }
	];

	it('puts an open-ended brief before the get-ready of each exercise with instructions, and only when asked', () => {
		const timeline = compile(routine(steps), { briefings: true });
		expect(shape(timeline.segments)).toEqual(['brief open', 'get-ready 5s', 'work 30s', 'get-ready 5s', 'work 30s', 'rest 10s']);
		expect(timeline.segments[0]).toMatchObject({ say: 'Shin across the mat.', cues: [] });
		expect(timeline.totalMs).toBe(80_000);
		expect(timeline.selfPacedCount).toBe(0);
		expect(shape(compile(routine(steps)).segments)[0]).toBe('get-ready 5s');
	});

	it('names, as next, the exercise after the one the brief leads into', () => {
		const timeline = compile(routine(steps), { briefings: true });
		expect(upNext(timeline, 0)?.name).toBe('Plank');
		expect(stepStarts(timeline)[0]).toEqual({ stepIndex: 0, segmentIndex: 0 });
	});
});
