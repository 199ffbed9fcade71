import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-svg';

/** Draws a path of `M x y h n v1 h-n z` squares into RGBA pixels, `scale` pixels a module, as a screen would. */
function rasterize(path: string, size: number, scale: number): Uint8ClampedArray {
	const width = size * scale;
	const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
			for (let px = Number(x) * scale; px < (Number(x) + Number(run)) * scale; px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
		}
	}
	return pixels;
}

describe('the QR code as an SVG path', () => {
	it('draws exactly the dark modules, merging runs', () => {
		expect(qrPath([[true, true, false, true], [false, false, false, false]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
		expect(qrPath([])).toBe('');
	});

	it('decodes back to the same long link', () => {
		const link = `https://unknot.example/import#r=1.${'Ab9_-'.repeat(400)}`;
		const qr = encode(link, { ecc: 'L', border: 4 });
		const read = jsQR(rasterize(qrPath(qr.data), qr.size, 4), qr.size * 4, qr.size * 4);
		expect(read?.data).toBe(link);
	});
});
