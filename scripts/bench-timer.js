// Timer accuracy in a real, unmocked page (issue 16): a routine of the user's own plays for two
// minutes (thirty with --long) while every frame's displayed time left is compared with the truth
// computed from the session's own start; then the page's JavaScript is stopped for 20 s (CDP
// Debugger.pause: Page.setWebLifecycleState does not freeze a visible headless page here) and the
// first frame after it is checked. Sound cues: each tone the app
// schedules is mapped from the audio clock to page time with AudioContext.getOutputTimestamp() and
// compared with the whole second of the routine it belongs to. Headless Chromium's audio output is
// simulated, so that figure is reported, never judged. Cues that fell due while the page was frozen
// are counted: played on time (already on the audio clock), dropped, or played late (a defect).
// Figures only; the 250 ms budget is for people.
//
// Usage: node scripts/bench-timer.js [--long] (after `npm run build`; `npm run bench` does);
// BENCH_TIMER_MINUTES=n for another length, BENCH_TIMER_DEBUG=1 to list every cue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { serveSite } from './serve-site.js';

const LONG = process.argv.includes('--long');
const MINUTES = Number(process.env.BENCH_TIMER_MINUTES) || (LONG ? 30 : 2);
const STEP_SECONDS = 30;
const PORT = Number(process.env.BENCH_TIMER_PORT) || 4264;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const FREEZE_MS = 20_000;
const BUDGET_MS = 250;

// Long enough to outlast the sampling and the freeze after it.
const steps = Array.from({ length: Math.ceil((MINUTES * 60 + FREEZE_MS / 1000) / STEP_SECONDS) + 2 }, (_, i) => ({ kind: 'timed', name: `Hold ${i + 1}`, seconds: STEP_SECONDS, getReadySeconds: 0 }));
const routine = { schemaVersion: 1, id: 'bench-timer', title: 'Bench timer', steps };

/** Writes records into a store of the app's database (which the settings screen has created). */
function writeStore(page, store, records) {
	return page.evaluate(
		([name, values]) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('unknot');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const transaction = open.result.transaction(name, 'readwrite');
					for (const value of values) transaction.objectStore(name).put(value);
					transaction.oncomplete = () => (open.result.close(), resolve());
				};
			}),
		[store, records]
	);
}

/** m:ss for a number of milliseconds left, as the player counts: whole seconds, rounded up. */
function clock(leftMs) {
	const seconds = Math.max(0, Math.ceil(leftMs / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * How far from the truth a frame's display is, in ms: the nearest instant (before or after the
 * frame) at which the truth reads as the display does. 0 when it reads right at the frame itself.
 */
function errorMs(truthText, now, shown, limit = 60_000) {
	for (let d = 0; d <= limit; d++) if (truthText(now - d) === shown || truthText(now + d) === shown) return d;
	return limit;
}

const site = await serveSite('build', PORT);
const profile = mkdtempSync(join(tmpdir(), 'unknot-timer-'));
try {
	const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ['--no-sandbox', '--autoplay-policy=no-user-gesture-required'], baseURL: ORIGIN, viewport: { width: 360, height: 640 } });
	await context.addInitScript(() => {
		// Every cue the app schedules: when, on the audio clock, mapped to page time. A cue is one
		// output node connected to the speakers and then one or more notes; the first note (offset 0 in
		// every sound) is the cue's instant, later notes of the same sound are not counted.
		const tones = [];
		window.__tones = tones;
		let cueOpened = false;
		const connect = AudioNode.prototype.connect;
		AudioNode.prototype.connect = function (destination, ...rest) {
			if (destination === this.context.destination) cueOpened = true;
			return connect.call(this, destination, ...rest);
		};
		const start = AudioScheduledSourceNode.prototype.start;
		AudioScheduledSourceNode.prototype.start = function (when = 0, ...rest) {
			const stamp = this.context.getOutputTimestamp?.();
			if (cueOpened && stamp && stamp.contextTime !== undefined && stamp.performanceTime !== undefined) {
				tones.push({ pageMs: stamp.performanceTime + (when - stamp.contextTime) * 1000, calledMs: performance.now(), epochOffset: Date.now() - performance.now() });
			}
			cueOpened = false;
			return start.call(this, when, ...rest);
		};
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/settings');
	await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
	await page.waitForFunction(async () => (await indexedDB.databases()).some((database) => database.name === 'unknot'));
	await writeStore(page, 'settings', [{ key: 'voice', value: false, recordVersion: 1, updatedAt: 0 }]);
	await writeStore(page, 'routines', [{ recordVersion: 1, updatedAt: 0, createdAt: 0, id: routine.id, routine }]);
	await page.goto(`/routines/${routine.id}`);
	await page.getByRole('button', { name: 'Start' }).waitFor();
	// Tap Start and note the instant, in the page, then sample every frame.
	await page.evaluate(() => {
		const samples = [];
		window.__samples = samples;
		const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start');
		window.__startedAt = Date.now();
		button.click();
		const frame = () => {
			const timer = document.querySelector('[role="timer"]');
			if (timer) samples.push([Date.now(), timer.textContent.trim()]);
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	// Freeze four seconds before a step ends, so cues fall due both just inside the audio lookahead
	// (the countdown) and beyond it (the step's end, the next halfway).
	await sleep(MINUTES * 60_000 - 4_000);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Debugger.enable');
	await cdp.send('Debugger.pause');
	await sleep(FREEZE_MS);
	await cdp.send('Debugger.resume');
	await cdp.send('Debugger.disable');
	await sleep(1000);
	const { samples, tones } = await page.evaluate(() => ({ samples: window.__samples, tones: window.__tones }));
	// The truth is the session's own start, as it was stored (a few ms after the tap: the tab claims
	// the player first), not the instant of the tap.
	const [inProgress] = await page.evaluate(
		() =>
			new Promise((resolve) => {
				const open = indexedDB.open('unknot');
				open.onsuccess = () => {
					const request = open.result.transaction('inProgress').objectStore('inProgress').getAll();
					request.onsuccess = () => (open.result.close(), resolve(request.result));
				};
			})
	);
	const startedAt = inProgress.state.startedAtMs;
	const tapToStartMs = startedAt - (await page.evaluate(() => window.__startedAt));
	await context.close();

	const truthLeft = (now) => {
		const elapsed = now - startedAt;
		const step = Math.floor(elapsed / (STEP_SECONDS * 1000));
		return (step + 1) * STEP_SECONDS * 1000 - elapsed;
	};
	const truthText = (now) => clock(truthLeft(now));
	// The freeze is the longest stretch without a frame; the frame after it is the one to check.
	let beforeFreeze = 1;
	for (let i = 1; i < samples.length; i++) if (samples[i][0] - samples[i - 1][0] > samples[beforeFreeze][0] - samples[beforeFreeze - 1][0]) beforeFreeze = i;
	// Frames from the session's start on (the first ones show the routine's length while it claims the tab).
	const playing = samples.slice(0, beforeFreeze).filter(([now]) => now >= startedAt);
	const errors = playing.map(([now, shown]) => errorMs(truthText, now, shown));
	// Read at a frame's start, the display is what the frame before painted: the first frame after
	// the freeze shows in the sample after it.
	const afterFreeze = samples[beforeFreeze + 1];
	const firstAfter = afterFreeze ? errorMs(truthText, afterFreeze[0], afterFreeze[1]) : null;
	const sorted = [...errors].sort((a, b) => a - b);
	// Cues on the routine's clock (ms from the session's start), and the freeze as the same clock saw it.
	const cueTimes = tones.map(({ pageMs, epochOffset }) => pageMs + epochOffset - startedAt);
	const cueOffsets = cueTimes.map((ms) => Math.round(Math.abs(ms - Math.round(ms / 1000) * 1000)));
	const freezeFrom = samples[beforeFreeze - 1]?.[0] - startedAt;
	const freezeTo = samples[beforeFreeze]?.[0] - startedAt;
	// Every step is the same, so the cues of the steps played before the freeze say when every cue
	// falls: each offset within a step (to the second) seen then, in every step.
	const stepMs = STEP_SECONDS * 1000;
	const offsets = new Set(cueTimes.filter((ms) => ms >= 0 && ms < freezeFrom).map((ms) => Math.round(ms / 1000) * 1000 % stepMs));
	const expected = [];
	for (let step = 0; step * stepMs < freezeTo + 2000; step++) for (const offset of offsets) expected.push(step * stepMs + offset);
	const onTime = (ms) => cueTimes.some((cue) => Math.abs(cue - ms) <= BUDGET_MS);
	const dueWhileFrozen = expected.filter((ms) => ms > freezeFrom && ms < freezeTo);
	// A cue is late when it sounds away from every instant a cue is due: a backlog played on waking.
	const late = cueTimes.filter((cue) => cue > freezeFrom && !expected.some((ms) => Math.abs(cue - ms) <= BUDGET_MS));
	if (process.env.BENCH_TIMER_DEBUG) console.error({ freezeFrom, freezeTo, cueTimes: cueTimes.map(Math.round), calls: tones.map((t) => Math.round(t.calledMs + t.epochOffset - startedAt)), offsets: [...offsets] });
	const tonesLog = { dueWhileFrozen: dueWhileFrozen.length, playedOnTimeWhileFrozen: dueWhileFrozen.filter(onTime).length, dropped: dueWhileFrozen.filter((ms) => !onTime(ms)).length, playedLate: late.length };
	const report = {
		measuredAt: new Date().toISOString(),
		minutes: MINUTES,
		tapToStartMs,
		frames: errors.length,
		framesWrong: errors.filter((error) => error > 0).length,
		maxErrorMs: Math.round(sorted.at(-1) ?? 0),
		p99ErrorMs: Math.round(sorted[Math.floor(sorted.length * 0.99)] ?? 0),
		// No frame for this long across the freeze: proof the page was frozen, not merely left alone.
		freezeGapMs: samples[beforeFreeze] && samples[beforeFreeze - 1] ? samples[beforeFreeze][0] - samples[beforeFreeze - 1][0] : null,
		firstFrameAfter20sFreezeErrorMs: firstAfter === null ? null : Math.round(firstAfter),
		cues: cueOffsets.length,
		cueOffsetFromWholeSecondMaxMs: cueOffsets.length ? Math.max(...cueOffsets) : null,
		cueOffsetFromWholeSecondMedianMs: cueOffsets.length ? [...cueOffsets].sort((a, b) => a - b)[Math.floor(cueOffsets.length / 2)] : null,
		// Cues that fell due during the freeze: those already on the audio clock (scheduled up to 3 s
		// ahead) play on time; the rest are dropped; none may sound late after it.
		cuesAcrossFreeze: tonesLog
	};
	console.log(JSON.stringify(report, null, 2));
	const row = (name, value) => console.log(`${name.padEnd(44)} ${value}`);
	row(`display vs truth over ${MINUTES} min, worst frame`, `${report.maxErrorMs} ms of ${report.frames} frames (budget ${BUDGET_MS} ms${report.maxErrorMs > BUDGET_MS ? ', OVER' : ''})`);
	row('first frame after a 20 s freeze', `${report.firstFrameAfter20sFreezeErrorMs} ms off (no frame for ${report.freezeGapMs} ms)`);
	row('sound cues: distance from their whole second', `median ${report.cueOffsetFromWholeSecondMedianMs} ms, worst ${report.cueOffsetFromWholeSecondMaxMs} ms (${report.cues} cues; simulated audio output)`);
	row('cues due during the freeze', `${tonesLog.dueWhileFrozen}: ${tonesLog.playedOnTimeWhileFrozen} on time (already scheduled), ${tonesLog.dropped} dropped, ${tonesLog.playedLate} played late${tonesLog.playedLate ? ' (WRONG)' : ''}`);
} finally {
	site.kill();
	rmSync(profile, { recursive: true, force: true });
}
