import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashRoutine } from './routine-content';
import { buildRoutine } from './testing/records';
import { buildRoutineContentRecord, buildUserRoutineRecord, freeRoutineId, parseRoutineContent, parseUserRoutine } from './user-routine';
import { deeplyNested, fuzzRuns, hostileValue } from './testing/fuzz';

describe("the user's routines as stored", () => {
	const routine = buildRoutine({ id: 'desk-break' });

	it('read back as written', () => {
		const record = buildUserRoutineRecord(routine, 5, 1);
		expect(parseUserRoutine(record)).toEqual({ ok: true, value: record });
		const content = buildRoutineContentRecord(routine, 5);
		expect(content.hash).toBe(hashRoutine(routine));
		expect(parseRoutineContent(content)).toEqual({ ok: true, value: content });
	});

	it('are refused when the routine no longer validates, sits under another id, or does not match its hash', () => {
		expect(parseUserRoutine({ ...buildUserRoutineRecord(routine, 5), routine: { ...routine, steps: [] } })).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/^routine: steps/)
		});
		expect(parseUserRoutine({ ...buildUserRoutineRecord(routine, 5), id: 'other' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^id/) });
		expect(parseRoutineContent({ ...buildRoutineContentRecord(routine, 5), hash: '0000000000000000' })).toMatchObject({
			ok: false,
			reason: 'hash: does not match the content'
		});
	});

	it('refuse a routine 5,000 levels deep instead of overflowing the stack while checking its hash', () => {
		let deep: unknown = 1;
		for (let i = 0; i < 5000; i++) deep = [deep];
		const record = { ...buildRoutineContentRecord(routine, 5), routine: { ...routine, 'x-deep': deep } };
		expect(parseRoutineContent(record)).toEqual({ ok: false, reason: expect.stringMatching(/expected at most 32 levels of nesting, got more$/) });
	});

	it('refuse a routine holding a BigInt (IndexedDB keeps one) instead of throwing while checking its hash', () => {
		const stored = { ...buildRoutine({ id: 'desk-break' }), 'x-note': [0n] } as unknown as typeof routine;
		const content = { ...buildRoutineContentRecord(routine, 0), routine: stored };
		expect(parseRoutineContent(content)).toEqual({ ok: false, reason: expect.stringMatching(/^routine: x-note\[0\]: expected .* got a BigInt/) });
		expect(parseUserRoutine({ ...buildUserRoutineRecord(routine, 0), routine: stored })).toMatchObject({ ok: false });
	});

	it("name a megabyte record id that is not the routine's by its first 200 characters", () => {
		const parsed = parseUserRoutine({ ...buildUserRoutineRecord(routine, 5), id: 'x'.repeat(1_000_000) });
		expect(parsed).toEqual({ ok: false, reason: `id: the record's id ${'x'.repeat(200)}… is not the routine's` });
	});

	it('never throw, whatever is stored (property)', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				expect(parseUserRoutine(value).ok).toBe(false);
				expect(parseRoutineContent(value).ok).toBe(false);
			})
		);
	});
});

describe('a free routine id', () => {
	it('is the id itself when free, else the first free numbered one', () => {
		const taken = new Set(['hip', 'hip-2']);
		expect(freeRoutineId('calf', (id) => taken.has(id))).toBe('calf');
		expect(freeRoutineId('hip', (id) => taken.has(id))).toBe('hip-3');
	});

	it("stays within the format's 64 characters", () => {
		const long = 'a'.repeat(64);
		const free = freeRoutineId(long, (id) => id === long);
		expect(free).toHaveLength(64);
		expect(free.endsWith('-2')).toBe(true);
	});
});

describe('fuzzed routine records read back from storage', () => {
	it('any value, or a record with a part broken, is read or refused with a reason: never a throw', () => {
		const routine = buildRoutine({ id: 'mine' });
		for (const [valid, parse] of [
			[buildUserRoutineRecord(routine, 5), parseUserRoutine],
			[buildRoutineContentRecord(routine, 5), parseRoutineContent]
		] as const) {
			fc.assert(
				fc.property(hostileValue(valid), (value) => {
					const parsed = parse(value);
					if (!parsed.ok) expect(parsed.reason).toMatch(/\S/);
				}),
				{ numRuns: fuzzRuns(1000) }
			);
			expect(parse(deeplyNested()).ok).toBe(false);
		}
	});
});
