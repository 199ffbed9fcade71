/**
 * A QR code's modules as one SVG path, so the code scales sharply to any size and needs no canvas.
 * Pure: takes the matrix a QR encoder made (true for dark), returns the path data.
 */

/**
 * The path that draws every dark module of `modules` as unit squares (runs along a row merged), for
 * an SVG whose viewBox is `0 0 size size`.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
	const parts: string[] = [];
	modules.forEach((row, y) => {
		for (let x = 0; x < row.length; x++) {
			if (!row[x]) continue;
			let run = 1;
			while (row[x + run]) run++;
			parts.push(`M${x} ${y}h${run}v1h-${run}z`);
			x += run - 1;
		}
	});
	return parts.join('');
}
