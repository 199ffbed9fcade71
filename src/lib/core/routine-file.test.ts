import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildRoutineJsonSchema } from './routine-json-schema';
import { routineFileName, routineFileText } from './routine-file';
import { parseRoutineJson } from './validate-routine';
import type { Routine } from './routine-schema';

const ROUTINE = { $schema: '/routine.schema.json', schemaVersion: 1, id: 'mine', title: 'Mine', steps: [{ kind: 'timed', name: 'Hold', seconds: 30 }], 'x-from': 'physio' } as Routine;

describe('a routine as a file', () => {
	it('names the published schema, validates against it, and reads back as the same routine', () => {
		const text = routineFileText(ROUTINE, 'https://unknot.example/routine.schema.json');
		const file = JSON.parse(text);
		expect(Object.keys(file)[0]).toBe('$schema');
		expect(file.$schema).toBe('https://unknot.example/routine.schema.json');
		const validate = new Ajv({ discriminator: true, allErrors: true, strict: true }).compile(buildRoutineJsonSchema());
		expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
		expect(parseRoutineJson(text)).toEqual({ ok: true, routine: { ...ROUTINE, $schema: 'https://unknot.example/routine.schema.json' } });
	});

	it('leaves $schema out when the address is unknown, and is named for the id', () => {
		expect(JSON.parse(routineFileText(ROUTINE))).not.toHaveProperty('$schema');
		expect(routineFileName(ROUTINE)).toBe('mine.json');
	});
});
