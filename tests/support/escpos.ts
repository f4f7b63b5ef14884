/**
 * A small ESC/POS reader for tests: walks the bytes a printer would receive, command by command,
 * and gives back the printed lines (text decoded from PC852 with an independent table of the
 * Polish letters), the code-page commands, the cuts, the status requests and the raster images.
 * An unknown command fails the test, so nothing slips through unread.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The Polish letters in PC852 (IBM code page 852), from the code page's published table. */
export const PC852_POLISH: Record<string, number> = {
	ą: 0xa5,
	ć: 0x86,
	ę: 0xa9,
	ł: 0x88,
	ń: 0xe4,
	ó: 0xa2,
	ś: 0x98,
	ź: 0xab,
	ż: 0xbe,
	Ą: 0xa4,
	Ć: 0x8f,
	Ę: 0xa8,
	Ł: 0x9d,
	Ń: 0xe3,
	Ó: 0xe0,
	Ś: 0x97,
	Ź: 0x8d,
	Ż: 0xbd
};
const FROM_PC852 = new Map(Object.entries(PC852_POLISH).map(([c, b]) => [b, c]));

export interface PrintedLine {
	text: string;
	/** GS ! n in force when the line was printed: 0x00 normal, 0x55 = 6× width and height. */
	size: number;
	bold: boolean;
	inverted: boolean;
}

export interface Raster {
	width: number;
	height: number;
	/** Rows of packed bits, most significant bit first, 1 = black. */
	bits: Buffer;
}

export interface Printout {
	lines: PrintedLine[];
	codePages: number[];
	cuts: number;
	images: Raster[];
	/** GS r n requests (the printer answers once everything before is printed). */
	statusRequests: number;
	/** Bytes in the high half that are not a Polish letter (would print as something else). */
	unknownHighBytes: number[];
}

export function readEscPos(data: Uint8Array): Printout {
	const out: Printout = {
		lines: [],
		codePages: [],
		cuts: 0,
		images: [],
		statusRequests: 0,
		unknownHighBytes: []
	};
	let text = '';
	let size = 0;
	let bold = false;
	let inverted = false;
	let lineSize = 0;
	let lineBold = false;
	let lineInverted = false;
	let i = 0;
	const at = (k: number) => {
		if (i + k >= data.length) throw new Error(`command cut short at byte ${i}`);
		return data[i + k]!;
	};
	const word = (k: number) => at(k) + at(k + 1) * 256;
	const noteStyle = () => {
		lineSize = Math.max(lineSize, size);
		lineBold ||= bold;
		lineInverted ||= inverted;
	};
	while (i < data.length) {
		const b = data[i]!;
		if (b === 0x0a) {
			out.lines.push({ text, size: lineSize, bold: lineBold, inverted: lineInverted });
			text = '';
			lineSize = 0;
			lineBold = lineInverted = false;
			i += 1;
		} else if (b === 0x1b) {
			const c = at(1);
			switch (c) {
				case 0x40: // ESC @
				case 0x32: // ESC 2
					i += 2;
					break;
				case 0x74: // ESC t n
					out.codePages.push(at(2));
					i += 3;
					break;
				case 0x45: // ESC E n
					bold = (at(2) & 1) === 1;
					i += 3;
					break;
				case 0x4d: // ESC M n
				case 0x20: // ESC SP n
				case 0x33: // ESC 3 n
				case 0x7b: // ESC { n
				case 0x2d: // ESC - n
				case 0x61: // ESC a n
					i += 3;
					break;
				case 0x24: // ESC $ nL nH
				case 0x5c: // ESC \ nL nH
					i += 4;
					break;
				default:
					throw new Error(`unknown ESC 0x${c.toString(16)} at byte ${i}`);
			}
		} else if (b === 0x1d) {
			const c = at(1);
			switch (c) {
				case 0x61: // GS a n
				case 0x42: // GS B n
					if (c === 0x42) inverted = (at(2) & 1) === 1;
					i += 3;
					break;
				case 0x21: // GS ! n
					size = at(2);
					i += 3;
					break;
				case 0x4c: // GS L nL nH
				case 0x57: // GS W nL nH
					i += 4;
					break;
				case 0x72: // GS r n
					out.statusRequests++;
					i += 3;
					break;
				case 0x56: {
					// GS V m (n)
					const m = at(2);
					out.cuts++;
					i += m === 0x41 || m === 0x42 ? 4 : 3; // m = 65, 66 take a feed amount
					break;
				}
				case 0x76: {
					// GS v 0 m xL xH yL yH d…
					if (at(2) !== 0x30) throw new Error(`unknown GS v at byte ${i}`);
					const rowBytes = word(4);
					const height = word(6);
					const start = i + 8;
					out.images.push({
						width: rowBytes * 8,
						height,
						bits: Buffer.from(data.subarray(start, start + rowBytes * height))
					});
					i = start + rowBytes * height;
					break;
				}
				case 0x38: {
					// GS 8 L p1 p2 p3 p4 m fn a bx by c xL xH yL yH d…
					if (at(2) !== 0x4c) throw new Error(`unknown GS 8 at byte ${i}`);
					const length = at(3) + at(4) * 256 + at(5) * 65536 + at(6) * 16777216;
					const width = word(13);
					const height = word(15);
					const start = i + 17;
					const rowBytes = (width + 7) >> 3;
					out.images.push({
						width,
						height,
						bits: Buffer.from(data.subarray(start, start + rowBytes * height))
					});
					i += 7 + length;
					break;
				}
				case 0x28: // GS ( L pL pH …
					i += 5 + word(3);
					break;
				default:
					throw new Error(`unknown GS 0x${c.toString(16)} at byte ${i}`);
			}
		} else if (b === 0x1c) {
			const c = at(1);
			switch (c) {
				case 0x2e: // FS .
					i += 2;
					break;
				case 0x2d: // FS - n
				case 0x43: // FS C n
					i += 3;
					break;
				case 0x53: // FS S n1 n2
					i += 4;
					break;
				case 0x28: // FS ( A pL pH …
					i += 5 + word(3);
					break;
				default:
					throw new Error(`unknown FS 0x${c.toString(16)} at byte ${i}`);
			}
		} else if (b === 0x10 && at(1) === 0x04) {
			i += 3; // DLE EOT n
		} else if (b >= 0x20 && b < 0x7f) {
			noteStyle();
			text += String.fromCharCode(b);
			i += 1;
		} else if (b >= 0x80) {
			noteStyle();
			const letter = FROM_PC852.get(b);
			if (!letter) out.unknownHighBytes.push(b);
			text += letter ?? '\ufffd';
			i += 1;
		} else {
			throw new Error(`unexpected control byte 0x${b.toString(16)} at byte ${i}`);
		}
	}
	if (text) out.lines.push({ text, size: lineSize, bold: lineBold, inverted: lineInverted });
	return out;
}

/** Printed text, one trimmed line per printed line, empty lines dropped. */
export function printedText(printout: Printout): string[] {
	return printout.lines.map((l) => l.text.trim()).filter(Boolean);
}

/** The raster as a PGM image with a white border (a QR code needs its quiet zone). */
export function rasterToPgm(raster: Raster, border = 24): Buffer {
	const width = raster.width + 2 * border;
	const height = raster.height + 2 * border;
	const pixels = Buffer.alloc(width * height, 255);
	const rowBytes = (raster.width + 7) >> 3;
	for (let y = 0; y < raster.height; y++) {
		for (let x = 0; x < raster.width; x++) {
			const byte = raster.bits[y * rowBytes + (x >> 3)] ?? 0;
			if (byte & (0x80 >> (x & 7))) pixels[(y + border) * width + x + border] = 0;
		}
	}
	return Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`), pixels]);
}

/** Decode a QR code with zbarimg (Debian's zbar-tools): the text it holds, or null. */
export function decodeQr(image: Buffer, extension = 'pgm'): string | null {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-qr-'));
	const file = path.join(dir, `code.${extension}`);
	fs.writeFileSync(file, image);
	try {
		return execFileSync('zbarimg', ['--quiet', '--raw', file], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return null;
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
