import { describe, expect, it, vi } from 'vitest';
import type { InstallEvents } from '$lib/platform/install';
import { InstallOffer, type InstallDeps } from './install-offer.svelte';

function offerOn(platform: Partial<Omit<InstallDeps, 'watch'>> = {}) {
	let events: InstallEvents | undefined;
	const deps: InstallDeps = {
		watch: (given) => {
			events = given;
			return () => (events = undefined);
		},
		isStandalone: () => false,
		isIosSafari: () => false,
		hintDismissed: () => false,
		dismissHint: vi.fn(),
		...platform
	};
	const state = new InstallOffer(deps);
	state.watch();
	return { state, deps, browser: () => events! };
}

describe('the install offer', () => {
	it('offers nothing where the browser offers no way to install', () => {
		const { state } = offerOn();
		expect(state.kind).toBe('none');
		expect(state.showHint).toBe(false);
	});

	it('offers the browser’s dialog once offered, and is gone once installed', async () => {
		const { state, browser } = offerOn();
		const prompt = vi.fn(async () => 'accepted' as const);
		browser().offered(prompt);
		expect(state.kind).toBe('prompt');
		expect(state.showHint).toBe(true);
		await state.install();
		expect(prompt).toHaveBeenCalledOnce();
		expect(state.kind).toBe('none');
	});

	it('spends a declined prompt, and offers again when the browser does', async () => {
		const { state, browser } = offerOn();
		browser().offered(async () => 'dismissed');
		await state.install();
		expect(state.kind).toBe('none');
		browser().offered(async () => 'accepted');
		expect(state.kind).toBe('prompt');
	});

	it('goes away when installed from the browser’s own menu', () => {
		const { state, browser } = offerOn();
		browser().offered(async () => 'accepted');
		browser().installed();
		expect(state.kind).toBe('none');
	});

	it('says the Add to Home Screen steps on iOS Safari, and nothing once launched from the home screen', () => {
		expect(offerOn({ isIosSafari: () => true }).state.kind).toBe('ios');
		expect(offerOn({ isIosSafari: () => true, isStandalone: () => true }).state.kind).toBe('none');
	});

	it('offers nothing when already installed, even if the browser offers', () => {
		const { state, browser } = offerOn({ isStandalone: () => true });
		browser().offered(async () => 'accepted');
		expect(state.kind).toBe('none');
	});

	it('hides the library’s hint for good when dismissed, but keeps the offer', () => {
		const { state, deps } = offerOn({ isIosSafari: () => true });
		state.dismissHint();
		expect(state.showHint).toBe(false);
		expect(state.kind).toBe('ios');
		expect(deps.dismissHint).toHaveBeenCalledOnce();
		expect(offerOn({ isIosSafari: () => true, hintDismissed: () => true }).state.showHint).toBe(false);
	});
});
