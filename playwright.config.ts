import { defineConfig } from '@playwright/test';
import { BASE_URL, launchOptions, PORT, SUB_PATH, SUB_PATH_PORT, SUB_PATH_URL } from './tests/chromium';

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
	projects: [
		{ name: 'chromium-phone', use: { browserName: 'chromium' }, testIgnore: '**/sub-path.spec.ts' },
		// The build made for a sub-path (npm run build:sub), on its own server.
		{ name: 'sub-path', use: { browserName: 'chromium', baseURL: SUB_PATH_URL }, testMatch: '**/sub-path.spec.ts' }
	],
	webServer: [
		{
			// The built app, served like a static host would, with the SPA fallback page.
			command: `npx sirv build --single 404.html --host 127.0.0.1 --port ${PORT} --quiet`,
			url: BASE_URL,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		},
		{
			// The sub-path build under /unknot/, answered as GitHub Pages answers a project site: unknown
			// paths get its fallback page with status 404 (scripts/pages-server.js).
			command: `node scripts/pages-server.js build-sub ${SUB_PATH_PORT}`,
			url: `${SUB_PATH_URL}${SUB_PATH}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
