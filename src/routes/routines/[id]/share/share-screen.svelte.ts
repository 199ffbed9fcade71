/**
 * The share screen's state: a routine handed on as a file, a link that carries it whole, the link as a
 * QR code, or its JSON on the clipboard. The QR encoder is loaded only here (a dynamic import), so no
 * other screen pays for it.
 */
import { qrPath } from '$lib/core/qr-svg';
import { routineFileName, routineFileText, ROUTINE_SCHEMA_PATH } from '$lib/core/routine-file';
import { routineLinkFragment } from '$lib/core/routine-link';
import type { Routine } from '$lib/core/routine-schema';
import { absoluteUrl } from '$lib/platform/address';
import { copyText } from '$lib/platform/clipboard';
import { shareFile } from '$lib/platform/share-file';

/** A QR code ready to draw: its path, its size in modules (with the quiet zone) and its error correction. */
export interface QrCode {
	path: string;
	size: number;
	ecc: 'M' | 'L';
}

/** What the error-correction levels recover, for the small print under the code. */
export const ECC_WORDS = { M: 'level M: it still reads with up to 15% of it hidden or smudged', L: 'level L: it still reads with up to 7% of it hidden or smudged' } as const;

/**
 * Level M (15%) where the link fits, as a screen or print held to a camera loses little; L (7%) for
 * a routine whose link is too long for M, since a code that cannot be made helps no one.
 */
const ECC_LEVELS = ['M', 'L'] as const;

/** The platform verbs the screen uses, replaceable in tests. */
export interface ShareDeps {
	shareFile: typeof shareFile;
	copyText: typeof copyText;
	absoluteUrl: typeof absoluteUrl;
	loadQr: () => Promise<typeof import('uqr')>;
}

const defaults: ShareDeps = { shareFile, copyText, absoluteUrl, loadQr: () => import('uqr') };

export class ShareScreen {
	/** The share link, once made. */
	link: string | null = $state(null);
	qr: QrCode | null = $state.raw(null);
	/** Why there is no QR code, when there is none. */
	qrProblem: string | null = $state(null);
	/** What the last action did, for the live region. */
	status: string = $state('');
	/** What went wrong with the last action, if it did. */
	problem: string | null = $state(null);

	readonly #routine: Routine;
	readonly #deps: ShareDeps;

	constructor(routine: Routine, deps: Partial<ShareDeps> = {}) {
		this.#routine = routine;
		this.#deps = { ...defaults, ...deps };
	}

	/** Makes the link, then its QR code. */
	prepare = async (): Promise<void> => {
		try {
			const fragment = await routineLinkFragment(this.#routine);
			this.link = this.#deps.absoluteUrl(`/import${fragment}`) ?? `/import${fragment}`;
		} catch (error) {
			this.qrProblem = 'The share link could not be made here. Export the routine as a file instead.';
			console.warn('The share link could not be made.', error);
			return;
		}
		try {
			const { encode } = await this.#deps.loadQr();
			for (const ecc of ECC_LEVELS) {
				try {
					const code = encode(this.link, { ecc, border: 4 });
					this.qr = { path: qrPath(code.data), size: code.size, ecc };
					return;
				} catch {
					// Too long at this level: try the next, lower one.
				}
			}
			this.qrProblem = 'This routine is too long for a QR code. Share the link or the file instead.';
		} catch (error) {
			console.warn('The QR code could not be made.', error);
			this.qrProblem = 'The QR code could not be made (this screen may need to be opened once with a connection). Share the link or the file instead.';
		}
	};

	#report(done: string, outcome: { ok: true } | { ok: false; message: string }): void {
		this.problem = outcome.ok ? null : outcome.message;
		this.status = outcome.ok ? done : '';
	}

	/** Hands the routine on as a `.json` file: the share sheet on phones that can, a download elsewhere. */
	exportFile = async (): Promise<void> => {
		const name = routineFileName(this.#routine);
		const text = routineFileText(this.#routine, this.#deps.absoluteUrl(ROUTINE_SCHEMA_PATH) ?? undefined);
		const outcome = await this.#deps.shareFile(name, text, 'application/json');
		if (!outcome.ok) return this.#report('', outcome);
		const words = { shared: `Shared ${name}.`, downloaded: `Saved ${name} to your downloads.`, cancelled: '' } as const;
		this.#report(words[outcome.how], { ok: true });
	};

	/** Copies the share link. */
	copyLink = async (): Promise<void> => {
		if (this.link) this.#report('Link copied.', await this.#deps.copyText(this.link));
	};

	/** Copies the routine's JSON, to paste into Unknot on another phone (iOS keeps Safari and the app apart). */
	copyRoutine = async (): Promise<void> => {
		this.#report('Routine copied. Paste it on the import screen.', await this.#deps.copyText(routineFileText(this.#routine)));
	};
}
