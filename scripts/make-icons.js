// Draws the app icons (an opened loop on teal) as PNGs with no image library: run once with
// `node scripts/make-icons.js` after changing the design; the output in static/icons is committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BG = [0x0f, 0x3d, 0x3e];
const FG = [0xf4, 0xc3, 0x5a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes) {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'ascii');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

function png(size, pixel) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	const samples = 4;
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const acc = [0, 0, 0, 0];
			for (let sy = 0; sy < samples; sy++) {
				for (let sx = 0; sx < samples; sx++) {
					const rgba = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
					for (let i = 0; i < 4; i++) acc[i] += rgba[i];
				}
			}
			const o = y * (size * 4 + 1) + 1 + x * 4;
			for (let i = 0; i < 4; i++) raw[o + i] = Math.round(acc[i] / (samples * samples));
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8;
	header[9] = 6;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

/** The mark: a thick ring opened at the upper right, its loose end a round dot. `scale` shrinks it. */
function mark(u, v, scale) {
	const x = (u - 0.5) / scale;
	const y = (v - 0.5) / scale;
	const r = Math.hypot(x, y);
	const angle = Math.atan2(y, x);
	const inRing = r > 0.26 && r < 0.4 && !(angle < -0.35 && angle > -1.35);
	const end = [Math.cos(-1.55) * 0.33, Math.sin(-1.55) * 0.33];
	const inDot = Math.hypot(x - end[0] * 1.35, y - end[1] * 1.35 + 0.02) < 0.075;
	return inRing || inDot;
}

function roundedSquare(u, v, radius) {
	const dx = Math.max(Math.abs(u - 0.5) - (0.5 - radius), 0);
	const dy = Math.max(Math.abs(v - 0.5) - (0.5 - radius), 0);
	return Math.hypot(dx, dy) <= radius;
}

const any = (u, v) => {
	if (!roundedSquare(u, v, 0.18)) return [0, 0, 0, 0];
	return [...(mark(u, v, 0.9) ? FG : BG), 255];
};
// Maskable icons keep the mark inside the central 80% safe zone and fill the whole square.
const maskable = (u, v) => [...(mark(u, v, 0.62) ? FG : BG), 255];
const opaque = (u, v) => [...(mark(u, v, 0.8) ? FG : BG), 255];

mkdirSync('static/icons', { recursive: true });
writeFileSync('static/icons/icon-192.png', png(192, any));
writeFileSync('static/icons/icon-512.png', png(512, any));
writeFileSync('static/icons/maskable-192.png', png(192, maskable));
writeFileSync('static/icons/maskable-512.png', png(512, maskable));
writeFileSync('static/icons/apple-touch-icon.png', png(180, opaque));
console.log('icons written to static/icons');
