/**
 * Stand-ins for the platform APIs headless Chromium cannot exercise (no voices, no audible audio, no
 * vibration motor), installed before the app loads. Each records what the app asked of it, with the
 * page's (fake) time, in `window.__calls`.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface RecordedCalls {
	audioContexts: number;
	audioResumes: number;
	/** Oscillator start requests: frequency and the page time they were scheduled at. */
	tones: { frequency: number; at: number }[];
	speech: { text: string; at: number }[];
	vibrations: { pattern: number[]; at: number }[];
	wakeLockRequests: number;
	wakeLockReleases: number;
}

function installStubs() {
	const calls: RecordedCalls = {
		audioContexts: 0,
		audioResumes: 0,
		tones: [],
		speech: [],
		vibrations: [],
		wakeLockRequests: 0,
		wakeLockReleases: 0
	};
	(window as unknown as { __calls: RecordedCalls }).__calls = calls;

	const param = () => ({ value: 0, setValueAtTime() {}, linearRampToValueAtTime() {} });
	class FakeAudioContext {
		state = 'suspended';
		currentTime = 0;
		destination = {};
		constructor() {
			calls.audioContexts++;
		}
		resume() {
			calls.audioResumes++;
			this.state = 'running';
			return Promise.resolve();
		}
		createGain() {
			return { gain: param(), connect: (node: unknown) => node, disconnect() {} };
		}
		createOscillator() {
			const oscillator = {
				type: 'sine',
				frequency: param(),
				connect: (node: unknown) => node,
				start() {
					calls.tones.push({ frequency: oscillator.frequency.value, at: Date.now() });
				},
				stop() {}
			};
			return oscillator;
		}
	}
	Object.defineProperty(window, 'AudioContext', { value: FakeAudioContext, configurable: true });

	// Each utterance is over at once (in a microtask, so no time passes): a brief never holds the clock.
	speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
		calls.speech.push({ text: utterance.text, at: Date.now() });
		queueMicrotask(() => utterance.dispatchEvent(new Event('end')));
	};
	speechSynthesis.cancel = () => {};

	Object.defineProperty(navigator, 'vibrate', {
		value: (pattern: number | number[]) => {
			calls.vibrations.push({ pattern: Array.isArray(pattern) ? pattern : [pattern], at: Date.now() });
			return true;
		},
		configurable: true
	});

	Object.defineProperty(navigator, 'wakeLock', {
		value: {
			request: async () => {
				calls.wakeLockRequests++;
				const sentinel = new EventTarget() as EventTarget & { released: boolean; release: () => Promise<void> };
				sentinel.released = false;
				sentinel.release = async () => {
					if (sentinel.released) return;
					calls.wakeLockReleases++;
					sentinel.released = true;
					sentinel.dispatchEvent(new Event('release'));
				};
				return sentinel;
			}
		},
		configurable: true
	});

	// Keep the silent keep-alive loop from touching real audio.
	HTMLMediaElement.prototype.play = function () {
		return Promise.resolve();
	};
}

/** Installs the stubs in every page of the context, before any app script runs. */
export async function stubPlatform(context: BrowserContext): Promise<void> {
	await context.addInitScript(installStubs);
}

/** What the page has asked of the stubbed platform so far. */
export function recordedCalls(page: Page): Promise<RecordedCalls> {
	return page.evaluate(() => (window as unknown as { __calls: RecordedCalls }).__calls);
}
