/**
 * The screen's QR generator (printer/qr-matrix.ts) draws exactly the modules receiptline's
 * generator draws for the paper, for any text: ticket links of every length and hostile text,
 * across versions 1 to 40, including the mask each picks.
 */
import fc from 'fast-check';
import receiptline from 'receiptline';
import { describe, expect, it } from 'vitest';
import { qrMatrix } from '../../../printer/qr-matrix';

const reference = (data: string) =>
	receiptline.qrcode.generate({ data, type: 'qrcode', cell: 1, level: 'm', quietZone: true });
const rows = (m: Uint8Array[]) => m.map((r) => Array.from(r).join(''));

describe('the QR matrix for screens', () => {
	it('matches receiptline for ticket links', () => {
		for (const origin of ['http://127.0.0.1:3000', 'https://kolejka.um.bierun.pl', 'http://k']) {
			for (const code of ['abcdefghijklmnopqrstuvwxyz', 'a234567bcdefghijklmnopqrst']) {
				const url = `${origin}/t/${code}`;
				expect(rows(qrMatrix(url))).toEqual(rows(reference(url)));
			}
		}
	});

	it('matches receiptline for any text, in any script', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), (text) => {
				expect(rows(qrMatrix(text))).toEqual(rows(reference(text)));
			}),
			{ numRuns: 300 }
		);
	});

	it('matches receiptline at the largest versions and refuses what does not fit', () => {
		for (const length of [1000, 1800, 2331]) {
			const text = 'Okienko '.repeat(300).slice(0, length);
			expect(rows(qrMatrix(text))).toEqual(rows(reference(text)));
		}
		expect(qrMatrix('')).toEqual([]);
		expect(qrMatrix('x'.repeat(2332))).toEqual(reference('x'.repeat(2332)));
	});
});
