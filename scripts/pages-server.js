// A static server that answers as GitHub Pages does for a project site, for the sub-path end-to-end
// test (tests/sub-path.spec.ts): `node scripts/pages-server.js <dir> <port>`, where <dir> holds the
// site's folder (build-sub holds unknot/). Unlike `sirv --single`, an unknown path gets the project's
// 404.html with status 404, as on GitHub Pages: the app must start from that page all the same.
//
// A path is answered by its file, by the file with `.html` added, or by the folder's index.html (a
// folder asked for without its slash is redirected to it first); anything else under a folder that
// has a 404.html gets that page with status 404; anything else at all, a bare 404.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const [dir = 'build-sub', port = '4174'] = process.argv.slice(2);
const root = resolve(dir);

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.wav': 'audio/wav',
	'.txt': 'text/plain; charset=utf-8'
};

/** The kind of thing at `path` ('file', 'dir'), or null when nothing is there. */
async function kindOf(/** @type {string} */ path) {
	try {
		const found = await stat(path);
		return found.isFile() ? 'file' : found.isDirectory() ? 'dir' : null;
	} catch {
		return null;
	}
}

/** The file on disk for a request's path, inside the root only, or null when the path cannot be decoded. */
function onDisk(/** @type {string} */ pathname) {
	try {
		const path = join(root, decodeURIComponent(pathname));
		return path === root || path.startsWith(root + sep) ? path : null;
	} catch {
		return null;
	}
}

/** What to send for `pathname`: a file and its status, a redirect, or nothing. */
async function answer(/** @type {string} */ pathname) {
	const path = onDisk(pathname);
	if (path) {
		const kind = await kindOf(path);
		if (kind === 'file') return { file: path, status: 200 };
		if (kind === 'dir' && !pathname.endsWith('/')) return { redirect: `${pathname}/` };
		if (kind === 'dir' && (await kindOf(join(path, 'index.html'))) === 'file') return { file: join(path, 'index.html'), status: 200 };
		if (!pathname.endsWith('/') && (await kindOf(`${path}.html`)) === 'file') return { file: `${path}.html`, status: 200 };
	}
	// The project's own 404 page (its folder is the path's first segment), else the site's.
	const project = pathname.split('/')[1] ?? '';
	for (const page of [join(root, project, '404.html'), join(root, '404.html')]) {
		if (page.startsWith(root + sep) && (await kindOf(page)) === 'file') return { file: page, status: 404 };
	}
	return null;
}

createServer(async (request, response) => {
	const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
	const found = request.method === 'GET' || request.method === 'HEAD' ? await answer(pathname) : null;
	if (found && 'redirect' in found) {
		response.writeHead(301, { Location: `${found.redirect}${search}` }).end();
	} else if (found?.file) {
		const body = await readFile(found.file);
		// Always revalidated, so a test never sees a copy the browser kept from an earlier build.
		response.writeHead(found.status, { 'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
		response.end(request.method === 'HEAD' ? undefined : body);
	} else {
		response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
	}
}).listen(Number(port), '127.0.0.1');
