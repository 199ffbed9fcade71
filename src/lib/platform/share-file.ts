/**
 * Handing a file made on the page to the user: through the phone's share sheet (Web Share with files)
 * where the browser says it can share that file, so it can go straight to a mail, a chat or a drive;
 * otherwise saved as a download. Feature-detecting and failing soft: the answer says what happened,
 * and what went wrong in words.
 */
import { canDownload, downloadFile } from './download';

/** What became of the file: shared, saved as a download, or the user closed the share sheet. */
export type ShareOutcome = { ok: true; how: 'shared' | 'downloaded' | 'cancelled' } | { ok: false; message: string };

const CANNOT = 'This browser can neither share nor save files from Unknot. Open Unknot in the browser rather than the installed app, and try again.';
const FAILED = 'The file could not be saved. Try again; if it keeps failing, open Unknot in the browser rather than the installed app.';

/** The file as Web Share would take it, when the browser says it can share it; null otherwise. */
function shareableFile(fileName: string, contents: string, type: string): File | null {
	if (typeof navigator === 'undefined' || typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return null;
	if (typeof File !== 'function') return null;
	try {
		// Share targets match on the bare media type: `text/csv`, not `text/csv;charset=utf-8`.
		const file = new File([contents], fileName, { type: type.split(';')[0]?.trim() ?? '' });
		return navigator.canShare({ files: [file] }) ? file : null;
	} catch {
		return null;
	}
}

/**
 * Shares `contents` as a file called `fileName` where the browser can share files of its kind (most
 * phones), and downloads it otherwise, or when sharing fails for any reason but the user's own
 * cancelling (for example when the tap that asked is too long ago for the browser to allow a share).
 */
export async function shareFile(fileName: string, contents: string, type: string): Promise<ShareOutcome> {
	const file = shareableFile(fileName, contents, type);
	if (file) {
		try {
			await navigator.share({ files: [file], title: fileName });
			return { ok: true, how: 'shared' };
		} catch (error) {
			// Closing the share sheet is a choice, not a failure: nothing more is done.
			if (error instanceof DOMException && error.name === 'AbortError') return { ok: true, how: 'cancelled' };
			console.warn('Sharing the file failed; saving it as a download instead.', error);
		}
	}
	// The download module's own words speak of the report (“Try Print instead”); these fit any file.
	if (!canDownload()) return { ok: false, message: CANNOT };
	return downloadFile(fileName, contents, type).ok ? { ok: true, how: 'downloaded' } : { ok: false, message: FAILED };
}
