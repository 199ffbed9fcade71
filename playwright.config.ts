import { defineConfig } from '@playwright/test';
import { BASE_URL, launchOptions, PORT } from './tests/chromium';

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 60_000,
	use: {
		baseURL: BASE_URL,
		launchOptions,
		viewport: { width: 360, height: 640 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure'
	},
	projects: [{ name: 'chromium-phone', use: { browserName: 'chromium' } }],
	webServer: {
		// The built app, served like a static host would, with the SPA fallback page.
		command: `npx sirv build --single 404.html --host 127.0.0.1 --port ${PORT} --quiet`,
		url: BASE_URL,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
