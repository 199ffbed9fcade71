import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkInTimeFor,
	MAX_REMEMBERED_SPOTS,
	nextDaySpots,
	nextDayWindow,
	normalizeSpot,
	rememberSpot,
	scoreOf,
	scoresBySpot,
	setCheckIn,
	SORE_SPOTS,
	spotChoices,
	spotsOf,
	type CheckIn
} from './check-in';

const at = (iso: string) => Date.parse(iso);
const checkIn = (spot: string, moment: CheckIn['moment'], score: number, time = 0): CheckIn => ({ spot, moment, score, at: time });

describe('a sore spot', () => {
	it('is tidied as typed, and a listed one spelled as the list spells it', () => {
		expect(normalizeSpot('  left   HIP ')).toBe('Left hip');
		expect(normalizeSpot(' Achilles\ttendon ')).toBe('Achilles tendon');
		expect(normalizeSpot('x'.repeat(50))).toBe('x'.repeat(40));
		expect(normalizeSpot('   ')).toBeNull();
	});

	it('is remembered most recent first, once, at most eight', () => {
		expect(rememberSpot(['Left hip', 'Achilles'], 'achilles')).toEqual(['achilles', 'Left hip']);
		const many = Array.from({ length: 12 }, (_, i) => `Spot ${i}`).reduce<string[]>((list, spot) => rememberSpot(list, spot), []);
		expect(many).toHaveLength(MAX_REMEMBERED_SPOTS);
		expect(many[0]).toBe('Spot 11');
	});

	it('is offered from those used lately, then the list, without repeats', () => {
		const choices = spotChoices(['Achilles', 'Right hip']);
		expect(choices.slice(0, 3)).toEqual(['Achilles', 'Right hip', 'Left hip']);
		expect(choices).toHaveLength(SORE_SPOTS.length + 1);
	});
});

describe('a session’s check-ins', () => {
	it('keep one answer per spot and moment, the newest', () => {
		let list = setCheckIn([], checkIn('Left hip', 'before', 5));
		list = setCheckIn(list, checkIn('Left glute', 'before', 3));
		list = setCheckIn(list, checkIn('left hip', 'before', 4));
		expect(list).toEqual([checkIn('Left glute', 'before', 3), checkIn('left hip', 'before', 4)]);
		expect(scoreOf(list, 'Left hip', 'before')).toBe(4);
		expect(scoreOf(list, 'Left hip', 'after')).toBeUndefined();
		expect(spotsOf(list)).toEqual(['Left glute', 'left hip']);
	});
});

describe('the next-day question', () => {
	const london = 'Europe/London';
	const session = (endedAt: number, checkIns: CheckIn[] = [], nextDayDismissed?: string[]) => ({ endedAt, checkIns, nextDayDismissed });

	it('opens at the local midnight after the session and closes 72 hours after it', () => {
		const ended = at('2026-11-22T19:00:00Z');
		expect(nextDayWindow(ended, london)).toEqual({ opensAt: at('2026-11-23T00:00:00Z'), closesAt: at('2026-11-25T19:00:00Z') });
		const s = session(ended, [checkIn('Left hip', 'after', 3, ended)]);
		expect(nextDaySpots(s, at('2026-11-22T23:59:59Z'), london, undefined)).toEqual([]);
		expect(nextDaySpots(s, at('2026-11-23T00:00:00Z'), london, undefined)).toEqual(['Left hip']);
		expect(nextDaySpots(s, at('2026-11-25T18:59:59Z'), london, undefined)).toEqual(['Left hip']);
		expect(nextDaySpots(s, at('2026-11-25T19:00:00Z'), london, undefined)).toEqual([]);
	});

	it('follows the phone’s zone: a late session in New York is “yesterday” sooner in Tokyo', () => {
		const ended = at('2026-11-22T14:00:00Z'); // 09:00 in New York, 23:00 in Tokyo
		expect(nextDayWindow(ended, 'America/New_York').opensAt).toBe(at('2026-11-23T05:00:00Z'));
		expect(nextDayWindow(ended, 'Asia/Tokyo').opensAt).toBe(at('2026-11-22T15:00:00Z'));
	});

	it('waits a whole day for a session that ended just after midnight', () => {
		const ended = at('2026-11-23T00:05:00Z');
		expect(nextDayWindow(ended, london).opensAt).toBe(at('2026-11-24T00:00:00Z'));
	});

	it('is asked across the night summer time ends', () => {
		const ended = at('2026-10-24T21:00:00Z'); // 22:00 summer time in London
		expect(nextDayWindow(ended, london).opensAt).toBe(at('2026-10-24T23:00:00Z'));
	});

	it('is not asked when the clock reads earlier than the session (moved back)', () => {
		const ended = at('2026-11-22T19:00:00Z');
		expect(nextDaySpots(session(ended), ended - 86_400_000, london, 'Left hip')).toEqual([]);
	});

	it('asks about each spot the session named that has no answer and was not dismissed', () => {
		const ended = at('2026-11-22T19:00:00Z');
		const s = session(
			ended,
			[checkIn('Left hip', 'before', 5), checkIn('Right calf/soleus', 'after', 4), checkIn('Lower back', 'after', 2), checkIn('Left hip', 'next-day', 3)],
			['lower back']
		);
		expect(nextDaySpots(s, at('2026-11-23T08:00:00Z'), london, 'Left glute')).toEqual(['Right calf/soleus']);
	});

	it('asks about the spot used last, or an unnamed one, when the session named none', () => {
		const s = session(at('2026-11-22T19:00:00Z'));
		const morning = at('2026-11-23T08:00:00Z');
		expect(nextDaySpots(s, morning, london, 'Left glute')).toEqual(['Left glute']);
		expect(nextDaySpots(s, morning, london, undefined)).toEqual(['Sore spot']);
	});

	it('is always open for some of the day after, in any zone (property)', () => {
		const zones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Santiago'];
		fc.assert(
			fc.property(fc.integer({ min: 1.6e12, max: 2.2e12 }), fc.constantFrom(...zones), (ended, zone) => {
				const { opensAt, closesAt } = nextDayWindow(ended, zone);
				expect(opensAt).toBeGreaterThan(ended);
				expect(closesAt - opensAt).toBeGreaterThanOrEqual(47 * 3_600_000);
			})
		);
	});
});

describe('the time of a score added afterwards', () => {
	const session = { startedAt: at('2026-11-20T18:00:00Z'), endedAt: at('2026-11-20T18:20:00Z') };

	it('is the session’s start, its end, or a moment the next-day question was open', () => {
		const now = at('2026-11-22T09:00:00Z');
		expect(checkInTimeFor('before', session, now, 'UTC')).toBe(session.startedAt);
		expect(checkInTimeFor('after', session, now, 'UTC')).toBe(session.endedAt);
		expect(checkInTimeFor('next-day', session, now, 'UTC')).toBe(now);
		expect(checkInTimeFor('next-day', session, at('2026-11-30T09:00:00Z'), 'UTC')).toBe(at('2026-11-23T18:20:00Z') - 1);
		expect(checkInTimeFor('next-day', session, session.endedAt, 'UTC')).toBe(at('2026-11-21T00:00:00Z'));
	});
});

describe('a session’s scores by spot', () => {
	it('lists each spot once with its scores by moment', () => {
		const list = [checkIn('Left hip', 'after', 3), checkIn('Lower back', 'before', 2), checkIn('Left hip', 'before', 5)];
		expect(scoresBySpot(list)).toEqual([
			{ spot: 'Left hip', scores: { before: 5, after: 3 } },
			{ spot: 'Lower back', scores: { before: 2 } }
		]);
	});
});
