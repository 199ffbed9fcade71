import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Imports a layer may not make, as `no-restricted-imports` patterns with the reason shown. */
function forbid(groups, message) {
	return { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] };
}

export default ts.config(
	{ ignores: ['build/', 'build-sub/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/', 'reports/', '.stryker-tmp/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	// The house's layers, executable: `src/eslint-layers.test.ts` proves each rule fires.
	{
		files: ['src/lib/core/**/*.ts'],
		rules: forbid(
			['$lib/platform/*', '$lib/player/*', '$lib/routines/*', '$lib/history/*', '$lib/ui/*', '$app/*', 'svelte', 'svelte/*', '**/platform/*', '**/player/*', '**/routines/*'],
			'core/ is pure TypeScript: no platform, player, routines, Svelte or $app imports.'
		)
	},
	{
		files: ['src/lib/platform/**/*.ts'],
		rules: forbid(
			['$lib/player/*', '$lib/history/*', '$lib/routines/*', '$lib/ui/*', '$app/*', '**/player/*', '**/routes/*'],
			'platform/ modules are the thin edge: they never import the player, screens or $app.'
		)
	},
	{
		files: ['**/*.svelte'],
		rules: forbid(
			['$lib/platform/*', '**/platform/*'],
			'Components read state and call verbs; storage, audio and other side effects live in *.svelte.ts classes or modules the route calls.'
		)
	}
);
