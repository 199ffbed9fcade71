import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { putSetting } from '$lib/platform/settings-store';
import { playTestCue } from '$lib/player/test-cue';
import { applyTheme } from '$lib/platform/theme';
import { SettingsForm } from './settings-form.svelte';

vi.mock('$lib/platform/settings-store', () => ({ putSetting: vi.fn(async () => {}) }));
vi.mock('$lib/platform/speech', () => ({ listVoices: vi.fn(async () => [{ uri: 'daniel', name: 'Daniel', lang: 'en-GB' }]) }));
vi.mock('$lib/player/test-cue', () => ({ playTestCue: vi.fn(async () => {}) }));
vi.mock('$lib/platform/theme', () => ({ applyTheme: vi.fn() }));

describe('the settings form', () => {
	it('saves a change and says so', async () => {
		const form = new SettingsForm({ ...DEFAULT_SETTINGS });
		await form.update('voice', false);
		expect(putSetting).toHaveBeenLastCalledWith('voice', false);
		expect(form.values.voice).toBe(false);
		expect(form.message).toBe('Saved.');
		expect(form.failed).toBe(false);
	});

	it('puts the control back and says why when storage refuses', async () => {
		vi.mocked(putSetting).mockRejectedValueOnce(new Error('Your phone is out of storage space for Unknot.'));
		const form = new SettingsForm({ ...DEFAULT_SETTINGS, getReadyOverrideSeconds: 10 });
		await form.update('getReadyOverrideSeconds', 20);
		expect(form.values.getReadyOverrideSeconds).toBe(10);
		expect(form.failed).toBe(true);
		expect(form.message).toMatch(/out of storage space/);
	});

	it('shows a theme once it is saved, and not when storage refuses it', async () => {
		const form = new SettingsForm({ ...DEFAULT_SETTINGS });
		await form.update('theme', 'light');
		expect(applyTheme).toHaveBeenLastCalledWith('light');
		vi.mocked(applyTheme).mockClear();
		vi.mocked(putSetting).mockRejectedValueOnce(new Error('full'));
		await form.update('theme', 'dark');
		expect(applyTheme).not.toHaveBeenCalled();
		expect(form.values.theme).toBe('light');
	});

	it('lists the voices the browser offers', async () => {
		const form = new SettingsForm({ ...DEFAULT_SETTINGS });
		expect(form.voices).toEqual([]);
		await form.loadVoices();
		expect(form.voices).toEqual([{ uri: 'daniel', name: 'Daniel', lang: 'en-GB' }]);
	});

	it('plays the test sound with the settings as they are now', async () => {
		const form = new SettingsForm({ ...DEFAULT_SETTINGS });
		await form.update('volume', 0.3);
		form.playTestSound();
		expect(playTestCue).toHaveBeenLastCalledWith(expect.objectContaining({ volume: 0.3 }));
	});
});
