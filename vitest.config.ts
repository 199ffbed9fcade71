import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the PWA plugin never runs under test.
export default defineConfig({
	plugins: [sveltekit(), svelteTesting()],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'src/**/*.component.test.ts', 'src/**/*.dom.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts', 'src/**/*.component.test.ts', 'src/**/*.dom.test.ts']
				}
			}
		]
	}
});
