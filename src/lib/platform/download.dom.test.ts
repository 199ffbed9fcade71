import { afterEach, describe, expect, it, vi } from 'vitest';
import { canDownload, downloadFile, standaloneHtml } from './download';

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	document.body.innerHTML = '';
	document.head.innerHTML = '';
});

describe('saving a file', () => {
	it('clicks a hidden download link to a Blob of the contents, and lets the URL go later', async () => {
		vi.useFakeTimers();
		const made: Blob[] = [];
		URL.createObjectURL = vi.fn((blob: Blob) => {
			made.push(blob);
			return 'blob:report';
		});
		URL.revokeObjectURL = vi.fn();
		const clicks: HTMLAnchorElement[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			clicks.push(this);
		});
		expect(downloadFile('report.html', '<p>hi</p>')).toEqual({ ok: true });
		expect(clicks.map((link) => [link.download, link.href])).toEqual([['report.html', 'blob:report']]);
		expect(await made[0]?.text()).toBe('<p>hi</p>');
		expect(made[0]?.type).toBe('text/html;charset=utf-8');
		expect(document.querySelector('a')).toBeNull();
		vi.advanceTimersByTime(10_000);
		expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:report');
		vi.useRealTimers();
	});

	it('says so in words where the browser cannot save files, or saving fails', () => {
		const create = URL.createObjectURL;
		vi.stubGlobal('URL', { ...URL, createObjectURL: undefined });
		expect(canDownload()).toBe(false);
		expect(downloadFile('a.html', 'x')).toEqual({ ok: false, message: expect.stringMatching(/cannot save files.*Print/) });
		vi.unstubAllGlobals();
		URL.createObjectURL = vi.fn(() => {
			throw new Error('no');
		});
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(downloadFile('a.html', 'x')).toEqual({ ok: false, message: 'The file could not be saved. Try Print instead.' });
		URL.createObjectURL = create;
	});
});

describe('a page as one file', () => {
	it('inlines the page’s styles and leaves out the parts marked not for export', () => {
		const style = document.createElement('style');
		style.textContent = '.paper { color: black; }';
		document.head.append(style);
		document.body.innerHTML = '<article class="paper"><h1>Report</h1><button data-no-export>Print</button></article>';
		const html = standaloneHtml(document.querySelector('article') as Element, 'Report <1>');
		expect(html).toMatch(/^<!doctype html>/);
		expect(html).toContain('<title>Report &lt;1&gt;</title>');
		expect(html).toContain('.paper { color: black; }');
		expect(html).toContain('<article class="paper"><h1>Report</h1></article>');
		expect(document.querySelector('button')).not.toBeNull();
	});
});
