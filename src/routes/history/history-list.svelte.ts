/**
 * The history's list of sessions, a page at a time, newest first: ten years of daily sessions open
 * as fast as ten, and "Show older" reads the next page through the start-time index.
 */
import { groupByDay } from '$lib/core/history-stats';
import { dayKeyOf } from '$lib/core/local-time';
import type { SessionRecord } from '$lib/core/session-record';
import { listSessionPage, type PageEnd, type SessionPage } from '$lib/platform/session-store';

/** Sessions read per page. */
export const PAGE_SIZE = 30;
/** At most this many are read at once when coming back to the history. */
const MAX_FIRST_READ = 600;

/**
 * How many sessions the history showed last (for this visit to the app): coming back to it (Back
 * from a session) reads as many again, so the list and the scroll position are where they were.
 */
let shownLast = PAGE_SIZE;

/** How many sessions to read when the history opens. */
export function sessionsToRead(): number {
	return Math.min(Math.max(PAGE_SIZE, shownLast), MAX_FIRST_READ);
}

export class HistoryList {
	sessions: SessionRecord[] = $state.raw([]);
	/** Records that could not be read, counted across the pages read so far. */
	unreadableCount = $state(0);
	next: PageEnd | null = $state.raw(null);
	loadingMore = $state(false);
	error: string | null = $state(null);

	readonly #timeZone: string;
	readonly #readPage: (after: PageEnd | null, limit: number) => Promise<SessionPage>;

	constructor(first: SessionPage, timeZone: string, readPage = listSessionPage) {
		this.sessions = first.records;
		shownLast = Math.max(PAGE_SIZE, first.records.length + first.unreadable.length);
		this.unreadableCount = first.unreadable.length;
		this.next = first.next;
		this.#timeZone = timeZone;
		this.#readPage = readPage;
	}

	/** The sessions read so far, grouped by local day, newest first. */
	readonly days = $derived(groupByDay(this.sessions, (session) => dayKeyOf(session.startedAt, this.#timeZone)));

	/** Reads the next page of older sessions; a failure is kept in `error` and can be tried again. */
	showOlder = async (): Promise<void> => {
		if (!this.next || this.loadingMore) return;
		this.loadingMore = true;
		this.error = null;
		try {
			const page = await this.#readPage(this.next, PAGE_SIZE);
			this.sessions = [...this.sessions, ...page.records];
			this.unreadableCount += page.unreadable.length;
			shownLast = this.sessions.length + this.unreadableCount;
			this.next = page.next;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.loadingMore = false;
		}
	};
}
