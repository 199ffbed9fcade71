/**
 * Putting text on the clipboard (a share link, a routine's JSON). Feature-detecting and failing soft:
 * the answer says what went wrong in words, and the screen keeps the text in view to copy by hand.
 */

/** Whether it worked, and if not, what to tell the user. */
export type CopyOutcome = { ok: true } | { ok: false; message: string };

const CANNOT = 'This browser does not let Unknot copy. Select the text shown and copy it yourself.';

/** Copies `text` to the clipboard (needs a secure page and, in most browsers, a tap just before). */
export async function copyText(text: string): Promise<CopyOutcome> {
	if (typeof navigator === 'undefined' || typeof navigator.clipboard?.writeText !== 'function') return { ok: false, message: CANNOT };
	try {
		await navigator.clipboard.writeText(text);
		return { ok: true };
	} catch (error) {
		console.warn('Copying to the clipboard failed.', error);
		return { ok: false, message: 'Copying was not allowed. Select the text shown and copy it yourself.' };
	}
}
