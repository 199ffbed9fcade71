import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shareFile } from './share-file';

/** Downloads the page starts, as the hidden link's name and the Blob's text. */
let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
	downloads = [];
	vi.spyOn(console, 'warn').mockImplementation(() => {});
	URL.createObjectURL = vi.fn(() => 'blob:file');
	URL.revokeObjectURL = vi.fn();
	const blobs: Blob[] = [];
	vi.stubGlobal(
		'Blob',
		class extends Blob {
			constructor(parts: BlobPart[], options?: BlobPropertyBag) {
				super(parts, options);
				blobs.push(this);
			}
		}
	);
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
		downloads.push({ name: this.download, blob: blobs[blobs.length - 1] as Blob });
	});
});

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	document.body.innerHTML = '';
});

/** A phone's Web Share: `canShare` answers as told, `share` does what `share` is given. */
function stubShare(canShare: boolean, share: (data: ShareData) => Promise<void> = async () => {}) {
	const shared: ShareData[] = [];
	vi.stubGlobal('navigator', {
		...navigator,
		canShare: vi.fn(() => canShare),
		share: vi.fn(async (data: ShareData) => {
			shared.push(data);
			await share(data);
		})
	});
	return shared;
}

describe('sharing a file', () => {
	it('shares it through the share sheet where the browser can share such a file, with its bare media type', async () => {
		const shared = stubShare(true);
		expect(await shareFile('unknot-history-2026-11-22.csv', 'a,b\r\n1,2', 'text/csv;charset=utf-8')).toEqual({ ok: true, how: 'shared' });
		const file = shared[0]?.files?.[0];
		expect(file?.name).toBe('unknot-history-2026-11-22.csv');
		expect(file?.type).toBe('text/csv');
		expect(await file?.text()).toBe('a,b\r\n1,2');
		expect(downloads).toEqual([]);
	});

	it('takes a closed share sheet as the user’s choice: nothing else happens', async () => {
		stubShare(true, async () => {
			throw new DOMException('Share canceled', 'AbortError');
		});
		expect(await shareFile('a.csv', 'x', 'text/csv')).toEqual({ ok: true, how: 'cancelled' });
		expect(downloads).toEqual([]);
	});

	it('downloads it instead when sharing fails for another reason (the tap was too long ago)', async () => {
		stubShare(true, async () => {
			throw new DOMException('Must be handling a user gesture', 'NotAllowedError');
		});
		expect(await shareFile('a.json', '{}', 'application/json')).toEqual({ ok: true, how: 'downloaded' });
		expect(downloads.map((d) => d.name)).toEqual(['a.json']);
	});

	it('downloads it where the browser cannot share such a file, or has no Web Share', async () => {
		const shared = stubShare(false);
		expect(await shareFile('a.json', '{"a":1}', 'application/json')).toEqual({ ok: true, how: 'downloaded' });
		expect(shared).toEqual([]);
		vi.unstubAllGlobals();
		expect(await shareFile('b.csv', 'x', 'text/csv')).toEqual({ ok: true, how: 'downloaded' });
		expect(downloads.map((d) => d.name)).toEqual(['a.json', 'b.csv']);
		expect(await downloads[0]?.blob.text()).toBe('{"a":1}');
	});

	it('says so in words where it can neither share nor save, or saving fails', async () => {
		vi.stubGlobal('URL', { ...URL, createObjectURL: undefined });
		expect(await shareFile('a.csv', 'x', 'text/csv')).toEqual({ ok: false, message: expect.stringMatching(/neither share nor save/) });
		vi.unstubAllGlobals();
		URL.createObjectURL = vi.fn(() => {
			throw new Error('out of memory');
		});
		expect(await shareFile('a.csv', 'x', 'text/csv')).toEqual({ ok: false, message: expect.stringMatching(/could not be saved/) });
	});
});
