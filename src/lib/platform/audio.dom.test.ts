import { describe, expect, it } from 'vitest';
import { createWebAudioOutput } from './audio';

describe('audio', () => {
	it('does nothing, quietly, without Web Audio', async () => {
		const audio = createWebAudioOutput();
		await expect(audio.unlock()).resolves.toBeUndefined();
		expect(audio.schedule('start', Date.now(), 1)).toBeNull();
	});
});
