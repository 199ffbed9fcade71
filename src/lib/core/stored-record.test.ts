import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeUnreadable, parseWith, type UnreadableRecord } from './stored-record';

const unreadable = (kind: UnreadableRecord['kind'], key: string): UnreadableRecord => ({ kind, key, reason: 'bad' });

describe('stored records', () => {
	it('words the notice for each kind and count', () => {
		expect(describeUnreadable([], 'session')).toBeNull();
		expect(describeUnreadable([unreadable('session', 'a')], 'session')).toBe('1 history entry could not be read and was left untouched.');
		expect(describeUnreadable([unreadable('session', 'a'), unreadable('session', 'b'), unreadable('setting', 'c')], 'session')).toBe(
			'2 history entries could not be read and were left untouched.'
		);
		expect(describeUnreadable([unreadable('session in progress', 'a')], 'session in progress')).toBe(
			'A routine in progress could not be read and was left untouched.'
		);
		expect(describeUnreadable([unreadable('setting', 'a')], 'setting')).toBe('1 setting could not be read; its default is used.');
	});

	it('gives the path of the first problem as the reason', () => {
		const schema = v.object({ a: v.object({ b: v.number() }) });
		expect(parseWith(schema, { a: { b: 'x' } })).toMatchObject({ ok: false, reason: expect.stringMatching(/^a\.b: /) });
		expect(parseWith(schema, { a: { b: 1 } })).toEqual({ ok: true, value: { a: { b: 1 } } });
	});

	it('cuts a reason at 200 characters: valibot quotes a megabyte string it was given whole', () => {
		const parsed = parseWith(v.object({ a: v.number() }), { a: 'x'.repeat(1_000_000) });
		expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(/^a: Invalid type: Expected number but received "x+…$/) });
		expect(parsed.ok ? 0 : parsed.reason.length).toBe(201);
	});
});
