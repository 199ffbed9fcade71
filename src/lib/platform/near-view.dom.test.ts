import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNearView } from './near-view';

/** A stand-in IntersectionObserver that the test drives: `report` says whether the element is near. */
class FakeObserver {
	static last: FakeObserver | null = null;
	observed: Element[] = [];
	disconnected = false;
	constructor(
		readonly callback: (entries: { isIntersecting: boolean }[]) => void,
		readonly options: { rootMargin?: string }
	) {
		FakeObserver.last = this;
	}
	observe(element: Element) {
		this.observed.push(element);
	}
	disconnect() {
		this.disconnected = true;
	}
	report(isIntersecting: boolean) {
		if (!this.disconnected) this.callback([{ isIntersecting }]);
	}
}

describe('when an element comes near the screen', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		FakeObserver.last = null;
	});

	it('waits until the element is near, calls once, and stops watching', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const element = document.createElement('p');
		const then = vi.fn();
		whenNearView(element, then, 300);
		const observer = FakeObserver.last!;
		expect(observer.observed).toEqual([element]);
		expect(observer.options.rootMargin).toBe('300px 0px');
		observer.report(false);
		expect(then).not.toHaveBeenCalled();
		observer.report(true);
		expect(then).toHaveBeenCalledOnce();
		expect(observer.disconnected).toBe(true);
	});

	it('hears nothing once stopped', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const then = vi.fn();
		const stop = whenNearView(document.createElement('p'), then);
		stop();
		FakeObserver.last!.report(true);
		expect(then).not.toHaveBeenCalled();
	});

	it('calls at once where the browser cannot tell', () => {
		vi.stubGlobal('IntersectionObserver', undefined);
		const then = vi.fn();
		whenNearView(document.createElement('p'), then);
		expect(then).toHaveBeenCalledOnce();
	});
});
