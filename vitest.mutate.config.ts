import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

// The unit and component suites for `npm run mutate` only, as one project: StrykerJS's vitest runner
// ran only the first of `vitest.config.ts`'s two projects, so the player's tests (jsdom) never saw a
// mutant. Everything runs in jsdom here, which the unit tests do not mind. Under Stryker's
// instrumentation every statement goes through a mutant switch and a coverage counter, so the
// property tests run several times slower: a minute per test and hook, not five seconds.
export default defineConfig({
	plugins: [sveltekit(), svelteTesting()],
	test: {
		expect: { requireAssertions: true },
		environment: 'jsdom',
		include: ['src/**/*.test.ts'],
		// The layer rules run ESLint, not our code: no mutant can change them.
		exclude: ['src/eslint-layers.test.ts'],
		// Fewer cases per fuzz property (src/lib/core/testing/fuzz.ts): each is many times slower here.
		env: { UNKNOT_FUZZ_SCALE: '0.05' },
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
