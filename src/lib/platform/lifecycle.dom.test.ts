import { describe, expect, it, vi } from 'vitest';
import { onHide } from './lifecycle';

function setVisibility(state: 'visible' | 'hidden') {
	Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
	document.dispatchEvent(new Event('visibilitychange'));
}

describe('page lifecycle', () => {
	it('calls back when the page is hidden and when it is being left, until stopped', () => {
		const callback = vi.fn();
		const stop = onHide(callback);
		setVisibility('hidden');
		expect(callback).toHaveBeenCalledTimes(1);
		window.dispatchEvent(new Event('pagehide'));
		expect(callback).toHaveBeenCalledTimes(2);
		setVisibility('visible');
		expect(callback).toHaveBeenCalledTimes(2);
		stop();
		setVisibility('hidden');
		window.dispatchEvent(new Event('pagehide'));
		expect(callback).toHaveBeenCalledTimes(2);
		setVisibility('visible');
	});
});
