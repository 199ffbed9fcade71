/**
 * Saving a page as a file on the phone: an installed app may have no print dialog (standalone display
 * mode on some phones), so the report can also be saved as one self-contained HTML file and printed
 * or shared from there. Feature-detecting and failing soft: the answer says what went wrong in words.
 */

/** Whether it worked, and if not, what to tell the user. */
export type DownloadOutcome = { ok: true } | { ok: false; message: string };

const CANNOT = 'This browser cannot save files from Unknot. Try Print instead, or open Unknot in the browser rather than the installed app.';

/** Whether this browser can save a file made on the page (Blob, object URLs and `<a download>`). */
export function canDownload(): boolean {
	return (
		typeof Blob === 'function' &&
		typeof URL !== 'undefined' &&
		typeof URL.createObjectURL === 'function' &&
		typeof document !== 'undefined' &&
		'download' in HTMLAnchorElement.prototype
	);
}

/** Saves `contents` as a file called `fileName`. */
export function downloadFile(fileName: string, contents: string, type = 'text/html;charset=utf-8'): DownloadOutcome {
	if (!canDownload()) return { ok: false, message: CANNOT };
	let url: string | undefined;
	try {
		url = URL.createObjectURL(new Blob([contents], { type }));
		const link = document.createElement('a');
		link.href = url;
		link.download = fileName;
		link.hidden = true;
		document.body.append(link);
		link.click();
		link.remove();
		return { ok: true };
	} catch (error) {
		console.warn('The file could not be saved.', error);
		return { ok: false, message: 'The file could not be saved. Try Print instead.' };
	} finally {
		// The click starts the download; the URL is let go once it has been read.
		const made = url;
		if (made) setTimeout(() => URL.revokeObjectURL(made), 10_000);
	}
}

/** The page's own style rules as text; a style sheet the page may not read (another origin) is left out. */
function pageStyles(): string {
	const rules: string[] = [];
	for (const sheet of Array.from(document.styleSheets)) {
		try {
			for (const rule of Array.from(sheet.cssRules)) rules.push(rule.cssText);
		} catch {
			// Another origin's sheet: Unknot loads none, and the file reads without it.
		}
	}
	return rules.join('\n');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `element` as a whole HTML document that needs nothing else: the page's styles inlined, black on
 * white, and without the parts marked `data-no-export` (buttons that would do nothing in a file).
 */
export function standaloneHtml(element: Element, title: string): string {
	const copy = element.cloneNode(true) as Element;
	for (const part of Array.from(copy.querySelectorAll('[data-no-export]'))) part.remove();
	return [
		'<!doctype html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(title)}</title>`,
		`<style>\n${pageStyles()}\n:root { color-scheme: light; background: #fff; }\nbody { margin: 0; background: #fff; }\n</style>`,
		'</head>',
		`<body>\n${copy.outerHTML}\n</body>`,
		'</html>'
	].join('\n');
}
