/** Files that reach the import screen from outside the page: shared to the installed app, or opened with it. */
import { onLaunchedFile, takeSharedFile } from '$lib/platform/shared-file';

/** Opens each such file as if it had been chosen: the one shared (`?shared=1`), and any the app was opened with. */
export function receiveOutsideFiles(search: string, open: (file: File) => void): void {
	onLaunchedFile(open);
	if (new URLSearchParams(search).has('shared')) {
		void takeSharedFile().then((file) => {
			if (file) open(file);
		});
	}
}
