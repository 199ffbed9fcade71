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

	it('ships the six routines, each file named after its id, none left out', () => {
		expect(builtinRoutines.map((r) => r.id)).toEqual([
			'post-run-hip-reset',
			'post-run-cool-down',
			'pre-run-warm-up',
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
		expect(routine.equipment?.length).toBeGreaterThan(0);
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
});
