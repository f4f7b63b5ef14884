/**
 * The live ticket link's QR code for screens (the kiosk's on-screen ticket), drawn from the same
 * QR generator as the paper: an SVG path on a grid of modules, quiet zone included. A page
 * renders it as <path d="…"> in a viewBox of size × size; no image, no library in the browser.
 */
import receiptline from 'receiptline';
import type { QrDto } from '$lib/shared/printing';

export function qrCode(data: string): QrDto {
	const matrix = receiptline.qrcode.generate({
		data,
		type: 'qrcode',
		cell: 1,
		level: 'm',
		quietZone: true
	});
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
