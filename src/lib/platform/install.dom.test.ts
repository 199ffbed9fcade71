import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissInstallHint, installHintDismissed, isIosSafari, isStandalone, watchInstall } from './install';
import { catchInstallPrompt } from './install-prompt';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15';
const IPHONE_CHROME =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.119 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36';

/** A synthetic install offer, as Chromium would send it, with the user's answer. */
function offer(outcome: 'accepted' | 'dismissed' = 'accepted') {
	const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
		prompt: vi.fn(async () => {}),
		userChoice: Promise.resolve({ outcome })
	});
	return event;
}

describe('install platform', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		localStorage.clear();
	});

	it('tells iOS Safari (and iPadOS Safari, which says it is a Mac) from every other browser', () => {
		expect(isIosSafari(IPHONE_SAFARI, 5)).toBe(true);
		expect(isIosSafari(IPAD_AS_MAC, 5)).toBe(true);
		expect(isIosSafari(IPAD_AS_MAC, 0)).toBe(false); // a real Mac
		expect(isIosSafari(IPHONE_CHROME, 5)).toBe(false);
		expect(isIosSafari(ANDROID_CHROME, 5)).toBe(false);
	});

	it('knows it runs installed from the display mode or iOS’s navigator.standalone', () => {
		vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(display-mode: standalone)' }));
		expect(isStandalone()).toBe(true);
		vi.stubGlobal('matchMedia', () => ({ matches: false }));
		expect(isStandalone()).toBe(false);
		vi.stubGlobal('navigator', { ...navigator, standalone: true });
		expect(isStandalone()).toBe(true);
	});

	it('keeps an offer made before anyone watches, stops the browser’s own banner, and prompts once', async () => {
		catchInstallPrompt();
		const early = offer('accepted');
		window.dispatchEvent(early);
		expect(early.defaultPrevented).toBe(true);

		const offered = vi.fn();
		const installed = vi.fn();
		const stop = watchInstall({ offered, installed });
		expect(offered).toHaveBeenCalledOnce();
		const prompt = offered.mock.calls[0]![0] as () => Promise<string>;
		expect(await prompt()).toBe('accepted');
		expect(early.prompt).toHaveBeenCalledOnce();

		window.dispatchEvent(new Event('appinstalled'));
		expect(installed).toHaveBeenCalledOnce();
		stop();
		// Spent and stopped: a new watcher is not handed the old offer, and the old one hears nothing.
		const later = vi.fn();
		watchInstall({ offered: later, installed: vi.fn() });
		expect(later).not.toHaveBeenCalled();
		window.dispatchEvent(offer());
		expect(later).toHaveBeenCalledOnce();
		expect(offered).toHaveBeenCalledOnce();
		// Installed while no screen watched: the next one to watch is told.
		const afterInstall = vi.fn();
		watchInstall({ offered: vi.fn(), installed: afterInstall });
		expect(afterInstall).toHaveBeenCalledOnce();
	});

	it('remembers a dismissed hint', () => {
		expect(installHintDismissed()).toBe(false);
		dismissInstallHint();
		expect(installHintDismissed()).toBe(true);
	});
});
