import { describe, expect, it, vi } from 'vitest';
import { showModal } from './modal';

describe('showModal', () => {
	it('opens a dialog as a modal and closes it, only when its state differs', () => {
		const dialog = document.createElement('dialog');
		const open = vi.fn(function (this: HTMLDialogElement) {
			this.setAttribute('open', '');
		});
		const close = vi.fn(function (this: HTMLDialogElement) {
			this.removeAttribute('open');
		});
		Object.assign(dialog, { showModal: open, close });
		showModal(dialog, true);
		showModal(dialog, true);
		expect(open).toHaveBeenCalledTimes(1);
		showModal(dialog, false);
		showModal(dialog, false);
		expect(close).toHaveBeenCalledTimes(1);
		expect(dialog.open).toBe(false);
	});

	it('falls back to the open attribute where showModal is missing', () => {
		const dialog = document.createElement('dialog');
		Object.assign(dialog, { showModal: undefined, close: undefined });
		showModal(dialog, true);
		expect(dialog.hasAttribute('open')).toBe(true);
		showModal(dialog, false);
		expect(dialog.hasAttribute('open')).toBe(false);
	});
});
