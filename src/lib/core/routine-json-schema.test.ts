import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoutineJsonSchema } from './routine-json-schema';
import { routineArbitrary } from './testing/arbitraries';
import { invalidRoutineFixtures, validRoutineFixtures } from './testing/routine-fixtures';
import { validateRoutine } from './validate-routine';

const ajv = new Ajv({ discriminator: true, allErrors: true, strict: true });
const ajvValidate = ajv.compile(buildRoutineJsonSchema());

function verdicts(input: unknown) {
	return { valibot: validateRoutine(input).ok, jsonSchema: ajvValidate(input) };
}

describe('the published JSON Schema', () => {
	it('is a draft-07 schema that Ajv compiles in strict mode', () => {
		const schema = buildRoutineJsonSchema();
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(ajv.validateSchema(schema)).toBe(true);
	});

	it.each(Object.entries(validRoutineFixtures))('agrees with valibot on a valid file: %s', (_name, input) => {
		expect(verdicts(input)).toEqual({ valibot: true, jsonSchema: true });
	});

	// JSON Schema cannot say that a property is unique across list items; the docs say so.
	const beyondJsonSchema = new Set(['two steps with one id']);

	it.each(Object.entries(invalidRoutineFixtures).filter(([name]) => !beyondJsonSchema.has(name)))(
		'agrees with valibot on an invalid file: %s',
		(_name, fixture) => {
			expect(verdicts(fixture.input)).toEqual({ valibot: false, jsonSchema: false });
		}
	);

	it('agrees with valibot on generated routines and on random mutations of them', () => {
		const mutate = fc.oneof(
			fc.constant((r: Record<string, unknown>) => r),
			fc.constant((r: Record<string, unknown>) => ({ ...r, 'x-extra': [1] })),
			fc.constant((r: Record<string, unknown>) => ({ ...r, extra: 1 })),
			fc.constant((r: Record<string, unknown>) => ({ ...r, title: '' })),
			fc.constant((r: Record<string, unknown>) => ({ ...r, steps: (r.steps as unknown[]).map((s) => ({ ...(s as object), kind: 'nap' })) })),
			fc.constant((r: Record<string, unknown>) => ({ ...r, steps: (r.steps as unknown[]).map((s) => ({ ...(s as object), seconds: 4000 })) })),
			fc.constant((r: Record<string, unknown>) => ({ ...r, steps: (r.steps as unknown[]).map((s) => ({ ...(s as object), sets: 0 })) })),
			fc.constant((r: Record<string, unknown>) => ({ ...r, steps: (r.steps as unknown[]).map((s) => ({ ...(s as object), 'x-note': 'ok' })) }))
		);
		fc.assert(
			fc.property(routineArbitrary, mutate, (routine, change) => {
				const input = change(JSON.parse(JSON.stringify(routine)));
				const { valibot, jsonSchema } = verdicts(input);
				expect(jsonSchema).toBe(valibot);
			})
		);
	});

	it('agrees with valibot on arbitrary JSON values', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const { valibot, jsonSchema } = verdicts(value);
				expect(jsonSchema).toBe(valibot);
			})
		);
	});
});
