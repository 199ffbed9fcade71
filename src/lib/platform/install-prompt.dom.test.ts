import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchInstallPrompt, whenInstallMayBeOffered } from './install-prompt';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

/** A synthetic install offer, as Chromium would send it. */
const offer = () => Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt: async () => {}, userChoice: Promise.resolve({ outcome: 'dismissed' }) });

describe('when an installation may be offered', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it("waits for the browser's offer, then says so once; a stopped wait hears nothing", () => {
		catchInstallPrompt();
		const stopped = vi.fn();
		whenInstallMayBeOffered(stopped)();
		const then = vi.fn();
		whenInstallMayBeOffered(then);
		expect(then).not.toHaveBeenCalled();
		window.dispatchEvent(offer());
		window.dispatchEvent(offer());
		expect(then).toHaveBeenCalledOnce();
		expect(stopped).not.toHaveBeenCalled();
		// The offer is kept: the next screen to ask is told at once.
		const next = vi.fn();
		whenInstallMayBeOffered(next);
		expect(next).toHaveBeenCalledOnce();
	});

	it('says so at once on an iPhone, which never sends an offer', () => {
		vi.stubGlobal('navigator', { ...navigator, userAgent: IPHONE });
		const then = vi.fn();
		whenInstallMayBeOffered(then);
		expect(then).toHaveBeenCalledOnce();
	});
});
