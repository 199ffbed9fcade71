/**
 * Where the end-to-end tests find Chromium and how they launch it. Debian's /usr/bin/chromium by
 * default (these machines cannot download browsers); CHROMIUM_PATH overrides it; a browser installed
 * with `npx playwright install` is used where neither exists.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

function findChromium(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	try {
		const bundled = chromium.executablePath();
		if (bundled && existsSync(bundled)) return undefined; // Playwright's own browser: no override needed.
	} catch {
		// No bundled browser either; reported below.
	}
	throw new Error(
		'Chromium was not found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
			'or set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium`.'
	);
}

/** Launch options for every browser the tests start. */
export const launchOptions: LaunchOptions = {
	executablePath: findChromium(),
	args: [
		// Root in a container needs no sandbox; the rest keep Chromium quiet on a closed network.
		'--no-sandbox',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run'
	]
};

/** E2E_PORT lets a second checkout run its end-to-end tests beside this one. */
export const PORT = Number(process.env.E2E_PORT) || 4173;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The same app built for a sub-path (`BASE_PATH=/unknot`), served as GitHub Pages serves a project site. */
export const SUB_PATH = '/unknot';
export const SUB_PATH_PORT = PORT + 1;
export const SUB_PATH_URL = `http://127.0.0.1:${SUB_PATH_PORT}`;
