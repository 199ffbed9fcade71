import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenDayChanges } from './new-day';

afterEach(() => vi.useRealTimers());

describe('noticing a new day', () => {
	it('calls back just after local midnight, once', () => {
		vi.useFakeTimers({ now: Date.parse('2026-11-22T23:30:00Z') });
		const callback = vi.fn();
		whenDayChanges('Europe/London', callback);
		vi.advanceTimersByTime(29 * 60_000);
		expect(callback).not.toHaveBeenCalled();
		vi.advanceTimersByTime(2 * 60_000);
		expect(callback).toHaveBeenCalledTimes(1);
		document.dispatchEvent(new Event('visibilitychange'));
		expect(callback).toHaveBeenCalledTimes(1);
	});

	it('checks when the page is shown again, and not after it was stopped', () => {
		let now = Date.parse('2026-11-22T20:00:00Z');
		const callback = vi.fn();
		const stop = whenDayChanges('Europe/London', callback, () => now);
		window.dispatchEvent(new Event('pageshow'));
		expect(callback).not.toHaveBeenCalled();
		now = Date.parse('2026-11-23T07:00:00Z');
		window.dispatchEvent(new Event('pageshow'));
		expect(callback).toHaveBeenCalledTimes(1);
		const other = vi.fn();
		whenDayChanges('Europe/London', other, () => now)();
		now = Date.parse('2026-11-24T07:00:00Z');
		window.dispatchEvent(new Event('pageshow'));
		expect(other).not.toHaveBeenCalled();
		stop();
	});
});
