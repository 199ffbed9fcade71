import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit and component suites as `vitest.config.ts` defines them, for `npm run mutate` only. Under
// Stryker's instrumentation every statement goes through a mutant switch and a coverage counter, so
// the property tests run several times slower: a minute per test and hook, not five seconds.
export default mergeConfig(
	base,
	defineConfig({
		test: {
			testTimeout: 60_000,
			hookTimeout: 60_000
		}
	})
);
