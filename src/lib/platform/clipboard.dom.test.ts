import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

afterEach(() => vi.unstubAllGlobals());

describe('copying text', () => {
	it('puts the text on the clipboard', async () => {
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		expect(await copyText('hello')).toEqual({ ok: true });
		expect(writeText).toHaveBeenCalledWith('hello');
	});

	it('says so, in words, where there is no clipboard or copying is refused', async () => {
		vi.stubGlobal('navigator', {});
		expect(await copyText('x')).toEqual({ ok: false, message: expect.stringMatching(/^This browser does not let Unknot copy/) });
		vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(async () => Promise.reject(new DOMException('no', 'NotAllowedError'))) } });
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(await copyText('x')).toEqual({ ok: false, message: expect.stringMatching(/^Copying was not allowed/) });
	});
});
