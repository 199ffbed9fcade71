import { describe, expect, it, vi } from 'vitest';
import { createSpeechOutput, listVoices } from './speech';

describe('speech', () => {
	it('does nothing, quietly, where speech synthesis is missing', () => {
		expect(() => createSpeechOutput().speak('Switch sides', { volume: 1 })).not.toThrow();
	});

	it('cancels stale speech before speaking, at the chosen volume', () => {
		const speak = vi.fn();
		const cancel = vi.fn();
		vi.stubGlobal('speechSynthesis', { speak, cancel, getVoices: () => [] });
		vi.stubGlobal(
			'SpeechSynthesisUtterance',
			class {
				volume = 1;
				rate = 1;
				constructor(readonly text: string) {}
			}
		);
		try {
			createSpeechOutput().speak('Halfway', { volume: 0.4 });
			expect(cancel).toHaveBeenCalledBefore(speak);
			expect(speak.mock.calls[0]![0]).toMatchObject({ text: 'Halfway', volume: 0.4, rate: 1 });
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('speaks in the chosen voice (by URI, not by a name other voices share) at the chosen rate, or the default voice when it is not here', () => {
		const daniel = { voiceURI: 'com.apple.voice.Daniel-en-GB', name: 'Daniel', lang: 'en-GB' };
		const speak = vi.fn();
		vi.stubGlobal('speechSynthesis', { speak, cancel: vi.fn(), getVoices: () => [{ voiceURI: 'com.apple.voice.Daniel-de-DE', name: 'Daniel', lang: 'de-DE' }, daniel] });
		vi.stubGlobal(
			'SpeechSynthesisUtterance',
			class {
				volume = 1;
				rate = 1;
				voice: unknown = null;
				constructor(readonly text: string) {}
			}
		);
		try {
			const speech = createSpeechOutput();
			speech.speak('Rest', { volume: 1, rate: 1.3, voiceURI: 'com.apple.voice.Daniel-en-GB' });
			expect(speak.mock.calls[0]![0]).toMatchObject({ rate: 1.3, voice: daniel });
			speech.speak('Rest', { volume: 1, voiceURI: 'Daniel' });
			expect(speak.mock.calls[1]![0]).toMatchObject({ rate: 1, voice: null });
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('lists the voices, waiting for a browser that announces them late', async () => {
		let voices: { voiceURI: string; name: string; lang: string }[] = [];
		const listeners = new Set<() => void>();
		vi.stubGlobal('speechSynthesis', {
			getVoices: () => voices,
			addEventListener: (_: string, listener: () => void) => listeners.add(listener),
			removeEventListener: (_: string, listener: () => void) => listeners.delete(listener)
		});
		try {
			const listed = listVoices();
			voices = [{ voiceURI: 'daniel-gb', name: 'Daniel', lang: 'en-GB' }];
			for (const listener of listeners) listener();
			expect(await listed).toEqual([{ uri: 'daniel-gb', name: 'Daniel', lang: 'en-GB' }]);
			expect(listeners.size).toBe(0);
			voices = [];
			expect(await listVoices(5)).toEqual([]);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('lists no voices where speech synthesis is missing', async () => {
		expect(await listVoices()).toEqual([]);
	});

	it('says when an utterance ends or fails, at once when nothing can speak, and on cancel', async () => {
		// Where speech synthesis is missing there is nothing to wait for.
		await expect(createSpeechOutput().say('Rest', { volume: 1 }).finished).resolves.toBeUndefined();
		const utterances: EventTarget[] = [];
		vi.stubGlobal('speechSynthesis', { speak: (u: EventTarget) => utterances.push(u), cancel: vi.fn(), getVoices: () => [] });
		vi.stubGlobal(
			'SpeechSynthesisUtterance',
			class extends EventTarget {
				volume = 1;
				rate = 1;
				constructor(readonly text: string) {
					super();
				}
			}
		);
		try {
			const speech = createSpeechOutput();
			const ended = speech.say('Shin across the mat.', { volume: 1 });
			const failed = speech.say('Breathe.', { volume: 1 });
			const cancelled = speech.say('Hold.', { volume: 1 });
			const silent = speech.say('Quiet.', { volume: 0 });
			utterances[0]!.dispatchEvent(new Event('end'));
			utterances[1]!.dispatchEvent(new Event('error'));
			cancelled.cancel();
			await Promise.all([ended.finished, failed.finished, cancelled.finished, silent.finished]);
			expect(utterances).toHaveLength(3);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
