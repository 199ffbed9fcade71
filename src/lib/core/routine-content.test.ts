import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64, hashRoutine } from './routine-content';
import { routineArbitrary } from './testing/arbitraries';
import { buildRoutine } from './testing/records';

describe('a routine content version', () => {
	it('is 64-bit FNV-1a (the published test vectors)', () => {
		expect(fnv1a64('')).toBe('cbf29ce484222325');
		expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
		expect(fnv1a64('foobar')).toBe('85944171f73967e8');
	});

	it('writes objects with sorted keys, lists in order', () => {
		expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}');
	});

	it('is the same for the same content in any key order, and changes with any edit (property)', () => {
		fc.assert(
			fc.property(routineArbitrary, (routine) => {
				const reordered = Object.fromEntries(Object.entries(routine).reverse()) as typeof routine;
				expect(hashRoutine(reordered)).toBe(hashRoutine(routine));
				expect(hashRoutine({ ...routine, title: `${routine.title}!` })).not.toBe(hashRoutine(routine));
			}),
			{ numRuns: 100 }
		);
	});

	it('tells apart two routines that differ by one second of one hold', () => {
		const routine = buildRoutine();
		const longer = buildRoutine({}, [{ kind: 'timed', name: 'Hold', seconds: 11, getReadySeconds: 2 }, routine.steps[1]!]);
		expect(hashRoutine(longer)).not.toBe(hashRoutine(routine));
	});
});
