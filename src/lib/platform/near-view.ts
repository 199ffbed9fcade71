/**
 * Whether an element is coming into view (IntersectionObserver), so code for what sits below the
 * fold loads only when the user scrolls towards it. Fails soft: without IntersectionObserver, at once.
 */

/**
 * Calls `then` once, when `element` comes within `margin` (CSS pixels) of the screen, or at once
 * where the browser cannot tell. Returns the stop.
 */
export function whenNearView(element: Element, then: () => void, margin = 200): () => void {
	if (typeof IntersectionObserver === 'undefined') {
		then();
		return () => {};
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			then();
		},
		{ rootMargin: `${margin}px 0px` }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
