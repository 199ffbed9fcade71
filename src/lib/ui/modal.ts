/**
 * Opens or closes a `<dialog>` as a modal, so what is behind it is inert and focus stays inside.
 * Falls back to the `open` attribute where `showModal` is missing (older engines, jsdom).
 */
export function showModal(dialog: HTMLDialogElement, open: boolean): void {
	if (open === dialog.open) return;
	if (open) {
		if (typeof dialog.showModal === 'function') dialog.showModal();
		else dialog.setAttribute('open', '');
	} else if (typeof dialog.close === 'function') dialog.close();
	else dialog.removeAttribute('open');
}
