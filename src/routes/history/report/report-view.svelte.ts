/**
 * The physio report's state: the period chosen (a preset ending today, or two dates), the report read
 * for it, and saving it as a file. Reads through `$lib/history/progress`; an answer that comes back
 * after a newer request is dropped.
 */
import { dayKeyOf, type DayKey } from '$lib/core/local-time';
import { lastDays, orderedRange, reportFileName, REPORT_PERIODS, type DayRange, type ReportPeriodId } from '$lib/core/report';
import { timeZoneOfDevice } from '$lib/platform/clock';
import { downloadFile, standaloneHtml } from '$lib/platform/download';
import { readReport, type Report } from '$lib/history/progress';

const KEY = /^\d{4}-\d{2}-\d{2}$/;

export class ReportView {
	readonly timeZone: string;
	readonly today: DayKey;

	choice: ReportPeriodId | 'dates' = $state('4-weeks');
	/** The typed dates (`YYYY-MM-DD`, as a date input gives them), used when `choice` is `dates`. */
	from: DayKey = $state('');
	to: DayKey = $state('');
	report: Report | null = $state.raw(null);
	status: 'loading' | 'ready' | 'failed' = $state('loading');
	error: string | null = $state(null);
	/** What saving the file said, when it did not work. */
	downloadMessage: string | null = $state(null);

	#request = 0;

	constructor(
		readonly nowMs: number,
		timeZone?: string
	) {
		this.timeZone = timeZone ?? timeZoneOfDevice();
		this.today = dayKeyOf(nowMs, this.timeZone);
		const range = this.#presetRange('4-weeks');
		this.from = range.from;
		this.to = range.to;
	}

	#presetRange(id: ReportPeriodId): DayRange {
		const days = REPORT_PERIODS.find((period) => period.id === id)?.days ?? 28;
		return lastDays(this.today, days);
	}

	/** The days the report covers now; null while the typed dates are not both whole dates. */
	get range(): DayRange | null {
		if (this.choice !== 'dates') return this.#presetRange(this.choice);
		return KEY.test(this.from) && KEY.test(this.to) ? orderedRange(this.from, this.to) : null;
	}

	/** Chooses a preset, or the typed dates (starting from the preset shown). */
	choose = (choice: ReportPeriodId | 'dates'): Promise<void> => {
		if (choice === 'dates' && this.report) ({ from: this.from, to: this.to } = this.report.range);
		this.choice = choice;
		return this.load();
	};

	/** Sets one of the typed dates and reads the report for them. */
	setDate = (which: 'from' | 'to', value: string): Promise<void> => {
		this[which] = value;
		return this.load();
	};

	/** Reads the report for the range chosen. */
	async load(): Promise<void> {
		const range = this.range;
		if (!range) return;
		const request = ++this.#request;
		this.status = 'loading';
		try {
			const report = await readReport(range, this.nowMs, this.timeZone);
			if (request !== this.#request) return;
			this.report = report;
			this.status = 'ready';
			this.error = null;
		} catch (error) {
			if (request !== this.#request) return;
			this.error = error instanceof Error ? error.message : 'Your history could not be read.';
			this.status = 'failed';
		}
	}

	/** Saves `page` (the report as shown) as one HTML file named for its days. */
	download = (page: Element, title: string): void => {
		if (!this.report) return;
		const outcome = downloadFile(reportFileName(this.report.range), standaloneHtml(page, title));
		this.downloadMessage = outcome.ok ? null : outcome.message;
	};
}
