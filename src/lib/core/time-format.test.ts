import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration } from './time-format';

describe('lengths of time on screen', () => {
	it('shows a countdown as m:ss, rounding partial seconds up', () => {
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(1)).toBe('0:01');
		expect(formatClock(59_999)).toBe('1:00');
		expect(formatClock(61_000)).toBe('1:01');
		expect(formatClock(-500)).toBe('0:00');
	});

	it('shows a routine length in seconds or rounded minutes', () => {
		expect(formatDuration(45_000)).toBe('45 s');
		expect(formatDuration(12 * 60_000 + 20_000)).toBe('12 min');
	});
});
