import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routineArbitrary } from './testing/arbitraries';
import { decodeRoutineLink, encodeRoutineLink, routineLinkFragment, routineLinkInFragment, ROUTINE_LINK_VERSION } from './routine-link';
import { canonicalJson } from './routine-content';
import type { Routine } from './routine-schema';
import { validateRoutine } from './validate-routine';
import { deeplyNestedText, fuzzRuns, hugeString } from './testing/fuzz';

// The shipped routines, read as files (core tests do not import the routines module).
const builtinRoutines: Routine[] = Object.values(import.meta.glob<unknown>('../routines/*.json', { eager: true, import: 'default' })).flatMap((data) => {
	const result = validateRoutine(data);
	return result.ok ? [result.routine] : [];
});

const damaged = /^This link is damaged/;

async function deflate(text: string): Promise<string> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return Buffer.from(await new Response(stream).arrayBuffer()).toString('base64url');
}

describe('routine links', () => {
	it('carry every built-in there and back, each short enough for one QR code', async () => {
		expect(builtinRoutines).toHaveLength(7);
		const lengths: Record<string, number> = {};
		for (const routine of builtinRoutines) {
			const fragment = await routineLinkFragment(routine);
			lengths[routine.id] = fragment.length;
			const value = routineLinkInFragment(fragment);
			expect(value).not.toBeNull();
			const read = await decodeRoutineLink(value ?? '');
			expect(read).toEqual({ ok: true, routine: expect.anything() });
			// Everything but $schema, which a link leaves out (it says where the schema lives, not what the routine is).
			const { $schema: _schema, ...content } = routine as typeof routine & { $schema?: string };
			if (read.ok) expect(canonicalJson(read.routine)).toBe(canonicalJson(content));
		}
		// Reported in the closing note of issue 13. Their text is the format-2 dictionary, so each is a
		// few dozen characters (without it, 1,850–2,650: their prose is long).
		console.info('Routine link fragment lengths:', lengths);
		for (const length of Object.values(lengths)) expect(length).toBeLessThanOrEqual(200);
	});

	it('carry any valid routine there and back, with its x- keys', async () => {
		await fc.assert(
			fc.asyncProperty(routineArbitrary, fc.string(), async (routine, extra) => {
				const withExtension = { ...routine, 'x-note': extra };
				const read = await decodeRoutineLink(await encodeRoutineLink(withExtension));
				expect(read.ok && canonicalJson(read.routine)).toBe(canonicalJson(withExtension));
			}),
			{ numRuns: 60 }
		);
	});

	it('keep a routine of everyday size (eight steps with a line of instructions each) under 1,200 characters', async () => {
		const routine = {
			schemaVersion: 1 as const,
			id: 'calf-care-from-my-physio',
			title: 'Calf care from my physio',
			equipment: ['mat', 'step'],
			caution: 'Stop if the Achilles hurts sharply, and tell your physiotherapist.',
			steps: Array.from({ length: 8 }, (_, i) => ({
				kind: 'timed' as const,
				name: `Exercise ${i + 1}: ${['calf raise', 'soleus stretch', 'ankle circles', 'toe walk'][i % 4]}`,
				seconds: 30 + i * 5,
				sides: 'each' as const,
				instructions: `Keep the heel down and breathe out slowly; ease off if it pinches. Round ${i + 1}.`
			}))
		};
		expect((await routineLinkFragment(routine)).length).toBeLessThanOrEqual(1200);
	});

	it('keep a built-in adjusted by hand (a step renamed and longer, one more step, a new title) short', async () => {
		for (const builtin of builtinRoutines) {
			const adjusted: Routine = {
				...builtin,
				id: `${builtin.id}-mine`,
				title: `${builtin.title}, as my physio set it`,
				steps: [...builtin.steps.map((step, i) => (i === 1 && step.kind === 'timed' ? { ...step, name: `${step.name} (gently)`, seconds: step.seconds + 15 } : step)), { kind: 'rest', name: 'Breathe', seconds: 30 }]
			};
			expect((await routineLinkFragment(adjusted)).length, builtin.id).toBeLessThanOrEqual(300);
		}
	});

	it('still read links of format 1, written before the dictionary', async () => {
		const routine = builtinRoutines[0]!;
		const { $schema: _schema, ...content } = routine as typeof routine & { $schema?: string };
		const read = await decodeRoutineLink(`1.${await deflate(canonicalJson(content))}`);
		expect(read.ok && canonicalJson(read.routine)).toBe(canonicalJson(content));
	});

	it('refuse a format-2 link that was compressed without the dictionary, or a format-1 link with it', async () => {
		const routine = builtinRoutines[3]!;
		const plain = await deflate(canonicalJson(routine));
		const read = await decodeRoutineLink(`2.${plain}`);
		// Plain DEFLATE may or may not decode under a dictionary; if it does, it is the same text (no back-references into it).
		expect(read.ok ? canonicalJson(read.routine) : read.message).toMatch(read.ok ? /^\{/ : damaged);
		const withDictionary = (await encodeRoutineLink(routine)).slice(2);
		const misread = await decodeRoutineLink(`1.${withDictionary}`);
		expect(misread.ok || misread.message).toMatch(damaged);
	});

	it('leave $schema out, and use only characters safe in a fragment', async () => {
		const [routine] = builtinRoutines;
		const value = await encodeRoutineLink({ ...routine!, $schema: 'https://example.org/routine.schema.json' } as never);
		expect(value).toMatch(/^2\.[A-Za-z0-9_-]+$/);
		expect(value).toBe(await encodeRoutineLink(routine!));
	});

	it('find the routine among other fragment keys, and nothing where there is none', () => {
		expect(routineLinkInFragment('#a=1&r=1.abc')).toBe('1.abc');
		expect(routineLinkInFragment('r=1.x')).toBe('1.x');
		expect(routineLinkInFragment('#top')).toBeNull();
		expect(routineLinkInFragment('')).toBeNull();
	});

	it('refuse a link cut short, altered, empty or without its version', async () => {
		const value = await encodeRoutineLink(builtinRoutines[0]!);
		const cases = [value.slice(0, value.length - 20), value.slice(0, 12), `${value.slice(0, 40)}!!${value.slice(42)}`, '', '1.', '2.', 'abc', `0.${value.slice(2)}`, '1.AAAA', '2.AAAA'];
		for (const broken of cases) {
			const read = await decodeRoutineLink(broken);
			expect(read.ok, broken).toBe(false);
			if (!read.ok) expect(read.message).toMatch(damaged);
		}
	});

	it('refuse a link from a newer format, saying to update', async () => {
		const value = await encodeRoutineLink(builtinRoutines[0]!);
		const read = await decodeRoutineLink(`${ROUTINE_LINK_VERSION + 1}${value.slice(1)}`);
		expect(read).toEqual({ ok: false, errors: [], message: expect.stringMatching(/^This link was made by a newer Unknot \(link format 3; this one reads format 2\)\. Update Unknot/) });
	});

	it('refuse a link whose routine is invalid, listing its mistakes with their paths', async () => {
		const read = await decodeRoutineLink(`1.${await deflate(JSON.stringify({ schemaVersion: 1, id: 'x', title: 'X', steps: [{ kind: 'timed', name: 'A', seconds: 3, sides: 'both sides' }] }))}`);
		expect(read.ok).toBe(false);
		if (!read.ok) {
			expect(read.message).toBe('This link holds a routine with a mistake, so it cannot be imported.');
			expect(read.errors.map((error) => error.path)).toEqual(['steps[0].sides']);
		}
	});

	it('refuse text that is not JSON, and a small link that inflates past the limit, without reading it all', async () => {
		expect((await decodeRoutineLink(`1.${await deflate('not json')}`)).ok).toBe(false);
		const bomb = await deflate(' '.repeat(5_000_000));
		expect(bomb.length).toBeLessThan(10_000);
		const read = await decodeRoutineLink(`1.${bomb}`);
		expect(read.ok || read.message).toMatch(damaged);
		expect((await decodeRoutineLink('1.' + 'A'.repeat(300_000))).ok).toBe(false);
		const bomb2 = await deflate(' '.repeat(5_000_000));
		const read2 = await decodeRoutineLink(`2.${bomb2}`);
		expect(read2.ok || read2.message).toMatch(damaged);
	});
});

describe('fuzzed share links', () => {
	const opensOrSays = async (link: string) => {
		const reading = await decodeRoutineLink(link);
		if (!reading.ok) expect(reading.message).toMatch(/\S/);
		else expect(validateRoutine(reading.routine).ok).toBe(true);
	};
	const base64url = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('')), maxLength: 300 });

	it('any text, and any payload after each format, opens a valid routine or is refused in words', async () => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), base64url.map((payload) => `1.${payload}`), base64url.map((payload) => `2.${payload}`), base64url.map((payload) => `#r=2.${payload}`)), opensOrSays),
			{ numRuns: fuzzRuns(1500) }
		);
	});

	it('a real link with characters changed or cut short opens a valid routine or is refused in words', async () => {
		const link = await encodeRoutineLink({ schemaVersion: 1, id: 'mine', title: 'Mine', steps: [{ kind: 'timed', name: 'Hold', seconds: 30 }] } as Routine);
		await fc.assert(
			fc.asyncProperty(fc.nat({ max: link.length }), fc.string({ maxLength: 3 }), fc.boolean(), (at, insert, cut) => opensOrSays(cut ? link.slice(0, at) : link.slice(0, at) + insert + link.slice(at + 1))),
			{ numRuns: fuzzRuns(1000) }
		);
	});

	it('a huge link, and one whose routine is nested deep, are refused in words', async () => {
		await opensOrSays(`2.${hugeString()}`);
		await opensOrSays(`1.${Buffer.from(deeplyNestedText(2000)).toString('base64url')}`);
	});
});
