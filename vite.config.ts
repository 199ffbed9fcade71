import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig, type Plugin } from 'vite';
import { BASE_PATH, FALLBACK_PAGE } from './svelte.config.js';
import { webManifestFor } from './src/web-manifest';

/**
 * What every screen runs before anything else: Svelte's and SvelteKit's runtimes and the app's start
 * (hooks.client.ts and the layout's small modules). One chunk instead of a dozen tiny ones, each of
 * which would cost a request and its headers on a first visit. A module named here may import, at
 * load, only modules also named here: the group takes no dependencies of its own accord (see
 * `browserChunks`, whose check fails the build otherwise).
 */
const START = [
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/,
	/vite[\\/]preload-helper/,
	/rolldown[\\/]runtime|^\0rolldown/,
	/src[\\/]hooks\.client\.ts$/,
	/src[\\/]lib[\\/]platform[\\/](address|install-prompt|theme|database-presence|sw-bridge|layout-hint)\.ts$/,
	/src[\\/]lib[\\/]ui[\\/](app-update|full-screen|undoable-delete)\.svelte\.ts$/,
	/src[\\/]lib[\\/]routines[\\/]recently-deleted-routine\.svelte\.ts$/,
	// Tiny and used by the library, the player and the history alike.
	/src[\\/]lib[\\/]core[\\/]time-format\.ts$/
];

/**
 * Reading and writing the phone's records: the database, the record parsers and the engine they
 * check sessions with. Nearly every screen but a first visit's library needs nearly all of it, so it
 * comes as one chunk rather than twelve.
 */
const DATA = [
	/node_modules[\\/](valibot|idb)[\\/]/,
	/src[\\/]lib[\\/]core[\\/](stored-record|session|session-record|session-in-progress|timeline|labels|cues|routine-schema|validate-routine|user-routine|routine-content|local-time|check-in|settings)\.ts$/,
	/src[\\/]lib[\\/]platform[\\/](db|session-store|settings-store|in-progress-store|routine-store|routine-content-store|plan-store|clock|ids|lifecycle|persistent-storage)\.ts$/,
	/src[\\/]lib[\\/]player[\\/]sessions-in-progress\.ts$/,
	/src[\\/]lib[\\/]routines[\\/]your-routines\.ts$/,
	/src[\\/]lib[\\/]data[\\/]keep-data\.ts$/,
	// What the library's next-day card and in-progress notice use besides the records: here, not with
	// the player, because SvelteKit inlines the CSS of every chunk a page may load into its HTML, and
	// the player's styles would double the library's.
	/src[\\/]lib[\\/]history[\\/]check-in\.ts$/,
	/src[\\/]lib[\\/]ui[\\/](PainScale|UnreadableInProgress)\.svelte$/
];

/** Playing a routine: the player, its view and the platform it drives (routine page, editor preview). */
const PLAYER = [
	/src[\\/]lib[\\/]player[\\/]/,
	/src[\\/]lib[\\/]ui[\\/](PlayerView|ConfirmDialog|CheckInRows|SpotPicker)\.svelte$/,
	/src[\\/]lib[\\/]ui[\\/]fit-to-box\.ts$/,
	/src[\\/]lib[\\/]history[\\/]check-in-draft\.svelte\.ts$/,
	/src[\\/]lib[\\/]platform[\\/](audio|speech|tab-lock|vibration|media-session|wake-lock)\.ts$/
];

/**
 * Svelte's runtime modules that only the later screens use (select and style bindings, `{#key}`,
 * attachments, `$state.snapshot`): kept out of the first visit's start chunk. Each is side-effect
 * free, so a module that re-exports them need not load them.
 */
const LATER = /node_modules[\\/]svelte[\\/]src[\\/]internal[\\/](client[\\/]dom[\\/](elements[\\/](bindings[\\/]select|style|attachments)|blocks[\\/]key)|shared[\\/]clone)\.js$/;

const matches = (patterns: RegExp[]) => (id: string) => patterns.some((pattern) => pattern.test(id));
const inStart = matches(START);

/**
 * The browser's chunks, grouped as above (the server's build needs none of this). The start group
 * takes only the modules it names, not everything they import, so the Svelte modules in LATER can go
 * to a chunk of their own; Rolldown then needs leave to add exports to the entry chunk it merges the
 * group into (`allow-extension`, where SvelteKit asks for `strict`), which also saves the first
 * visit the request for a separate start chunk.
 */
function browserChunks(): Plugin {
	return {
		name: 'unknot:browser-chunks',
		enforce: 'post',
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					rolldownOptions: {
						preserveEntrySignatures: 'allow-extension',
						// No opinion on the rest: their packages' own `sideEffects` hints still apply.
						treeshake: { moduleSideEffects: (id: string) => (LATER.test(id) ? false : undefined) },
						output: {
							codeSplitting: {
								groups: [
									{ name: 'start', test: (id: string) => inStart(id) && !LATER.test(id), priority: 4, includeDependenciesRecursively: false },
									{ name: 'framework', test: LATER, priority: 3 },
									{ name: 'data', test: matches(DATA), priority: 2 },
									{ name: 'player', test: matches(PLAYER), priority: 1 }
								]
							}
						}
					}
				}
			};
		},
		// Without its dependencies, the start group leans on a rule nothing else checks: what START
		// names imports nothing outside it that runs at load. Broken, the entry would import a later
		// chunk (a bigger first visit) that imports it back, and the app would fail to start in the
		// browser, though the build passed. So the build fails instead.
		generateBundle(_options, bundle) {
			if (this.environment.name !== 'client') return;
			// Said before failing too: a failed client build is otherwise reported only as a missing file.
			const fail: (message: string) => never = (message) => {
				console.error(`unknot:browser-chunks: ${message}`);
				this.error(message);
			};
			const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
			const isRuntime = (file: string) => chunks.get(file)?.moduleIds.some((id) => id.includes('rolldown/runtime')) ?? false;
			const start = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === 'entry/start');
			if (!start) fail('No start entry chunk was found.');
			const extra = start.imports.filter((file) => !isRuntime(file));
			if (extra.length > 0) fail(`The start chunk imports ${extra.join(', ')}: a module START names imports one outside it. Add that module to START, or import it lazily.`);
			// Two chunks that import each other can run a module before what it needs.
			const visiting = new Set<string>();
			const done = new Set<string>();
			const visit = (file: string, path: string[]): void => {
				if (done.has(file)) return;
				if (visiting.has(file)) fail(`Chunks import each other: ${[...path, file].join(' -> ')}.`);
				visiting.add(file);
				for (const next of chunks.get(file)?.imports ?? []) visit(next, [...path, file]);
				visiting.delete(file);
				done.add(file);
			};
			for (const file of chunks.keys()) visit(file, []);
		}
	};
}

export default defineConfig({
	plugins: [
		sveltekit(),
		browserChunks(),
		SvelteKitPWA({
			// Our own worker (src/service-worker.ts): later features need handlers generateSW cannot express.
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			registerType: 'prompt',
			injectRegister: false,
			manifest: webManifestFor(BASE_PATH),
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json,wav}',
					'prerendered/**/*.{html,json}'
				],
				// The manifest's screenshots are for the install dialog, never needed offline.
				globIgnores: ['client/screenshots/**']
			},
			kit: { adapterFallback: FALLBACK_PAGE, trailingSlash: 'never', spa: true }
		})
	]
});
