/**
 * The routine format as a JSON Schema (draft-07), generated from the valibot definition and published
 * at /routine.schema.json for editors and other tools. Build-time only: the app validates with valibot.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { routineSchema, SCHEMA_VERSION } from './routine-schema';

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What the converter cannot carry over by itself: unknown keys are rejected except `x-…` extension
 * keys (valibot does this in `findUnknownKeys`), and steps are told apart by `kind` (a discriminator).
 */
function tighten(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(tighten);
	if (!isObject(node)) return node;
	const out: JsonObject = {};
	for (const [key, value] of Object.entries(node)) out[key] = tighten(value);
	if (out.type === 'object' && isObject(out.properties)) {
		out.patternProperties = { '^x-': {} };
		out.additionalProperties = false;
	}
	const variants = out.oneOf;
	if (Array.isArray(variants) && variants.every((v) => isObject(v) && isObject(v.properties) && isObject(v.properties.kind))) {
		out.type = 'object';
		out.properties = { kind: { enum: variants.map((v) => (v as { properties: { kind: { const: unknown } } }).properties.kind.const) } };
		out.required = ['kind'];
		out.discriminator = { propertyName: 'kind' };
	}
	return out;
}

/** The published JSON Schema for routine files. */
export function buildRoutineJsonSchema(): JsonObject {
	const generated = toJsonSchema(routineSchema, { errorMode: 'throw' });
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		$id: '/routine.schema.json',
		title: `Unknot routine, format version ${SCHEMA_VERSION}`,
		description:
			'A timed rehab routine for Unknot. See docs/routine-format.md. Keys starting with "x-" are allowed and ignored.',
		...(tighten(generated) as JsonObject)
	};
}
