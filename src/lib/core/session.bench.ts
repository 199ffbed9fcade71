// Engine hot paths (targets: a frame's positionAt well under 0.1 ms; compiling a 200-step routine, with its
// 24,000 paced-rep cues, under 20 ms). Run with `npm run bench`: numbers, not pass/fail, as shared
// machines are noisy.
import { bench, describe } from 'vitest';
import type { Routine } from './routine-schema';
import { advance, createSession, positionAt, settle } from './session';
import { compile } from './timeline';
import { validateRoutine } from './validate-routine';

const big: Routine = {
	schemaVersion: 1,
	id: 'big',
	title: 'Two hundred steps',
	steps: Array.from({ length: 200 }, (_, i) =>
		i % 3 === 2
			? { kind: 'rest' as const, seconds: 10 }
			: { kind: 'reps' as const, name: `Step ${i}`, reps: 20, secondsPerRep: 2, sides: 'each' as const, sets: 3, restSeconds: 15 }
	)
};
const timeline = compile(big);
const running = advance(timeline, createSession(timeline), { type: 'start' }, 0);
const json = JSON.stringify(big);

describe('engine', () => {
	bench('positionAt mid-routine (one display frame)', () => {
		positionAt(timeline, running, 3_600_000);
	});
	bench('settle across the whole 200-step routine after a long freeze', () => {
		settle(timeline, running, 100_000_000);
	});
	bench('compile a 200-step routine', () => {
		compile(big);
	});
	bench('parse and validate a 200-step routine file', () => {
		validateRoutine(JSON.parse(json));
	});
});
