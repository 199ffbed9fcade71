import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNearView } from './near-view';
import { FakeIntersectionObserver, useFakeIntersectionObserver } from './testing/fake-intersection-observer';

describe('when an element comes near the screen', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('waits until the element is near, calls once, and stops watching', () => {
		useFakeIntersectionObserver();
		const element = document.createElement('p');
		const then = vi.fn();
		whenNearView(element, then, 300);
		const observer = FakeIntersectionObserver.last!;
		expect(observer.observed).toEqual([element]);
		expect(observer.options.rootMargin).toBe('300px 0px');
		observer.report(false);
		expect(then).not.toHaveBeenCalled();
		observer.report(true);
		expect(then).toHaveBeenCalledOnce();
		expect(observer.disconnected).toBe(true);
	});

	it('hears nothing once stopped', () => {
		useFakeIntersectionObserver();
		const then = vi.fn();
		const stop = whenNearView(document.createElement('p'), then);
		stop();
		FakeIntersectionObserver.last!.report(true);
		expect(then).not.toHaveBeenCalled();
	});

	it('calls at once where the browser cannot tell', () => {
		vi.stubGlobal('IntersectionObserver', undefined);
		const then = vi.fn();
		whenNearView(document.createElement('p'), then);
		expect(then).toHaveBeenCalledOnce();
	});
});
