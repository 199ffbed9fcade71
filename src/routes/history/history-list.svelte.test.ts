import { describe, expect, it, vi } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import type { SessionPage } from '$lib/platform/session-store';
import { HistoryList, sessionsToRead } from './history-list.svelte';

const DAY = 86_400_000;
const base = Date.parse('2026-11-22T08:00:00Z');

describe('the history list', () => {
	it('groups the sessions read so far by local day, and reads older ones a page at a time', async () => {
		const first: SessionPage = {
			records: [buildSessionRecord('c', base + 3_600_000), buildSessionRecord('b', base)],
			unreadable: [{ kind: 'session', key: 'x', reason: 'bad' }],
			next: { startedAt: base, id: 'b' }
		};
		const readPage = vi.fn(async (): Promise<SessionPage> => ({ records: [buildSessionRecord('a', base - DAY)], unreadable: [], next: null }));
		const list = new HistoryList(first, 'Europe/London', readPage);
		expect(list.days.map((d) => [d.day, d.items.map((s) => s.id)])).toEqual([['2026-11-22', ['c', 'b']]]);
		await list.showOlder();
		expect(readPage).toHaveBeenCalledWith({ startedAt: base, id: 'b' }, 30);
		expect(list.days.map((d) => d.day)).toEqual(['2026-11-22', '2026-11-21']);
		expect(list.unreadableCount).toBe(1);
		expect(list.next).toBeNull();
		await list.showOlder();
		expect(readPage).toHaveBeenCalledTimes(1);
	});

	it('keeps what it has and says why when a page cannot be read', async () => {
		const first: SessionPage = { records: [buildSessionRecord('b', base)], unreadable: [], next: { startedAt: base, id: 'b' } };
		const list = new HistoryList(first, 'UTC', async () => {
			throw new Error('Saving or reading your data failed.');
		});
		await list.showOlder();
		expect(list.error).toMatch(/failed/);
		expect(list.sessions.map((s) => s.id)).toEqual(['b']);
		expect(list.next).not.toBeNull();
	});
});

describe('coming back to the history', () => {
	it('reads as many sessions as were shown last, up to a limit', async () => {
		const page = (n: number, next: boolean): SessionPage => ({
			records: Array.from({ length: n }, (_, i) => buildSessionRecord(`s${i}`, base - i)),
			unreadable: [],
			next: next ? { startedAt: base - n, id: 'x' } : null
		});
		const list = new HistoryList(page(30, true), 'UTC', async () => page(30, true));
		await list.showOlder();
		expect(sessionsToRead()).toBe(60);
		new HistoryList(page(5, false), 'UTC');
		expect(sessionsToRead()).toBe(30);
	});
});
