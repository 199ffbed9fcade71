import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './timeline';
import { routineArbitrary } from './testing/arbitraries';
import { invalidRoutineFixtures, validRoutineFixtures } from './testing/routine-fixtures';
import { describeValue } from './routine-schema';
import { formatError, formatPath, parseRoutineJson, validateRoutine } from './validate-routine';
import { deeplyNested, deeplyNestedText, fuzzRuns, hostileText, hostileValue, hugeString } from './testing/fuzz';
import { buildRoutine } from './testing/records';
import { hashRoutine } from './routine-content';

describe('validateRoutine', () => {
	it.each(Object.entries(validRoutineFixtures))('accepts a valid file: %s', (_name, input) => {
		const result = validateRoutine(input);
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
	});

	it.each(Object.entries(invalidRoutineFixtures))('explains what is wrong: %s', (_name, fixture) => {
		const result = validateRoutine(fixture.input);
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual(fixture.errors);
	});

	it('keeps extension keys on the routine it returns', () => {
		const result = validateRoutine(validRoutineFixtures['extension keys everywhere']);
		expect(result.ok && (result.routine as Record<string, unknown>)['x-author']).toBe('PT Jane');
	});

	it('stops listing errors at 50', () => {
		const steps = Array.from({ length: 120 }, () => ({ kind: 'timed', name: 'x', seconds: -1 }));
		const result = validateRoutine({ schemaVersion: 1, id: 'a', title: 'b', steps });
		expect(result.ok ? 0 : result.errors.length).toBe(50);
	});

	it('names a megabyte unknown key or repeated step id by its first 40 characters, not all of it', () => {
		const long = 'k'.repeat(1_000_000);
		const steps = [0, 1].map(() => ({ kind: 'timed', name: 'x', seconds: 1, id: long }));
		const result = validateRoutine({ schemaVersion: 1, id: 'a', title: 'b', steps, [long]: 1 });
		const messages = result.ok ? [] : result.errors.map(formatError);
		expect(messages.filter((message) => /unknown key|no other step has/.test(message))).toEqual([
			expect.stringMatching(/^\["k{40}…"\]: unknown key "k{40}…" \(expected one of/),
			`steps[1].id: expected an id no other step has, got "${'k'.repeat(40)}…", the id of steps[0]`
		]);
		expect(Math.max(...messages.map((message) => message.length))).toBeLessThan(300);
	});

	it('refuses a BigInt anywhere (storage can hold one, JSON cannot), naming where it is', () => {
		const base = { schemaVersion: 1, id: 'a', title: 'b', steps: [{ kind: 'rest', seconds: 1 }] };
		const refused = (routine: unknown) => {
			const result = validateRoutine(routine);
			return result.ok ? [] : result.errors.map(formatError);
		};
		const message = 'expected text, a number, true or false, null, a list or an object, got a BigInt (JSON cannot hold one)';
		expect(refused({ ...base, 'x-note': [0n] })).toEqual([`x-note[0]: ${message}`]);
		expect(refused({ ...base, steps: [{ kind: 'rest', seconds: 1, 'x-n': { a: Object(2n) } }] })).toEqual([`steps[0].x-n.a: ${message}`]);
	});

	it('refuses a routine nested deeper than 32 levels, which hashing it would overflow the stack on', () => {
		let deep: unknown = 1;
		for (let i = 0; i < 5000; i++) deep = [deep];
		const result = validateRoutine({ schemaVersion: 1, id: 'a', title: 'b', steps: [{ kind: 'rest', seconds: 1 }], 'x-deep': deep });
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual(['routine: expected at most 32 levels of nesting, got more']);
		let limit: unknown = 1;
		for (let i = 0; i < 31; i++) limit = { 'x-a': limit };
		expect(validateRoutine({ schemaVersion: 1, id: 'a', title: 'b', steps: [{ kind: 'rest', seconds: 1 }], 'x-deep': limit }).ok).toBe(true);
	});

	it('turns a getter that throws into an error message', () => {
		const hostile = { schemaVersion: 1, id: 'a', title: 'b' };
		Object.defineProperty(hostile, 'steps', {
			enumerable: true,
			get() {
				throw new Error('boom');
			}
		});
		const result = validateRoutine(hostile);
		expect(result.ok ? '' : formatError(result.errors[0]!)).toMatch(/could not be read.*boom/);
	});

	it('accepts every routine the generator makes, and compile never throws on them', () => {
		fc.assert(
			fc.property(routineArbitrary, (routine) => {
				const result = validateRoutine(JSON.parse(JSON.stringify(routine)));
				expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
				if (result.ok) expect(() => compile(result.routine)).not.toThrow();
			})
		);
	});

	it('answers any JSON value with a routine or errors, never an exception', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = validateRoutine(value);
				expect(result.ok || result.errors.length > 0).toBe(true);
				if (!result.ok) for (const error of result.errors) expect(formatError(error)).toMatch(/expected|unknown key/);
			})
		);
	});

	it('reports errors for any corruption of a valid routine', () => {
		const corruptions = fc.oneof(
			fc.constant((r: Record<string, unknown>) => ({ ...r, steps: [] })),
			fc.constant((r: Record<string, unknown>) => ({ ...r, id: 'Not A Slug' })),
			fc.constant((r: Record<string, unknown>) => ({ ...r, surprise: true })),
			fc.constant((r: Record<string, unknown>) => ({ ...r, schemaVersion: 0 })),
			fc.constant((r: Record<string, unknown>) => ({
				...r,
				steps: [...(r.steps as unknown[]), { kind: 'timed', name: 'x', seconds: 0 }]
			}))
		);
		fc.assert(
			fc.property(routineArbitrary, corruptions, (routine, corrupt) => {
				const result = validateRoutine(corrupt(JSON.parse(JSON.stringify(routine))));
				expect(result.ok).toBe(false);
			})
		);
	});
});

describe('parseRoutineJson', () => {
	it('explains text that is not JSON', () => {
		const result = parseRoutineJson('{"schemaVersion": 1,');
		expect(result.ok ? '' : formatError(result.errors[0]!)).toMatch(/^not valid JSON: /);
	});

	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const result = parseRoutineJson(text);
				expect(typeof result.ok).toBe('boolean');
			})
		);
	});

	it('reads a valid file', () => {
		const result = parseRoutineJson(JSON.stringify(validRoutineFixtures.minimal));
		expect(result.ok && result.routine.title).toBe('Fixture');
	});
});

describe('formatting', () => {
	it('writes JSON paths with dots and brackets', () => {
		expect(formatPath(['steps', 2, 'seconds'])).toBe('steps[2].seconds');
		expect(formatPath(['x-odd key'])).toBe('["x-odd key"]');
		expect(formatPath([])).toBe('');
	});

	it('describes found values briefly', () => {
		expect(describeValue(undefined)).toBe('nothing');
		expect(describeValue({})).toBe('an object');
		expect(describeValue(true)).toBe('true');
		expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
	});
});

describe('fuzzed routine files', () => {
	const valid = buildRoutine({ id: 'fuzzed', title: 'Fuzzed', tags: ['hip'], equipment: ['ball'] });
	const says = (result: ReturnType<typeof validateRoutine>) => {
		// A routine that passes is stored, hashed and linked: none of that may throw on it.
		if (result.ok) return void expect(hashRoutine(result.routine)).toMatch(/\S/);
		expect(result.errors.length).toBeGreaterThan(0);
		for (const error of result.errors) expect(error.message).toMatch(/\S/);
	};

	it('any value is a routine or a list of errors, each with a message: never a throw', () => {
		fc.assert(fc.property(hostileValue(valid), (value) => says(validateRoutine(value))), { numRuns: fuzzRuns(3000) });
	});

	it('any text is a routine or errors with messages: never a throw', () => {
		fc.assert(fc.property(hostileText(valid), (text) => says(parseRoutineJson(text))), { numRuns: fuzzRuns(2000) });
	});

	it('deep nesting and huge strings are refused in words, not a stack overflow', () => {
		says(validateRoutine(deeplyNested()));
		says(validateRoutine({ ...valid, steps: [deeplyNested()] }));
		says(parseRoutineJson(deeplyNestedText()));
		says(parseRoutineJson(hugeString()));
		says(validateRoutine({ ...valid, title: hugeString() }));
		expect(parseRoutineJson(deeplyNestedText()).ok).toBe(false);
	});
});
