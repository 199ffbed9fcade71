import { describe, expect, it, vi } from 'vitest';
import { decodeRoutineLink, routineLinkInFragment } from '$lib/core/routine-link';
import type { Routine } from '$lib/core/routine-schema';
import { ShareScreen, type ShareDeps } from './share-screen.svelte';

const ROUTINE = { schemaVersion: 1, id: 'mine', title: 'Mine', steps: [{ kind: 'timed', name: 'Hold', seconds: 30 }] } as Routine;

function deps(overrides: Partial<ShareDeps> = {}) {
	return {
		shareFile: vi.fn<ShareDeps['shareFile']>(async () => ({ ok: true, how: 'downloaded' })),
		copyText: vi.fn<ShareDeps['copyText']>(async () => ({ ok: true })),
		absoluteUrl: (path: string) => `https://unknot.example${path}`,
		...overrides
	};
}

describe('the share screen', () => {
	it('makes a link that carries the routine, and its QR code at level M', async () => {
		const screen = new ShareScreen(ROUTINE, deps());
		await screen.prepare();
		expect(screen.link).toMatch(/^https:\/\/unknot\.example\/import#r=2\./);
		const read = await decodeRoutineLink(routineLinkInFragment(new URL(screen.link!).hash) ?? '');
		expect(read).toEqual({ ok: true, routine: ROUTINE });
		expect(screen.qr).toMatchObject({ ecc: 'M', size: expect.any(Number), path: expect.stringMatching(/^M\d+ \d+h/) });
	});

	it('falls back to level L for a long link, and says when there can be no code', async () => {
		const encode = vi.fn((_: string, options: { ecc: string }) => {
			if (options.ecc === 'M') throw new RangeError('Data too long');
			return { data: [[true]], size: 1 };
		});
		const screen = new ShareScreen(ROUTINE, deps({ loadQr: async () => ({ encode }) as never }));
		await screen.prepare();
		expect(screen.qr?.ecc).toBe('L');
		const none = new ShareScreen(ROUTINE, deps({ loadQr: async () => Promise.reject(new Error('offline')) }));
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		await none.prepare();
		expect(none.qr).toBeNull();
		expect(none.qrProblem).toMatch(/^The QR code could not be made/);
	});

	it('exports the file naming the published schema, and copies the link and the routine', async () => {
		const copyText = vi.fn<ShareDeps['copyText']>(async () => ({ ok: true }));
		const d = { ...deps(), copyText };
		const screen = new ShareScreen(ROUTINE, d);
		await screen.prepare();
		await screen.exportFile();
		expect(d.shareFile).toHaveBeenCalledWith('mine.json', expect.stringContaining('"$schema": "https://unknot.example/routine.schema.json"'), 'application/json');
		expect(screen.status).toBe('Saved mine.json to your downloads.');
		await screen.copyLink();
		expect(copyText).toHaveBeenLastCalledWith(screen.link);
		expect(screen.status).toBe('Link copied.');
		await screen.copyRoutine();
		expect(JSON.parse(copyText.mock.lastCall![0])).toEqual(ROUTINE);
	});

	it('says what went wrong when copying or saving fails', async () => {
		const screen = new ShareScreen(ROUTINE, deps({ copyText: async () => ({ ok: false, message: 'No clipboard.' }), shareFile: async () => ({ ok: false, message: 'No saving.' }) }));
		await screen.copyRoutine();
		expect(screen.problem).toBe('No clipboard.');
		await screen.exportFile();
		expect(screen.problem).toBe('No saving.');
	});
});
