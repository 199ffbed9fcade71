import { describe, expect, it } from 'vitest';
import { compile } from '$lib/core/timeline';
import { formatError, validateRoutine } from '$lib/core/validate-routine';
import { builtinRoutines } from './index';

/** Every shipped file as it is on disk, read here so the app exports nothing just for the tests. */
const builtinRoutineFiles = import.meta.glob<unknown>('./*.json', { eager: true, import: 'default' });

const SEED_TITLES = [
	'Pain in the Gluteus Medius',
	'How to release your tight glute medius and minimus muscles',
	'Hip Pain When Running',
	'Soleus: Calf, Sacro-Illiac and Migraine Pain',
	'hips get sore after running'
];

describe('built-in routines', () => {
	it.each(Object.entries(builtinRoutineFiles))('%s is a valid routine file', (_file, data) => {
		const result = validateRoutine(data);
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
	});

	// The browser trusts the files the build validated (index.ts), so the validator must hand back each
	// file exactly as it is: nothing stripped, nothing defaulted (content hashes and links rest on it).
	it.each(Object.entries(builtinRoutineFiles))('%s is read in the browser exactly as the validator reads it', (_file, data) => {
		const result = validateRoutine(data);
		expect(result.ok && result.routine).toStrictEqual(data);
	});

	it('ships the seven routines, each file named after its id, none left out', () => {
		expect(builtinRoutines.map((r) => r.id)).toEqual([
			'post-run-hip-reset',
			'post-run-cool-down',
			'pre-run-warm-up',
			'desk-break',
			'glute-medius-strength',
			'soleus-calf-care',
			'restorative-wind-down'
		]);
		for (const [file, data] of Object.entries(builtinRoutineFiles)) {
			expect(file).toBe(`./${(data as { id: string }).id}.json`);
		}
	});

	it.each(builtinRoutines.map((r) => [r.id, r] as const))('%s names the article it draws on and has a caution', (_id, routine) => {
		expect(SEED_TITLES.some((title) => routine.description?.includes(title))).toBe(true);
		expect(routine.caution).toBeTruthy();
	});

	it.each(builtinRoutines.map((r) => [r.id, r] as const))('%s compiles to a routine of 3 to 25 minutes', (_id, routine) => {
		const timeline = compile(routine);
		expect(timeline.totalMs).toBeGreaterThanOrEqual(3 * 60_000);
		expect(timeline.totalMs).toBeLessThanOrEqual(25 * 60_000);
	});

	it('includes the post-run hip reset from the first article: quads, stick above the knee, ball release, hip flexors', () => {
		const names = builtinRoutines.find((r) => r.id === 'post-run-hip-reset')?.steps.map((s) => s.name) ?? [];
		expect(names).toEqual(
			expect.arrayContaining([
				'Foam-roll quads',
				'Stick just above the knee',
				'Ball release: glute medius and minimus',
				'Kneeling hip-flexor stretch'
			])
		);
	});

	describe('rules a physiotherapist would hold them to', () => {
		const routines = builtinRoutines.map((r) => [r.id, r] as const);
		const extension = (value: object, key: string) => (value as Record<string, unknown>)[key];

		it.each(routines)('%s: every static stretch holds at least 60 s in total per side (ACSM)', (_id, routine) => {
			for (const step of routine.steps) {
				if (step.kind === 'rest') continue;
				const isStretch = /stretch/i.test(step.name) || extension(step, 'x-dose') === 'static-stretch';
				if (!isStretch) continue;
				expect(extension(step, 'x-dose'), `${step.name} is marked a static stretch`).toBe('static-stretch');
				expect(step.kind, step.name).toBe('timed');
				if (step.kind === 'timed') expect(step.seconds * (step.sets ?? 1), step.name).toBeGreaterThanOrEqual(60);
			}
		});

		it.each(routines)('%s: the caution says when to stop and when to see a professional', (_id, routine) => {
			expect(routine.caution).toMatch(/\bstop\b/i);
			expect(routine.caution).toMatch(/physiotherapist|physical therapist|doctor/i);
		});

		it.each(routines)('%s: every per-side step names the working side in words', (_id, routine) => {
			for (const step of routine.steps) {
				if (step.kind === 'rest' || step.sides === undefined) continue;
				const words = step.sideSay;
				expect(words, step.name).toBeDefined();
				if (step.sides !== 'right') expect(words?.left, step.name).toMatch(/\bleft\b/i);
				if (step.sides !== 'left') expect(words?.right, step.name).toMatch(/\bright\b/i);
			}
		});

		it.each(routines)('%s: the description gives the real length, "about N min", and how often in x-frequency', (_id, routine) => {
			const stated = Number(/about (\d+) min/.exec(routine.description ?? '')?.[1]);
			const compiled = compile(routine).totalMs / 60_000;
			expect(Math.abs(stated - compiled), `about ${stated} min, compiles to ${compiled.toFixed(1)} min`).toBeLessThanOrEqual(1);
			expect(extension(routine, 'x-frequency')).toEqual(expect.stringMatching(/\S/));
		});

		it('covers what the articles ask for: a quad stretch, inner-thigh strength, an IT band stretch, a desk break', () => {
			const steps = builtinRoutines.flatMap((r) => r.steps);
			const named = (pattern: RegExp) => steps.filter((s) => s.kind !== 'rest' && pattern.test(s.name));
			expect(named(/quad/i).some((s) => extension(s, 'x-dose') === 'static-stretch')).toBe(true);
			expect(named(/inner[- ]thigh|adduct/i).length).toBeGreaterThan(0);
			expect(named(/IT band|outer hip|lateral hip/i).some((s) => extension(s, 'x-dose') === 'static-stretch')).toBe(true);
			const desk = builtinRoutines.find((r) => r.id === 'desk-break');
			expect(desk && compile(desk).totalMs / 60_000).toBeGreaterThanOrEqual(4);
			expect(desk && compile(desk).totalMs / 60_000).toBeLessThanOrEqual(7);
		});
	});
});
