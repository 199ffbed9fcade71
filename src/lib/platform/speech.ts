/**
 * Spoken cues through speechSynthesis. Fire and forget: the timer never waits for an utterance, and a
 * failed one (headless browsers have no voices) changes nothing. Stale speech is cancelled first.
 */

export interface SpeechOutput {
	speak(text: string, volume: number): void;
	cancel(): void;
}

export function createSpeechOutput(): SpeechOutput {
	const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
	const Utterance = typeof SpeechSynthesisUtterance === 'undefined' ? undefined : SpeechSynthesisUtterance;
	return {
		speak(text, volume) {
			if (!synth || !Utterance || volume <= 0) return;
			try {
				synth.cancel();
				const utterance = new Utterance(text);
				utterance.volume = volume;
				utterance.rate = 1;
				synth.speak(utterance);
			} catch (error) {
				console.warn('Speech failed.', error);
			}
		},
		cancel() {
			try {
				synth?.cancel();
			} catch {
				// Nothing was speaking.
			}
		}
	};
}
