// Size budget for what a phone downloads: the JavaScript and CSS the built app ships, gzipped.
// Run by `npm run bench` after a build; exits non-zero when a budget is exceeded.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = {
	/**
	 * Everything under _app/immutable that is JavaScript: the whole app, every screen. It grows with
	 * each screen (history, its calendar and chart, the report, restore); each screen's code loads
	 * only when that screen opens, and the worker precaches it after the first load. Raised from 90
	 * when the history screens came (113.5 KiB then); to 155 when share links gained fflate and their
	 * frozen dictionary (151.3 then: 4.4 of code and 7.4 of the shipped routines' text, both loaded
	 * only when a link is made or opened); to 175 with the routine editor, the library's search and
	 * the theme (172.3 then); to 180 with the install offer and the update prompt (175.4 then); to
	 * 210 with the plan (206.1 then): its screens, Today and the dose proposals, and the calendar
	 * file's `ics` library with its validator (yup) at 20.7, loaded only when Add to calendar is tapped.
	 */
	allJs: 210,
	/**
	 * What the prerendered library (build/index.html) preloads: the entry chunks, the layout and the
	 * library page. Counted from the fallback shell until the library was prerendered (35 KiB then,
	 * but the library's own code was left out); 48.6 KiB counted whole once it was, with the storage
	 * and validation code moved after the first paint; lowered to 44 when a first visit stopped
	 * loading storage code at all, workbox-window made way for a few lines of our own, and the start
	 * modules became one chunk (43.2 KiB then, nearly all of it Svelte's and SvelteKit's runtimes).
	 */
	firstLoadJs: 44,
	/** Every screen's styles (most inlined into the pages); to 13 with the plan's screens and cards (12.4 then). */
	css: 13,
	/**
	 * The prerendered library page itself, with the styles SvelteKit inlines into it: its own and
	 * those of every chunk the page may load later. 8.9 KiB while the next-day card's pain scale came
	 * in the player's chunk and brought the player's styles along; 7.3 without them.
	 */
	libraryHtml: 8,
	serviceWorker: 12
};

function files(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

const gz = (path) => gzipSync(readFileSync(path)).length / 1024;
const sum = (paths) => paths.reduce((total, p) => total + gz(p), 0);

const immutable = files('build/_app/immutable');
const js = immutable.filter((p) => p.endsWith('.js'));
const css = immutable.filter((p) => p.endsWith('.css'));
// The fallback page names the scripts a first visit loads (modulepreload and the start import).
const html = readFileSync('build/index.html', 'utf8');
const firstLoad = [...new Set([...html.matchAll(/\/_app\/immutable\/[^"']+\.js/g)].map((m) => `build${m[0]}`))];

const measured = {
	allJs: sum(js),
	firstLoadJs: sum(firstLoad),
	css: sum(css),
	libraryHtml: gz('build/index.html'),
	serviceWorker: gz('build/service-worker.js')
};

let over = false;
for (const [name, kb] of Object.entries(measured)) {
	const budget = BUDGET_KB[name];
	const ok = kb <= budget;
	over ||= !ok;
	console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(14)} ${kb.toFixed(1).padStart(6)} KiB gz  (budget ${budget} KiB)`);
}
process.exit(over ? 1 : 0);
