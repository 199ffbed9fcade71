import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { InstallEvents } from '$lib/platform/install';
import { InstallOffer, type InstallDeps } from './install-offer.svelte';
import InstallPrompt from './InstallPrompt.svelte';

function offerOn(platform: Partial<Omit<InstallDeps, 'watch'>> = {}) {
	let events: InstallEvents | undefined;
	const offer = new InstallOffer({
		watch: (given) => {
			events = given;
			return () => (events = undefined);
		},
		isStandalone: () => false,
		isIosSafari: () => false,
		hintDismissed: () => false,
		dismissHint: vi.fn(),
		...platform
	});
	return { offer, browser: () => events! };
}

describe('InstallPrompt', () => {
	it('shows Install Unknot in Settings once the browser offers it, prompts on the tap, and goes away installed', async () => {
		const { offer, browser } = offerOn();
		render(InstallPrompt, { variant: 'settings', offer });
		expect(screen.queryByRole('heading', { name: 'Install' })).toBeNull();
		const prompt = vi.fn(async () => 'accepted' as const);
		browser().offered(prompt);
		await tick();
		await fireEvent.click(screen.getByRole('button', { name: 'Install Unknot' }));
		expect(prompt).toHaveBeenCalledOnce();
		await tick();
		expect(screen.queryByRole('button', { name: 'Install Unknot' })).toBeNull();
		expect(screen.queryByRole('heading', { name: 'Install' })).toBeNull();
	});

	it('lists the Add to Home Screen steps on iOS Safari, with no button to press', () => {
		const { offer } = offerOn({ isIosSafari: () => true });
		render(InstallPrompt, { variant: 'settings', offer });
		expect(screen.getByRole('heading', { name: 'Install' })).toBeTruthy();
		expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
			'Tap Share (the square with an arrow) in the toolbar.',
			'Choose “Add to Home Screen”.',
			'Tap Add.'
		]);
		expect(screen.queryByRole('button')).toBeNull();
	});

	it('shows the library’s one-line hint until dismissed', async () => {
		const { offer, browser } = offerOn();
		render(InstallPrompt, { variant: 'hint', offer });
		browser().offered(async () => 'dismissed');
		await tick();
		expect(screen.getByText('Install Unknot to open it from your home screen, offline.')).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
		expect(screen.queryByText('Install Unknot to open it from your home screen, offline.')).toBeNull();
	});

	it('shows nothing once installed', () => {
		const { offer } = offerOn({ isIosSafari: () => true, isStandalone: () => true });
		const { container } = render(InstallPrompt, { variant: 'hint', offer });
		render(InstallPrompt, { variant: 'settings', offer });
		expect(container.textContent?.trim()).toBe('');
		expect(screen.queryByRole('heading', { name: 'Install' })).toBeNull();
	});
});
