import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoutineJsonSchema } from './routine-json-schema';
import { routineArbitrary } from './testing/arbitraries';
import { invalidRoutineFixtures, validRoutineFixtures } from './testing/routine-fixtures';
import { validateRoutine } from './validate-routine';

const ajv = new Ajv({ discriminator: true, allErrors: true, strict: true });

/** Built inside each test, never at load: a test must see the schema as the code builds it now. */
function verdictsOf() {
	const ajvValidate = new Ajv({ discriminator: true, allErrors: true, strict: true }).compile(buildRoutineJsonSchema());
	return (input: unknown) => ({ valibot: validateRoutine(input).ok, jsonSchema: ajvValidate(input) });
}

/** Every object node of a JSON Schema, with its path. */
function objectNodes(node: unknown, path = '#'): [string, Record<string, unknown>][] {
	if (Array.isArray(node)) return node.flatMap((item, i) => objectNodes(item, `${path}/${i}`));
	if (typeof node !== 'object' || node === null) return [];
	const record = node as Record<string, unknown>;
	return [[path, record], ...Object.entries(record).flatMap(([key, value]) => objectNodes(value, `${path}/${key}`))];
}

describe('the published JSON Schema', () => {
	it('is a draft-07 schema that Ajv compiles in strict mode', () => {
		const schema = buildRoutineJsonSchema();
		expect(schema).toMatchObject({
			$schema: 'http://json-schema.org/draft-07/schema#',
			$id: '/routine.schema.json',
			title: 'Unknot routine, format version 1',
			description: expect.stringContaining('"x-"')
		});
		expect(ajv.validateSchema(schema)).toBe(true);
	});

	it('rejects unknown keys in every object but x- extension keys, and tells steps apart by kind', () => {
		const schema = buildRoutineJsonSchema();
		const objects = objectNodes(schema).filter(([, node]) => node.type === 'object' && typeof node.properties === 'object' && !node.discriminator);
		expect(objects.map(([path]) => path)).toEqual(
			expect.arrayContaining(['#', '#/properties/defaults', '#/properties/steps/items/oneOf/0', '#/properties/steps/items/oneOf/2'])
		);
		for (const [path, node] of objects) {
			expect(node, path).toMatchObject({ additionalProperties: false, patternProperties: { '^x-': {} } });
		}
		const steps = (schema.properties as Record<string, { items: Record<string, unknown> }>).steps?.items;
		expect(steps).toMatchObject({
			type: 'object',
			properties: { kind: { enum: ['timed', 'reps', 'rest'] } },
			required: ['kind'],
			discriminator: { propertyName: 'kind' }
		});
	});

	it.each(Object.entries(validRoutineFixtures))('agrees with valibot on a valid file: %s', (_name, input) => {
		expect(verdictsOf()(input)).toEqual({ valibot: true, jsonSchema: true });
	});

	// JSON Schema cannot say that a property is unique across list items; the docs say so.
	const beyondJsonSchema = new Set([
		'two steps with one id',
		'a progression rule for a step that is not there',
		'a progression rule for a value its step lacks',
		'progression ceilings below the step and above the format'
	]);

	it.each(Object.entries(invalidRoutineFixtures).filter(([name]) => !beyondJsonSchema.has(name)))(
		'agrees with valibot on an invalid file: %s',
		(_name, fixture) => {
			expect(verdictsOf()(fixture.input)).toEqual({ valibot: false, jsonSchema: false });
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
		const verdicts = verdictsOf();
		fc.assert(
			fc.property(routineArbitrary, mutate, (routine, change) => {
				const input = change(JSON.parse(JSON.stringify(routine)));
				const { valibot, jsonSchema } = verdicts(input);
				expect(jsonSchema).toBe(valibot);
			})
		);
	});

	it('agrees with valibot on arbitrary JSON values', () => {
		const verdicts = verdictsOf();
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const { valibot, jsonSchema } = verdicts(value);
				expect(jsonSchema).toBe(valibot);
			})
		);
	});
});
