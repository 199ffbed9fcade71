import { describe, expect, it, vi } from 'vitest';
import { applyWaitingUpdate, registerServiceWorker, SKIP_WAITING } from './sw-bridge';

/** A worker whose state the test moves on. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	postMessage = vi.fn();
	become(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

/** The browser's service-worker container and registration, as far as the bridge uses them. */
function fakeBrowser({ controlled, waiting = null, installing = null }: { controlled: boolean; waiting?: FakeWorker | null; installing?: FakeWorker | null }) {
	const registration = Object.assign(new EventTarget(), { waiting, installing });
	const container = Object.assign(new EventTarget(), {
		controller: controlled ? new FakeWorker() : null,
		register: vi.fn(async () => registration)
	});
	const events = { waiting: vi.fn(), reloadNeeded: vi.fn() };
	/** A new worker arrives (from this tab's check or another tab's) and installs. */
	const update = () => {
		const worker = new FakeWorker();
		registration.installing = worker;
		registration.dispatchEvent(new Event('updatefound'));
		registration.waiting = worker;
		registration.installing = null;
		worker.become('installed');
		return worker;
	};
	const takeOver = (worker: FakeWorker) => {
		container.controller = worker;
		container.dispatchEvent(new Event('controllerchange'));
	};
	return { registration, container, events, update, takeOver, register: (base = '') => registerServiceWorker(events, base, container as unknown as ServiceWorkerContainer) };
}

describe('the service worker bridge', () => {
	it("registers the worker at the app's path: the site's root, or the sub-path it is served under", async () => {
		const browser = fakeBrowser({ controlled: false });
		await browser.register();
		expect(browser.container.register).toHaveBeenCalledWith('/service-worker.js', { scope: '/' });
		await browser.register('/unknot');
		expect(browser.container.register).toHaveBeenLastCalledWith('/unknot/service-worker.js', { scope: '/unknot/' });
	});

	it("a first visit's first worker is no update: nothing is offered and nothing reloads", async () => {
		const browser = fakeBrowser({ controlled: false });
		await browser.register();
		const first = browser.update();
		browser.takeOver(first);
		expect(browser.events.waiting).not.toHaveBeenCalled();
		expect(browser.events.reloadNeeded).not.toHaveBeenCalled();
	});

	it('offers a new version that installs while another controls the page, and applies it on the word', async () => {
		const browser = fakeBrowser({ controlled: true });
		await browser.register();
		expect(browser.events.waiting).not.toHaveBeenCalled();
		const next = browser.update();
		expect(browser.events.waiting).toHaveBeenCalled();
		await applyWaitingUpdate();
		expect(next.postMessage).toHaveBeenCalledWith(SKIP_WAITING);
		browser.takeOver(next);
		expect(browser.events.reloadNeeded).toHaveBeenCalledOnce();
	});

	it('offers a version left waiting by an earlier visit, and one already installing when the page opened', async () => {
		const left = fakeBrowser({ controlled: true, waiting: new FakeWorker() });
		await left.register();
		expect(left.events.waiting).toHaveBeenCalled();

		const installing = new FakeWorker();
		const busy = fakeBrowser({ controlled: true, installing });
		await busy.register();
		expect(busy.events.waiting).not.toHaveBeenCalled();
		busy.registration.waiting = installing;
		installing.become('installed');
		expect(busy.events.waiting).toHaveBeenCalled();
	});

	it('a version another tab let take over asks this page to reload', async () => {
		const browser = fakeBrowser({ controlled: true });
		await browser.register();
		browser.takeOver(new FakeWorker());
		expect(browser.events.reloadNeeded).toHaveBeenCalledOnce();
	});

	it('fails soft: no service workers, or a registration refused, leaves the app running', async () => {
		await expect(registerServiceWorker({ waiting: vi.fn(), reloadNeeded: vi.fn() }, '', undefined)).resolves.toBeUndefined();
		const browser = fakeBrowser({ controlled: true });
		browser.container.register.mockRejectedValueOnce(new Error('refused'));
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		await browser.register();
		expect(warn).toHaveBeenCalledWith(expect.stringMatching(/will not work offline/), expect.any(Error));
		warn.mockRestore();
	});
});
