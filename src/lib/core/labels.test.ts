import { describe, expect, it } from 'vitest';
import { cuesBetween } from './cues';
import {
	describeExercise,
	dialReading,
	nextLabel,
	phaseLabel,
	segmentTitle,
	sideBadge,
	spokenText,
	splitInstructions,
	workingLength
} from './labels';
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

describe('what the player shows large', () => {
	const clams = compile(buildRoutine({}, [{ kind: 'reps', name: 'Clamshells', reps: 15, secondsPerRep: 3, sides: 'each' }])).segments;
	const work = clams.find((s) => s.kind === 'work')!;
	const ready = clams[0]!;
	const selfPaced = compile(buildRoutine({}, [{ kind: 'reps', name: 'Bridges', reps: 12, getReadySeconds: 0 }])).segments[0]!;

	it('shows the time left for a timed segment, and nothing second', () => {
		expect(dialReading(ready, { elapsedMs: 1000, remainingMs: 4000, rep: null })).toEqual({
			main: '0:04',
			mainLabel: 'Time left in this step',
			unit: null,
			second: null
		});
	});

	it('shows the rep for paced reps, the time left second', () => {
		expect(dialReading(work, { elapsedMs: 19_000, remainingMs: 26_000, rep: 7 })).toMatchObject({
			main: '7 / 15',
			second: '0:26 left'
		});
	});

	it('shows the reps to do for a self-paced step, and the whole seconds so far', () => {
		expect(dialReading(selfPaced, { elapsedMs: 42_999, remainingMs: null, rep: null })).toEqual({
			main: '12',
			mainLabel: 'Reps to do',
			unit: 'reps',
			second: '0:42 so far'
		});
	});

	it('names a side in a letter and in words', () => {
		expect(sideBadge('left')).toEqual({ short: 'L', words: 'left side' });
		expect(sideBadge('right')).toEqual({ short: 'R', words: 'right side' });
	});

	it('says what comes next with its side, set and working length, never the get-ready length', () => {
		const three = compile(buildRoutine({}, [{ kind: 'timed', name: 'Pigeon', seconds: 45, sides: 'each', sets: 3 }])).segments;
		expect(nextLabel(three.find((s) => s.kind === 'work' && s.side === 'right' && s.set === 2)!)).toBe(
			'Pigeon — right, set 2 of 3 · 0:45'
		);
		expect(nextLabel(selfPaced)).toBe('Bridges · 12 reps, your pace');
		expect(workingLength({ ...selfPaced, reps: undefined })).toBe('your pace');
	});
});

describe('instructions, first sentence apart', () => {
	it('splits after the first sentence, wherever it ends', () => {
		expect(splitInstructions('Lie on your side. Knees bent! Keep the feet together.')).toEqual({
			first: 'Lie on your side.',
			rest: 'Knees bent! Keep the feet together.'
		});
		expect(splitInstructions('Breathe out? Then lower.')).toEqual({ first: 'Breathe out?', rest: 'Then lower.' });
	});

	it('keeps a single sentence, or a sentence without a stop, whole', () => {
		expect(splitInstructions('  Roll slowly from hip to knee.  ')).toEqual({ first: 'Roll slowly from hip to knee.', rest: '' });
		expect(splitInstructions('Ball at 2.5 cm from the bone')).toEqual({ first: 'Ball at 2.5 cm from the bone', rest: '' });
	});
});

describe('what a brief shows', () => {
	it('says to listen, then get ready', () => {
		const brief = compile(buildRoutine({}, [{ kind: 'timed', name: 'Pigeon', seconds: 30, instructions: 'Shin across.' }]), { briefings: true })
			.segments[0]!;
		expect(phaseLabel(brief.kind)).toBe('Instructions');
		expect(dialReading(brief, { elapsedMs: 3000, remainingMs: null, rep: null })).toMatchObject({ main: 'Listen', second: 'then get ready' });
	});
});
