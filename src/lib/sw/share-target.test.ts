import { describe, expect, it } from 'vitest';
import { handleShareTarget, SHARED_KEY } from './share-target';

function cacheStub() {
	const kept = new Map<string, Response>();
	return { kept, put: async (key: string, response: Response) => void kept.set(key, response) };
}

function post(form: FormData): Request {
	return new Request('https://unknot.example/import/share', { method: 'POST', body: form });
}

describe('the share target', () => {
	it('keeps a shared file under its name and redirects to the import screen', async () => {
		const form = new FormData();
		form.append('file', new File(['{"schemaVersion":1}'], 'hips.json', { type: 'application/json' }));
		const cache = cacheStub();
		const response = await handleShareTarget(post(form), cache);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('https://unknot.example/import?shared=1');
		const kept = cache.kept.get(SHARED_KEY);
		expect(await kept?.text()).toBe('{"schemaVersion":1}');
		expect(decodeURIComponent(kept?.headers.get('x-file-name') ?? '')).toBe('hips.json');
	});

	it('keeps shared text (a link) when no file came', async () => {
		const form = new FormData();
		form.append('url', 'https://unknot.example/import#r=1.abc');
		const cache = cacheStub();
		await handleShareTarget(post(form), cache);
		expect(await cache.kept.get(SHARED_KEY)?.text()).toBe('https://unknot.example/import#r=1.abc');
	});

	it('still redirects when the post holds nothing it can read', async () => {
		const cache = cacheStub();
		const response = await handleShareTarget(new Request('https://unknot.example/import/share', { method: 'POST', body: 'nonsense' }), cache);
		expect(response.status).toBe(303);
		expect(cache.kept.size).toBe(0);
	});

	it('redirects inside the sub-path the app is served under', async () => {
		const form = new FormData();
		form.append('text', 'hello');
		const response = await handleShareTarget(new Request('https://pages.example/unknot/import/share', { method: 'POST', body: form }), cacheStub(), '/unknot');
		expect(response.headers.get('location')).toBe('https://pages.example/unknot/import?shared=1');
	});
});
