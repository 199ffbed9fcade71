/**
 * Whether and how to offer installing Unknot: a button where the browser offers installation, the
 * "Add to Home Screen" steps on iOS Safari, and nothing once installed. The library's one-line hint
 * can be dismissed for good; Settings keeps the offer.
 */
import * as install from '$lib/platform/install';

/** The platform, replaceable in tests. */
export interface InstallDeps {
	watch: typeof install.watchInstall;
	isStandalone: () => boolean;
	isIosSafari: () => boolean;
	hintDismissed: () => boolean;
	dismissHint: () => void;
}

const platform: InstallDeps = {
	watch: install.watchInstall,
	isStandalone: install.isStandalone,
	isIosSafari: install.runsInIosSafari,
	hintDismissed: install.installHintDismissed,
	dismissHint: install.dismissInstallHint
};

export class InstallOffer {
	/** The browser's prompt, kept until tapped (it can be used once). */
	#prompt = $state<(() => Promise<'accepted' | 'dismissed'>) | null>(null);
	/** Installed during this visit, or launched from the home screen. */
	installed = $state(false);
	hintDismissed = $state(false);
	#iosSafari = false;
	readonly #deps: InstallDeps;

	/** What to offer: the browser's install dialog, iOS Safari's steps, or nothing. */
	readonly kind = $derived<'prompt' | 'ios' | 'none'>(this.installed ? 'none' : this.#prompt ? 'prompt' : this.#iosSafari ? 'ios' : 'none');
	/** Whether the library's one-line hint shows. */
	readonly showHint = $derived(this.kind !== 'none' && !this.hintDismissed);

	constructor(deps: InstallDeps = platform) {
		this.#deps = deps;
		this.installed = deps.isStandalone();
		this.hintDismissed = deps.hintDismissed();
		this.#iosSafari = deps.isIosSafari();
	}

	/** Starts listening for the browser's offer and for an installation; returns the stop. */
	watch = (): (() => void) =>
		this.#deps.watch({
			offered: (prompt) => (this.#prompt = prompt),
			installed: () => {
				this.installed = true;
				this.#prompt = null;
			}
		});

	/** The user's tap: the browser's own install dialog. */
	install = async (): Promise<void> => {
		const prompt = this.#prompt;
		if (!prompt) return;
		// The prompt is spent either way; the browser offers again later if the user said no.
		this.#prompt = null;
		if ((await prompt()) === 'accepted') this.installed = true;
	};

	/** Hides the library's hint for good (Settings still offers it). */
	dismissHint = (): void => {
		this.hintDismissed = true;
		this.#deps.dismissHint();
	};
}

/** The app's one install offer (loaded with the screens that show it, never on first load). */
export const installOffer = new InstallOffer();
