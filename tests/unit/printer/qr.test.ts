import { describe, expect, it } from 'vitest';
import { qrCode } from '../../../printer/qr';
import { decodeQr } from '../../support/escpos';

/** Draw the path's modules into a PGM image, 8 pixels a module, as a screen would show it. */
function draw(size: number, path: string): Buffer {
	const scale = 8;
	const side = size * scale;
	const pixels = Buffer.alloc(side * side, 255);
	for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
		for (let py = y * scale; py < (y + 1) * scale; py++) {
			pixels.fill(0, py * side + x * scale, py * side + (x + w) * scale);
		}
	}
	return Buffer.concat([Buffer.from(`P5\n${side} ${side}\n255\n`), pixels]);
}

describe('the QR code for screens', () => {
	it('is an SVG path that decodes to the live ticket page', () => {
		const url = 'https://kolejka.um.bierun.pl/t/abcdefghijklmnopqrstuvwxyz';
		const qr = qrCode(url);
		expect(qr.size).toBeGreaterThanOrEqual(21 + 8);
		expect(qr.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
		expect(decodeQr(draw(qr.size, qr.path))).toBe(url);
	});
});
