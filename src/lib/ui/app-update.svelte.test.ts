import { describe, expect, it, vi } from 'vitest';
import { AppUpdate } from './app-update.svelte';

vi.mock('$lib/platform/sw-bridge', () => ({ applyWaitingUpdate: vi.fn(), reloadPage: vi.fn() }));

function update() {
	const deps = { apply: vi.fn(async () => {}), reload: vi.fn() };
	return { deps, state: new AppUpdate(deps) };
}

describe('an update of the app', () => {
	it('is offered once waiting, and applied only on the user’s word', async () => {
		const { deps, state } = update();
		expect(state.show).toBe(false);
		state.noteWaiting();
		expect(state.show).toBe(true);
		expect(deps.apply).not.toHaveBeenCalled();
		await state.update();
		expect(deps.apply).toHaveBeenCalledOnce();
		state.noteReloadNeeded();
		expect(deps.reload).toHaveBeenCalledOnce();
	});

	it('waits while a routine plays, and is offered when it finishes', () => {
		const { state } = update();
		state.setRoutineRunning(true);
		state.noteWaiting();
		expect(state.show).toBe(false);
		state.setRoutineRunning(false);
		expect(state.show).toBe(true);
	});

	it('never reloads into a version another tab took over while a routine plays here: it asks after', async () => {
		const { deps, state } = update();
		state.setRoutineRunning(true);
		state.noteReloadNeeded();
		expect(deps.reload).not.toHaveBeenCalled();
		expect(state.show).toBe(false);
		state.setRoutineRunning(false);
		expect(state.show).toBe(true);
		await state.update();
		expect(deps.reload).toHaveBeenCalledOnce();
		expect(deps.apply).not.toHaveBeenCalled();
	});

	it('reloads at once when a new version takes over and nothing plays', () => {
		const { deps, state } = update();
		state.noteReloadNeeded();
		expect(deps.reload).toHaveBeenCalledOnce();
	});
});
