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

/** Calls back when the page is shown again (the phone unlocked, the app switched back to). */
export function onShow(callback: () => void): () => void {
	if (typeof document === 'undefined') return () => {};
	const onVisibility = () => {
		if (document.visibilityState === 'visible') callback();
	};
	document.addEventListener('visibilitychange', onVisibility);
	window.addEventListener('pageshow', callback);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		window.removeEventListener('pageshow', callback);
	};
}
