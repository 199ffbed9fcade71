// Mutation testing: `npm run mutate` (not part of `npm test`; a full run takes about 50 minutes on two
// cores, a rerun with the incremental file much less). Prints the score overall and per file.
//
// Mutants in *.svelte.ts files are only tested correctly when the sources are mutated where they are
// (in a sandbox copy they all "survive"), so this runs in place: it rewrites files under src/ while it
// goes and puts them back when it ends. Don't edit src/ meanwhile; run it in a separate worktree.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: {
		// The unit and component suites with longer timeouts for the property tests under instrumentation.
		configFile: 'vitest.mutate.config.ts',
		// Vitest cannot trace `*.svelte.ts` sources to their tests by import graph, so finding "related"
		// tests left the player's mutants with no tests at all ("no coverage"). Per-test coverage still
		// picks which tests each mutant needs.
		related: false
	},
	mutate: [
		'src/lib/core/**/*.ts',
		'src/lib/player/**/*.ts',
		'src/lib/platform/db.ts',
		'src/lib/platform/session-store.ts',
		'src/lib/platform/in-progress-store.ts',
		'src/lib/platform/settings-store.ts',
		'src/lib/platform/routine-store.ts',
		'src/lib/platform/routine-content-store.ts',
		'!src/**/*.test.ts',
		'!src/**/*.bench.ts',
		'!src/**/testing/**',
		// Wiring only (real clock, database, audio…): exercised end to end, where Stryker does not run.
		'!src/lib/player/create-player.ts'
	],
	inPlace: true,
	// Module-level code (constants, schemas) would need every test re-run for each mutant: skipped.
	ignoreStatic: true,
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	concurrency: 2,
	reporters: ['clear-text', 'progress', 'json', 'html'],
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	clearTextReporter: { logTests: false }
};
