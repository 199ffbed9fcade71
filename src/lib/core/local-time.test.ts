import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	dayKeyOf,
	daysBetween,
	daysInMonth,
	formatDay,
	isoWithOffset,
	localInstant,
	minutesOfDay,
	monthOf,
	nextDayStart,
	startOfDay,
	weekdayOf,
	weekOf
} from './local-time';

const at = (iso: string) => Date.parse(iso);

describe('the local day of an instant', () => {
	it('depends on the zone', () => {
		const instant = at('2026-03-01T23:30:00Z');
		expect(dayKeyOf(instant, 'UTC')).toBe('2026-03-01');
		expect(dayKeyOf(instant, 'Europe/Berlin')).toBe('2026-03-02');
		expect(dayKeyOf(instant, 'America/New_York')).toBe('2026-03-01');
		expect(dayKeyOf(instant, 'Pacific/Auckland')).toBe('2026-03-02');
	});

	it('reaches the ends of what a date holds', () => {
		expect(dayKeyOf(0, 'UTC')).toBe('1970-01-01');
		expect(dayKeyOf(at('0001-01-01T00:00:00Z'), 'UTC')).toBe('0001-01-01');
		expect(dayKeyOf(at('0001-01-01T00:00:00Z') - 1, 'UTC')).toBe('0000-12-31');
	});
});

describe('calendar arithmetic on day keys', () => {
	it('adds days across months, years and leap days', () => {
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
		expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
		expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
	});

	it('knows weekdays, weeks (Monday first) and months', () => {
		expect(weekdayOf('2026-11-22')).toBe(6); // a Sunday
		expect(weekdayOf('2026-11-23')).toBe(0);
		expect(weekOf('2026-11-22')).toBe('2026-11-16');
		expect(monthOf('2026-11-22')).toBe('2026-11-01');
		expect(addMonths('2026-11-22', 2)).toBe('2027-01-01');
		expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
		expect(daysInMonth('2028-02-10')).toBe(29);
		expect(daysInMonth('2026-04-30')).toBe(30);
	});

	it('refuses what is not a day key', () => {
		expect(() => addDays('22/11/2026', 1)).toThrow(RangeError);
	});

	it('goes there and back (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: -5000, max: 5000 }), (dayNumber, days) => {
				const key = dayKeyOf(dayNumber * 86_400_000 - 6e13, 'UTC');
				expect(addDays(addDays(key, days), -days)).toBe(key);
				expect(daysBetween(key, addDays(key, days))).toBe(days);
			})
		);
	});
});

describe('the start of a local day', () => {
	it('is midnight in the zone', () => {
		expect(startOfDay('2026-07-01', 'Europe/London')).toBe(at('2026-06-30T23:00:00Z'));
		expect(startOfDay('2026-01-01', 'Europe/London')).toBe(at('2026-01-01T00:00:00Z'));
		expect(startOfDay('2026-07-01', 'Asia/Kolkata')).toBe(at('2026-06-30T18:30:00Z'));
		expect(startOfDay('2026-07-01', 'Pacific/Kiritimati')).toBe(at('2026-06-30T10:00:00Z'));
		expect(startOfDay('2026-07-01', 'Pacific/Pago_Pago')).toBe(at('2026-07-01T11:00:00Z'));
	});

	it('is the first minute the day has where summer time starts at midnight', () => {
		// Chile moves its clocks from 00:00 to 01:00 on the first Sunday of September.
		const start = startOfDay('2026-09-06', 'America/Santiago');
		expect(dayKeyOf(start, 'America/Santiago')).toBe('2026-09-06');
		expect(dayKeyOf(start - 1000, 'America/Santiago')).toBe('2026-09-05');
	});

	it('is on the day, and the second before is not (property)', () => {
		const zones = ['UTC', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'Pacific/Apia'];
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 40_000 }), fc.constantFrom(...zones), (dayNumber, zone) => {
				const key = addDays('1990-01-01', dayNumber);
				const start = startOfDay(key, zone);
				expect(dayKeyOf(start, zone)).toBe(key);
				expect(dayKeyOf(start - 1000, zone) < key).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('comes after an instant on the next local day', () => {
		expect(nextDayStart(at('2026-11-22T22:50:00Z'), 'UTC')).toBe(at('2026-11-23T00:00:00Z'));
		// 22:50 UTC is already 23 November in Berlin: the next day there is the 24th.
		expect(nextDayStart(at('2026-11-22T23:50:00Z'), 'Europe/Berlin')).toBe(at('2026-11-23T23:00:00Z'));
		// The night summer time ends (Europe, 25 October 2026) the day is 25 hours long.
		expect(nextDayStart(at('2026-10-25T00:30:00Z'), 'Europe/London')).toBe(at('2026-10-26T00:00:00Z'));
	});
});

describe('an instant from a typed date and time', () => {
	it('is that wall-clock time in the zone', () => {
		expect(localInstant('2026-11-22', 7 * 60 + 30, 'Europe/London')).toBe(Date.parse('2026-11-22T07:30:00Z'));
		expect(localInstant('2026-07-01', 18 * 60, 'America/New_York')).toBe(Date.parse('2026-07-01T22:00:00Z'));
		expect(localInstant('2026-07-01', 0, 'Asia/Kolkata')).toBe(Date.parse('2026-06-30T18:30:00Z'));
	});

	it('takes a time skipped by the clocks going forward as the first minute after', () => {
		// 29 March 2026: London goes from 01:00 to 02:00.
		expect(localInstant('2026-03-29', 60 + 30, 'Europe/London')).toBe(Date.parse('2026-03-29T01:00:00Z'));
	});

	it('takes the first of a time repeated when the clocks go back', () => {
		// 25 October 2026: London goes from 02:00 back to 01:00; 01:30 happens twice.
		expect(localInstant('2026-10-25', 60 + 30, 'Europe/London')).toBe(Date.parse('2026-10-25T00:30:00Z'));
	});

	it('reads the wall clock back (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 1439 }), fc.constantFrom('UTC', 'Europe/Paris', 'Australia/Adelaide'), (day, minutes, zone) => {
				const key = addDays('2000-01-01', day);
				const instant = localInstant(key, minutes, zone);
				expect(dayKeyOf(instant, zone)).toBe(key);
				expect(minutesOfDay(instant, zone)).toBeGreaterThanOrEqual(minutes);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('a day in words', () => {
	it('is the key’s own date whatever the zone', () => {
		expect(formatDay('2026-11-22', { weekday: 'long', day: 'numeric', month: 'long' }, 'en-GB')).toBe('Sunday 22 November');
	});
});

describe('an instant in ISO 8601 with its offset', () => {
	it('gives the local time and the zone’s offset that day', () => {
		expect(isoWithOffset(Date.parse('2026-07-01T17:00:00Z'), 'Europe/London')).toBe('2026-07-01T18:00:00+01:00');
		expect(isoWithOffset(Date.parse('2026-01-01T17:00:30.900Z'), 'Europe/London')).toBe('2026-01-01T17:00:30+00:00');
		expect(isoWithOffset(Date.parse('2026-07-01T17:00:00Z'), 'America/St_Johns')).toBe('2026-07-01T14:30:00-02:30');
		expect(isoWithOffset(Date.parse('2026-07-01T17:00:00Z'), 'Asia/Kathmandu')).toBe('2026-07-01T22:45:00+05:45');
	});

	it('names the same instant (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 4e12 }), fc.constantFrom('UTC', 'Europe/Paris', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham'), (ms, zone) => {
				expect(Date.parse(isoWithOffset(ms, zone))).toBe(Math.floor(ms / 1000) * 1000);
			}),
			{ numRuns: 300 }
		);
	});
});
