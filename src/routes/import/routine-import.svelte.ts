/**
 * Importing a routine on the import screen: from a file, pasted text or a share link, checked whole
 * and shown before anything is saved. A routine whose id the user already has asks first (replace,
 * keep both, cancel); a built-in's id always keeps both. A backup file is handed to the restore flow.
 */
import { MAX_IMPORT_CHARS, readImportText } from '$lib/core/routine-import';
import { decodeRoutineLink, routineLinkInFragment, routineLinkInText } from '$lib/core/routine-link';
import type { Routine } from '$lib/core/routine-schema';
import { summarizeRoutine, type RoutineSummary } from '$lib/core/routine-summary';
import type { RoutineError } from '$lib/core/validate-routine';
import { addRoutine, getRoutine, replaceRoutine } from '$lib/routines/library';

export type ImportStatus = 'idle' | 'checking' | 'invalid' | 'preview' | 'saving' | 'saved';

/** The routine already under the imported one's id, if any. */
export interface ImportConflict {
	origin: 'built-in' | 'yours';
	title: string;
}

/** The library verbs the flow uses, replaceable in tests. */
export interface ImportLibrary {
	getRoutine: typeof getRoutine;
	addRoutine: typeof addRoutine;
	replaceRoutine: typeof replaceRoutine;
}

const NOTHING_SAVED = 'Nothing was saved.';

/** Whether text starts as an Unknot backup does (its format named near the top). */
function looksLikeBackup(text: string): boolean {
	return /"format"\s*:\s*"unknot-backup"/.test(text.slice(0, 300));
}

export class RoutineImport {
	status: ImportStatus = $state('idle');
	/** Where the routine came from, in words: a file's name, "the pasted text" or "the link". */
	source = $state('');
	message: string | null = $state(null);
	errors: RoutineError[] = $state.raw([]);
	routine: Routine | null = $state.raw(null);
	summary: RoutineSummary | null = $state.raw(null);
	conflict: ImportConflict | null = $state.raw(null);
	saved: Routine | null = $state.raw(null);

	readonly #library: ImportLibrary;
	/** Counts readings, so an older one finishing late never overwrites a newer one. */
	#reading = 0;

	constructor(library: ImportLibrary = { getRoutine, addRoutine, replaceRoutine }) {
		this.#library = library;
	}

	#start(source: string): number {
		this.status = 'checking';
		this.source = source;
		this.message = null;
		this.errors = [];
		this.routine = null;
		this.summary = null;
		this.conflict = null;
		this.saved = null;
		return ++this.#reading;
	}

	#refuse(message: string, errors: RoutineError[] = []): void {
		this.status = 'invalid';
		this.message = message;
		this.errors = errors;
	}

	async #preview(routine: Routine, reading: number): Promise<void> {
		const existing = await this.#library.getRoutine(routine.id).catch(() => undefined);
		if (reading !== this.#reading) return;
		this.routine = routine;
		this.summary = summarizeRoutine(routine);
		this.conflict = existing ? { origin: existing.origin, title: existing.routine.title } : null;
		this.status = 'preview';
	}

	/**
	 * Checks a chosen or dropped file. Returns its text when it is a backup, for the restore flow; a
	 * file too big to be a routine is refused without being read.
	 */
	chooseFile = async (file: File): Promise<string | null> => {
		const reading = this.#start(file.name);
		const unopened = () => {
			if (reading === this.#reading) this.#refuse(`${file.name} could not be opened. Choose it again. ${NOTHING_SAVED}`);
			return null;
		};
		let text: string;
		try {
			// A backup of years of sessions runs to megabytes (10,000 sessions make 9 MB): a big file is
			// told apart by its start, and only a backup is read whole; anything else that big is refused unread.
			if (file.size > MAX_IMPORT_CHARS * 4 && !looksLikeBackup(await file.slice(0, 1200).text())) {
				if (reading === this.#reading) {
					this.#refuse(`${file.name} is far too big to be a routine, and it is not an Unknot backup (${Math.round(file.size / 1_000_000)} MB). It was not read. ${NOTHING_SAVED}`);
				}
				return null;
			}
			text = await file.text();
		} catch {
			return unopened();
		}
		if (reading !== this.#reading) return null;
		// A link shared to the app as text arrives here as a file of text: open the routine it carries.
		const link = text.length <= MAX_IMPORT_CHARS ? routineLinkInText(text) : null;
		if (link !== null) {
			await this.openLink(link);
			return null;
		}
		// A backup may be far larger than a routine: tell it apart by its start before the routine limits apply.
		const read = readImportText(text.length > MAX_IMPORT_CHARS && looksLikeBackup(text) ? text.slice(0, 300) : text);
		if (read.kind === 'backup') {
			this.reset();
			return text;
		}
		if (read.kind === 'invalid') this.#refuse(read.message, read.errors);
		else await this.#preview(read.routine, reading);
		return null;
	};

	/** Checks pasted text: a routine's JSON, or a share link. */
	checkText = async (text: string): Promise<void> => {
		const trimmed = text.trim();
		if (/^https?:\/\/\S+$/.test(trimmed)) {
			const fragment = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#')) : '';
			if (routineLinkInFragment(fragment) !== null) {
				await this.openLink(fragment);
				return;
			}
			// Any other address (a web page about exercises, a link cut before its #r=): say so, rather
			// than nothing happening, or calling it invalid JSON.
			this.#start('the pasted text');
			this.#refuse(`This address holds no routine: an Unknot share link ends in #r= and the routine. ${NOTHING_SAVED}`);
			return;
		}
		// A link pasted with words around it, as a message app copies it.
		const link = text.length <= MAX_IMPORT_CHARS ? routineLinkInText(text) : null;
		if (link !== null) {
			await this.openLink(link);
			return;
		}
		const reading = this.#start('the pasted text');
		const read = readImportText(text);
		if (read.kind === 'backup') this.#refuse(`This is a backup, not a routine: restore it by choosing its file above. ${NOTHING_SAVED}`);
		else if (read.kind === 'invalid') this.#refuse(read.message.replace(/^This file is/, 'This is'), read.errors);
		else await this.#preview(read.routine, reading);
	};

	/** Opens the routine a share link carries in its fragment; does nothing when it carries none. */
	openLink = async (fragment: string): Promise<void> => {
		const value = routineLinkInFragment(fragment);
		if (value === null) return;
		const reading = this.#start('the link');
		const read = await decodeRoutineLink(value);
		if (reading !== this.#reading) return;
		// With mistakes listed, the screen says "Nothing was saved." under the list; without, the message does.
		if (!read.ok) this.#refuse(read.errors.length > 0 ? read.message : `${read.message} ${NOTHING_SAVED}`, read.errors);
		else await this.#preview(read.routine, reading);
	};

	/**
	 * Saves the routine shown: as new (under a fresh id when its id is taken: "keep both"), or in
	 * place of the user's routine with its id ("replace"; a built-in is never replaced).
	 */
	save = async (how: 'add' | 'replace' = 'add'): Promise<void> => {
		const routine = this.routine;
		if (!routine || this.status !== 'preview') return;
		this.status = 'saving';
		try {
			const replace = how === 'replace' && this.conflict?.origin === 'yours';
			this.saved = await (replace ? this.#library.replaceRoutine(routine) : this.#library.addRoutine(routine));
			this.status = 'saved';
		} catch (error) {
			this.status = 'preview';
			// Storage failures come as whole sentences for people ("…Free some space, then try again."):
			// shown as they are, not in brackets, and told to try again only when they do not say so.
			const said = (error instanceof Error ? error.message : String(error)).trim().replace(/(?<![.!?])$/, '.');
			this.message = `The routine could not be saved. ${said}${/try again/i.test(said) ? '' : ` ${NOTHING_SAVED} Try again.`}`;
		}
	};

	/** Back to choosing, leaving everything stored as it was. */
	reset = (): void => {
		this.#reading++;
		this.status = 'idle';
		this.source = '';
		this.message = null;
		this.errors = [];
		this.routine = null;
		this.summary = null;
		this.conflict = null;
	};
}
