import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, THEME_COLORS, THEME_MIRROR_KEY } from './theme';

/** A matchMedia whose answer the test sets, and can switch like a phone going dark at sunset. */
function fakeSystem(light: boolean) {
	const listeners = new Set<() => void>();
	const query = {
		get matches() {
			return light;
		},
		addEventListener: (_: string, listener: () => void) => listeners.add(listener),
		removeEventListener: (_: string, listener: () => void) => listeners.delete(listener)
	};
	vi.stubGlobal('matchMedia', () => query);
	return {
		switchTo(next: boolean) {
			light = next;
			for (const listener of listeners) listener();
		},
		listeners
	};
}

afterEach(() => {
	vi.unstubAllGlobals();
	localStorage.clear();
	applyTheme('dark');
});

describe('the theme', () => {
	it('shows a chosen theme, colours the bars and mirrors it for the next first paint', () => {
		document.head.innerHTML = '<meta name="theme-color" media="(prefers-color-scheme: light)" content="x"><meta name="theme-color" media="(prefers-color-scheme: dark)" content="y">';
		fakeSystem(false);
		applyTheme('light');
		expect(document.documentElement.dataset.theme).toBe('light');
		expect(localStorage.getItem(THEME_MIRROR_KEY)).toBe('light');
		expect([...document.querySelectorAll('meta')].map((meta) => meta.content)).toEqual([THEME_COLORS.light, THEME_COLORS.light]);
	});

	it('follows the phone when set so, and stops following once a theme is chosen', () => {
		const system = fakeSystem(true);
		localStorage.setItem(THEME_MIRROR_KEY, 'dark');
		applyTheme('system');
		expect(localStorage.getItem(THEME_MIRROR_KEY)).toBeNull();
		expect(document.documentElement.dataset.theme).toBe('light');
		system.switchTo(false);
		expect(document.documentElement.dataset.theme).toBe('dark');
		applyTheme('light');
		expect(system.listeners.size).toBe(0);
		system.switchTo(false);
		expect(document.documentElement.dataset.theme).toBe('light');
	});

	it('still shows the theme where localStorage refuses', () => {
		fakeSystem(false);
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		applyTheme('dark');
		expect(document.documentElement.dataset.theme).toBe('dark');
	});
});
