import { describe, expect, it } from 'vitest';
import { cuesBetween } from './cues';
import { describeExercise, phaseLabel, segmentTitle, spokenText } from './labels';
import { advance, createSession } from './session';
import { buildRoutine } from './testing/records';
import { compile, type Segment } from './timeline';

const T0 = 5_000_000;
const timeline = compile(
	buildRoutine({}, [
		{ kind: 'timed', name: 'Hold', seconds: 30, getReadySeconds: 5 },
		{ kind: 'reps', name: 'Clams', reps: 3, secondsPerRep: 2, getReadySeconds: 0 },
		{ kind: 'rest', seconds: 10 },
		{ kind: 'reps', name: 'Lunges', reps: 5, getReadySeconds: 0 }
	])
);
const started = advance(timeline, createSession(timeline), { type: 'start' }, T0);
const at = (from: number, kind?: string) => cuesBetween(timeline, started, T0 + from, T0 + from + 1).find((c) => !kind || c.cue.kind === kind)!;

describe('what the voice says', () => {
	it('says the get-ready and start text, "Halfway", the rest with what is next, and a closing word', () => {
		expect(spokenText(at(0), timeline.segments[1])).toBe('Get ready: Hold');
		expect(spokenText(at(5000, 'start'), timeline.segments[2])).toBe('Hold');
		expect(spokenText(at(20_000), undefined)).toBe('Halfway');
		expect(spokenText(at(41_000, 'rest'), timeline.segments[4])).toBe('Rest. Next: Lunges');
		expect(spokenText({ ...at(0), cue: { kind: 'finish', atMs: 0 } }, undefined)).toBe('Done. Well done.');
	});

	it('says nothing for ticks and countdown beeps', () => {
		expect(spokenText(at(37_000), undefined)).toBeNull();
		expect(spokenText(at(2000), undefined)).toBeNull();
	});
});

describe('what the screen and the lock screen call a segment', () => {
	const clams = compile(
		buildRoutine({}, [{ kind: 'timed', name: 'Clamshells', seconds: 5, sides: 'each', sets: 2, restSeconds: 10, getReadySeconds: 3 }])
	).segments;
	const byKind = (kind: Segment['kind']) => clams.find((s) => s.kind === kind)!;

	it('names every kind of segment, the rest between sets as such (never "set 1 of 2")', () => {
		expect(clams.map((s) => [s.kind, segmentTitle(s)])).toEqual([
			['get-ready', 'Clamshells — left, set 1 of 2'],
			['work', 'Clamshells — left, set 1 of 2'],
			['switch', 'Switch to right'],
			['work', 'Clamshells — right, set 1 of 2'],
			['set-rest', 'Rest before set 2 of 2'],
			['work', 'Clamshells — left, set 2 of 2'],
			['switch', 'Switch to right'],
			['work', 'Clamshells — right, set 2 of 2']
		]);
	});

	it('gives each kind its phase word', () => {
		expect((['get-ready', 'work', 'switch', 'set-rest', 'rest'] as const).map(phaseLabel)).toEqual([
			'Get ready',
			'Go',
			'Switch sides',
			'Rest',
			'Rest'
		]);
	});

	it('describes the exercise with its side and set only where they apply', () => {
		expect(describeExercise(byKind('work'))).toBe('Clamshells — left, set 1 of 2');
		expect(describeExercise(timeline.segments[1]!)).toBe('Hold');
	});
});
