import type { Attachment } from 'svelte/attachments';

/** The size text is measured at; any size works, the text is scaled from it. */
const PROBE_PX = 100;

/** The height an element takes in its box's flow, margins included. */
function outerHeight(element: Element): number {
	const style = getComputedStyle(element);
	if (style.position === 'absolute' || style.position === 'fixed') return 0;
	return element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
}

/**
 * Sizes an element's text to fill its box: as wide as the box allows, and as tall as the height its
 * siblings leave. Measured, not guessed, so it holds for whatever font the phone has. Re-measures when
 * the box changes size (rotation, larger text). Create a new one when the text's length changes; a
 * value that keeps its length keeps its size. The box must not grow with its content.
 */
export function fitToBox(maxPx = 400): Attachment<HTMLElement> {
	return (node) => {
		const box = node.parentElement;
		if (!box) return;
		const fit = () => {
			node.style.fontSize = `${PROBE_PX}px`;
			const rect = node.getBoundingClientRect();
			const style = getComputedStyle(box);
			const width = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			let height = box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
			for (const sibling of box.children) if (sibling !== node) height -= outerHeight(sibling);
			const byWidth = rect.width > 0 ? (PROBE_PX * width) / rect.width : maxPx;
			const byHeight = rect.height > 0 ? (PROBE_PX * height) / rect.height : maxPx;
			node.style.fontSize = `${Math.max(16, Math.floor(Math.min(byWidth, byHeight, maxPx)))}px`;
		};
		fit();
		if (typeof ResizeObserver === 'undefined') return;
		const observer = new ResizeObserver(fit);
		observer.observe(box);
		return () => observer.disconnect();
	};
}
