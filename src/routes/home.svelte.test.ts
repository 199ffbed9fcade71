import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayPlan } from '$lib/core/plan';
import { catchInstallPrompt } from '$lib/platform/install-prompt';
import { FakeIntersectionObserver, useFakeIntersectionObserver } from '$lib/platform/testing/fake-intersection-observer';
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

describe('the install hint', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it("loads only once the browser offers installation and the end of the library comes near the screen", () => {
		useFakeIntersectionObserver();
		catchInstallPrompt();
		const end = document.createElement('p');
		const load = vi.fn();
		new Home([]).watchInstallOffer(end, load);
		// Not offered yet: nothing is watched.
		expect(FakeIntersectionObserver.last).toBeNull();
		window.dispatchEvent(Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt: async () => {}, userChoice: Promise.resolve({ outcome: 'dismissed' }) }));
		const observer = FakeIntersectionObserver.last!;
		expect(observer.observed).toEqual([end]);
		expect(load).not.toHaveBeenCalled();
		observer.report(true);
		expect(load).toHaveBeenCalledOnce();
	});

	it('stops watching the end of the library when the library closes', () => {
		useFakeIntersectionObserver();
		// An iPhone: no offer to wait for, so the end is watched at once.
		vi.stubGlobal('navigator', { ...navigator, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X)' });
		const stop = new Home([]).watchInstallOffer(document.createElement('p'), vi.fn());
		stop();
		expect(FakeIntersectionObserver.last!.disconnected).toBe(true);
	});
});
