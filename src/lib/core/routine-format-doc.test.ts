import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError, parseRoutineJson } from './validate-routine';

describe('docs/routine-format.md', () => {
	it('holds a full example that is a valid routine', () => {
		const doc = readFileSync('docs/routine-format.md', 'utf8');
		const example = /## A full example\s+```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';
		const result = parseRoutineJson(example);
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
		expect(result.ok && result.routine.steps.map((s) => s.kind)).toEqual(['timed', 'timed', 'rest', 'reps', 'reps', 'timed']);
	});
});
