import { describe, expect, it } from 'vitest';
import { todayPlan } from '$lib/core/plan';
import { listRunDays, changeRuns } from '$lib/platform/run-day-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { Home } from './home.svelte';
import type { HomeParts } from './home-data';

useFreshDatabase();

describe('“I ran today” (probe)', () => {
	it('counts one run when the button is tapped twice before Today is read again', async () => {
		const home = new Home([]);
		home.parts = { changeRuns: (day: string, change: number) => changeRuns(day, change) } as unknown as HomeParts;
		home.today = todayPlan([], [], 0, [], '2026-11-23');
		// Two quick taps on "I ran today": the card shows the same button until the library is read again.
		await Promise.all([home.changeRuns(1), home.changeRuns(1)]);
		// Today now asks for the after-run routine twice: "You ran today (2 runs)".
		expect((await listRunDays()).records.map((record) => record.count)).toEqual([1]);
	});
});
