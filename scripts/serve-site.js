// Serves a built site for the bench scripts, as a static host would (sirv, the fallback page for
// unknown paths), and waits until it answers.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Starts sirv on `dir` at `port` (with `extra` flags, such as --gzip) and resolves once it answers; kill() the result to stop. */
export async function serveSite(dir, port, extra = []) {
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn('node_modules/.bin/sirv', [dir, ...extra, '--single', '404.html', '--host', '127.0.0.1', '--port', String(port), '--quiet'], { stdio: 'ignore' });
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(origin)).ok) return server;
		} catch {
			// not up yet
		}
		await sleep(100);
	}
	server.kill();
	throw new Error(`The built site did not come up on ${origin}.`);
}
