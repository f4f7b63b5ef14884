/**
 * The live ticket link's QR code for screens (the kiosk's on-screen ticket), the same modules as
 * the paper's code (qr-matrix.ts): an SVG path on a grid of modules, quiet zone included. A page
 * renders it as <path d="…"> in a viewBox of size × size; no image, no library in the browser.
 */
import type { QrDto } from '$lib/shared/printing';
import { qrMatrix } from './qr-matrix';

export function qrCode(data: string): QrDto {
	const matrix = qrMatrix(data);
	let path = '';
	matrix.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (row[x] !== 1) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x] === 1) x++;
			path += `M${start} ${y}h${x - start}v1h${start - x}z`;
		}
	});
	return { size: matrix.length, path };
}
