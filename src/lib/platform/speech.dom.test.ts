import { describe, expect, it, vi } from 'vitest';
import { createSpeechOutput } from './speech';

describe('speech', () => {
	it('does nothing, quietly, where speech synthesis is missing', () => {
		expect(() => createSpeechOutput().speak('Switch sides', 1)).not.toThrow();
	});

	it('cancels stale speech before speaking, at the chosen volume', () => {
		const speak = vi.fn();
		const cancel = vi.fn();
		vi.stubGlobal('speechSynthesis', { speak, cancel });
		vi.stubGlobal(
			'SpeechSynthesisUtterance',
			class {
				volume = 1;
				rate = 1;
				constructor(readonly text: string) {}
			}
		);
		try {
			createSpeechOutput().speak('Halfway', 0.4);
			expect(cancel).toHaveBeenCalledBefore(speak);
			expect(speak.mock.calls[0]![0]).toMatchObject({ text: 'Halfway', volume: 0.4 });
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
