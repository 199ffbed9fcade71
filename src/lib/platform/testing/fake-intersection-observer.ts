/** For tests of code that waits for an element to come into view: an IntersectionObserver the test drives. */
import { vi } from 'vitest';

/** Stands in for the browser's observer; `report` says whether the element is in view (near). */
export class FakeIntersectionObserver {
	/** The observer made last, for the test to drive. */
	static last: FakeIntersectionObserver | null = null;
	observed: Element[] = [];
	disconnected = false;
	constructor(
		readonly callback: (entries: { isIntersecting: boolean }[]) => void,
		readonly options: { rootMargin?: string } = {}
	) {
		FakeIntersectionObserver.last = this;
	}
	observe(element: Element): void {
		this.observed.push(element);
	}
	disconnect(): void {
		this.disconnected = true;
	}
	report(isIntersecting: boolean): void {
		if (!this.disconnected) this.callback([{ isIntersecting }]);
	}
}

/** Puts the fake in place of the browser's observer (undone by `vi.unstubAllGlobals()`). */
export function useFakeIntersectionObserver(): void {
	FakeIntersectionObserver.last = null;
	vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
}
