import { describe, expect, it, vi } from 'vitest';
import { downloadFile, standaloneHtml } from '$lib/platform/download';
import { readReport, type Report } from '$lib/history/progress';
import { ReportView } from './report-view.svelte';

vi.mock('$lib/history/progress', () => ({
	readReport: vi.fn(async (range: Report['range']) => ({ range }) as Report)
}));
vi.mock('$lib/platform/download', () => ({
	downloadFile: vi.fn(() => ({ ok: true })),
	standaloneHtml: vi.fn(() => '<!doctype html>')
}));

const NOW = Date.parse('2026-11-22T09:00:00Z');

describe('the physio report’s period', () => {
	it('starts with the last 4 weeks, and reads a preset ending today', async () => {
		const view = new ReportView(NOW, 'Europe/London');
		await view.load();
		expect(readReport).toHaveBeenLastCalledWith({ from: '2026-10-26', to: '2026-11-22' }, NOW, 'Europe/London');
		expect(view.status).toBe('ready');
		await view.choose('6-months');
		expect(view.report?.range).toEqual({ from: '2026-05-25', to: '2026-11-22' });
	});

	it('takes two dates, in either order, starting from the period shown, and waits for both', async () => {
		const view = new ReportView(NOW, 'UTC');
		await view.choose('3-months');
		await view.choose('dates');
		expect([view.from, view.to]).toEqual(['2026-08-24', '2026-11-22']);
		await view.setDate('to', '2026-08-01');
		expect(view.report?.range).toEqual({ from: '2026-08-01', to: '2026-08-24' });
		vi.mocked(readReport).mockClear();
		await view.setDate('from', '');
		expect(view.range).toBeNull();
		expect(readReport).not.toHaveBeenCalled();
	});

	it('says why when the history cannot be read', async () => {
		vi.mocked(readReport).mockRejectedValueOnce(new Error('Your phone is out of storage space for Unknot.'));
		const view = new ReportView(NOW, 'UTC');
		await view.load();
		expect(view).toMatchObject({ status: 'failed', error: 'Your phone is out of storage space for Unknot.' });
	});
});

describe('saving the report', () => {
	it('saves the page as a file named for its days, and says so when it cannot', async () => {
		const view = new ReportView(NOW, 'UTC');
		const page = document.createElement('article');
		view.download(page, 'Rehab report');
		expect(downloadFile).not.toHaveBeenCalled();
		await view.load();
		view.download(page, 'Rehab report');
		expect(standaloneHtml).toHaveBeenLastCalledWith(page, 'Rehab report');
		expect(downloadFile).toHaveBeenLastCalledWith('unknot-report-2026-10-26-to-2026-11-22.html', '<!doctype html>');
		expect(view.downloadMessage).toBeNull();
		vi.mocked(downloadFile).mockReturnValueOnce({ ok: false, message: 'This browser cannot save files from Unknot.' });
		view.download(page, 'Rehab report');
		expect(view.downloadMessage).toBe('This browser cannot save files from Unknot.');
	});
});
