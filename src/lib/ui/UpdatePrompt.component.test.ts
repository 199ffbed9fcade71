import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { AppUpdate } from './app-update.svelte';
import UpdatePrompt from './UpdatePrompt.svelte';

vi.mock('$lib/platform/sw-bridge', () => ({ applyWaitingUpdate: vi.fn(), reloadPage: vi.fn() }));

function waitingUpdate() {
	const deps = { apply: vi.fn(async () => {}), reload: vi.fn() };
	const update = new AppUpdate(deps);
	return { deps, update };
}

describe('UpdatePrompt', () => {
	it('says nothing until a new version is waiting', () => {
		const { update } = waitingUpdate();
		render(UpdatePrompt, { update });
		expect(screen.queryByRole('button', { name: 'Update' })).toBeNull();
	});

	it('offers the waiting version in a polite live region, and takes it only when Update is tapped', async () => {
		const { deps, update } = waitingUpdate();
		const { container } = render(UpdatePrompt, { update });
		update.noteWaiting();
		await tick();
		expect(screen.getByText('A new version of Unknot is ready.')).toBeTruthy();
		expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain('A new version of Unknot is ready.');
		expect(deps.apply).not.toHaveBeenCalled();
		await fireEvent.click(screen.getByRole('button', { name: 'Update' }));
		expect(deps.apply).toHaveBeenCalledOnce();
		expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Updating…' }).disabled).toBe(true);
	});

	it('stays hidden while a routine plays, and appears when it ends', async () => {
		const { update } = waitingUpdate();
		render(UpdatePrompt, { update });
		update.setRoutineRunning(true);
		update.noteWaiting();
		await tick();
		expect(screen.queryByRole('button', { name: 'Update' })).toBeNull();
		update.setRoutineRunning(false);
		await tick();
		expect(screen.getByRole('button', { name: 'Update' })).toBeTruthy();
	});
});
