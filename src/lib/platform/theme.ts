/**
 * The theme on screen: light or dark, chosen or as the phone is set. The choice lives in the settings
 * store and is mirrored in localStorage, because the tiny script in `app.html` must read it
 * synchronously, before the first paint, to avoid a flash of the wrong theme. Fails soft: without
 * localStorage or matchMedia the page still follows the mirror or stays dark.
 */
import type { Theme } from '$lib/core/settings';

/** The localStorage key the script in `app.html` reads (keep the two in step). */
export const THEME_MIRROR_KEY = 'unknot-theme';

/** The bar colour per theme, as `app.html` and the manifest give it. */
export const THEME_COLORS = { light: '#f5faf8', dark: '#0b1f20' } as const;

function systemTheme(): 'light' | 'dark' {
	return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

let stopFollowing: (() => void) | null = null;

/**
 * Shows `theme` now and remembers it for the next page's first paint; `system` also follows the
 * phone when it switches between light and dark.
 */
export function applyTheme(theme: Theme): void {
	if (typeof document === 'undefined') return;
	stopFollowing?.();
	stopFollowing = null;
	const show = (resolved: 'light' | 'dark') => {
		document.documentElement.dataset.theme = resolved;
		// The browser's bars follow the page, not only the phone's setting.
		for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) meta.content = THEME_COLORS[resolved];
	};
	try {
		if (theme === 'system') localStorage.removeItem(THEME_MIRROR_KEY);
		else localStorage.setItem(THEME_MIRROR_KEY, theme);
	} catch {
		// No localStorage (private mode, or disabled): the theme still shows; the next page starts from the phone's.
	}
	if (theme !== 'system') return show(theme);
	show(systemTheme());
	if (typeof matchMedia !== 'function') return;
	const query = matchMedia('(prefers-color-scheme: light)');
	const follow = () => show(query.matches ? 'light' : 'dark');
	query.addEventListener('change', follow);
	stopFollowing = () => query.removeEventListener('change', follow);
}
