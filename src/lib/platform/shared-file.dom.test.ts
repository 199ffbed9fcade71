import { afterEach, describe, expect, it, vi } from 'vitest';
import { onLaunchedFile, takeSharedFile } from './shared-file';

afterEach(() => vi.unstubAllGlobals());

describe('files from outside the page', () => {
	it('takes the file the service worker kept, once', async () => {
		const stored = new Map<string, Response>([['/import/shared-file', new Response('{"a":1}', { headers: { 'x-file-name': 'hips%20plan.json' } })]]);
		const cache = {
			match: async (key: string) => stored.get(key),
			delete: async (key: string) => stored.delete(key)
		};
		vi.stubGlobal('caches', { open: async () => cache });
		const file = await takeSharedFile();
		expect(file?.name).toBe('hips plan.json');
		expect(await file?.text()).toBe('{"a":1}');
		expect(await takeSharedFile()).toBeNull();
	});

	it('has none where there is no Cache Storage', async () => {
		vi.stubGlobal('caches', undefined);
		expect(await takeSharedFile()).toBeNull();
	});

	it('hands over the file the installed app was opened with (launchQueue)', async () => {
		const open = vi.fn();
		vi.stubGlobal('launchQueue', {
			setConsumer: (consumer: (params: { files: { getFile(): Promise<File> }[] }) => void) =>
				consumer({ files: [{ getFile: async () => new File(['{}'], 'routine.json') }] })
		});
		onLaunchedFile(open);
		await vi.waitFor(() => expect(open).toHaveBeenCalledWith(expect.objectContaining({ name: 'routine.json' })));
	});

	it('does nothing where the browser has no launchQueue', () => {
		const open = vi.fn();
		onLaunchedFile(open);
		expect(open).not.toHaveBeenCalled();
	});
});
