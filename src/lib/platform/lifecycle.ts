/** Page lifecycle hooks: the moments to save work before the browser may freeze or discard the page. */

/** Calls back when the page is hidden (screen locked, app switched) or being unloaded. */
export function onHide(callback: () => void): () => void {
	if (typeof document === 'undefined') return () => {};
	const onVisibility = () => {
		if (document.visibilityState === 'hidden') callback();
	};
	document.addEventListener('visibilitychange', onVisibility);
	window.addEventListener('pagehide', callback);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		window.removeEventListener('pagehide', callback);
	};
}
