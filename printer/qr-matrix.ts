/**
 * The QR code matrix for screens (level M, byte mode), the same modules as receiptline's
 * generator draws (receiptline, Apache-2.0: this follows its steps one for one, so the screen's
 * code and the paper's are the same; tests/unit/printer/qr-matrix.test.ts compares them).
 *
 * Why not receiptline's own generator: it builds all eight masked matrices from scratch to pick
 * the best mask, for every code, and a kiosk shows one for every ticket whose paper did not come
 * out. Here what does not depend on the data is built once per version (function patterns, the
 * order of the data modules) and each mask costs one pass over a flat array.
 */

// Reed-Solomon over GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, p = 1; i < 255; i++) {
	EXP[i] = p;
	LOG[p] = i;
	p <<= 1;
	if (p & 0x100) p ^= 0x11d;
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
const mul = (a: number, b: number) => (a === 0 || b === 0 ? 0 : EXP[LOG[a]! + LOG[b]!]!);

const generators = new Map<number, Uint8Array>();
function generator(eclen: number): Uint8Array {
	let g = generators.get(eclen);
	if (!g) {
		let poly = new Uint8Array([1]);
		for (let i = 0; i < eclen; i++) {
			const next = new Uint8Array(poly.length + 1);
			for (let a = 0; a < poly.length; a++) {
				next[a] = next[a]! ^ poly[a]!;
				next[a + 1] = next[a + 1]! ^ mul(poly[a]!, EXP[i]!);
			}
			poly = next;
		}
		generators.set(eclen, (g = poly));
	}
	return g;
}

/** The block's data followed by its eclen error correction codewords. */
function rsEncode(data: Uint8Array, eclen: number): Uint8Array {
	const g = generator(eclen);
	const out = new Uint8Array(data.length + eclen);
	out.set(data);
	for (let i = 0; i < data.length; i++) {
		const m = out[i]!;
		if (m !== 0) for (let j = 0; j < g.length; j++) out[i + j] = out[i + j]! ^ mul(m, g[j]!);
	}
	out.set(data);
	return out;
}

/** Level M per version: [short blocks, long blocks, codewords per short block, data codewords per short block]. */
// prettier-ignore
const BLOCKS_M: number[][] = [
	[], [1, 0, 26, 16], [1, 0, 44, 28], [1, 0, 70, 44], [2, 0, 50, 32],
	[2, 0, 67, 43], [4, 0, 43, 27], [4, 0, 49, 31], [2, 2, 60, 38],
	[3, 2, 58, 36], [4, 1, 69, 43], [1, 4, 80, 50], [6, 2, 58, 36],
	[8, 1, 59, 37], [4, 5, 64, 40], [5, 5, 65, 41], [7, 3, 73, 45],
	[10, 1, 74, 46], [9, 4, 69, 43], [3, 11, 70, 44], [3, 13, 67, 41],
	[17, 0, 68, 42], [17, 0, 74, 46], [4, 14, 75, 47], [6, 14, 73, 45],
	[8, 13, 75, 47], [19, 4, 74, 46], [22, 3, 73, 45], [3, 23, 73, 45],
	[21, 7, 73, 45], [19, 10, 75, 47], [2, 29, 74, 46], [10, 23, 74, 46],
	[14, 21, 74, 46], [14, 23, 74, 46], [12, 26, 75, 47], [6, 34, 75, 47],
	[29, 14, 74, 46], [13, 32, 74, 46], [40, 7, 75, 47], [18, 31, 75, 47]
];

// prettier-ignore
const ALIGNMENT: number[][] = [
	[], [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34],
	[6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50], [6, 30, 54], [6, 32, 58], [6, 34, 62],
	[6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78], [6, 30, 56, 82],
	[6, 30, 58, 86], [6, 34, 62, 90], [6, 28, 50, 72, 94], [6, 26, 50, 74, 98],
	[6, 30, 54, 78, 102], [6, 28, 54, 80, 106], [6, 32, 58, 84, 110], [6, 30, 58, 86, 114],
	[6, 34, 62, 90, 118], [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126],
	[6, 26, 52, 78, 104, 130], [6, 30, 56, 82, 108, 134], [6, 34, 60, 86, 112, 138],
	[6, 30, 58, 86, 114, 142], [6, 34, 62, 90, 118, 146], [6, 30, 54, 78, 102, 126, 150],
	[6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158],
	[6, 32, 58, 84, 110, 136, 162], [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170]
];

/** Format information for level M and masks 0–7 (BCH coded and masked). */
const FORMAT_M = [0x5412, 0x5125, 0x5e7c, 0x5b4b, 0x45f9, 0x40ce, 0x4f97, 0x4aa0];

// prettier-ignore
const VERSION_INFO = [
	0, 0, 0, 0, 0, 0, 0, 0x07c94, 0x085bc, 0x09a99, 0x0a4d3, 0x0bbf6, 0x0c762, 0x0d847, 0x0e60d,
	0x0f928, 0x10b78, 0x1145d, 0x12a17, 0x13532, 0x149a6, 0x15683, 0x168c9, 0x177ec, 0x18ec4,
	0x191e1, 0x1afab, 0x1b08e, 0x1cc1a, 0x1d33f, 0x1ed75, 0x1f250, 0x209d5, 0x216f0, 0x228ba,
	0x2379f, 0x24b0b, 0x2542e, 0x26a64, 0x27541, 0x28c69
];

const MASKS: ((i: number, j: number) => boolean)[] = [
	(i, j) => (i + j) % 2 === 0,
	(i) => i % 2 === 0,
	(_, j) => j % 3 === 0,
	(i, j) => (i + j) % 3 === 0,
	(i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
	(i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
	(i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
	(i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0
];

const FREE = 255;
const FINDER = [
	'11111110',
	'10000010',
	'10111010',
	'10111010',
	'10111010',
	'10000010',
	'11111110',
	'00000000'
];
const ALIGN = ['11111', '10001', '10101', '10001', '11111'];

function capacity(version: number): number {
	const t = BLOCKS_M[version]!;
	return t[0]! * t[3]! + t[1]! * (t[3]! + 1) - (version < 10 ? 2 : 3);
}

function selectVersion(length: number): number {
	let l = 1;
	let r = 40;
	while (l <= r) {
		const m = Math.floor((l + r) / 2);
		const c = capacity(m);
		if (c === length) return m;
		if (c < length) l = m + 1;
		else r = m - 1;
	}
	return l;
}

/** The codewords in the order they are placed: data and error correction, interleaved. */
function codewords(utf8: Uint8Array, version: number): Uint8Array {
	const len = utf8.length;
	const d = version < 10 ? [4, len, ...utf8] : [4, len >> 8, len, ...utf8];
	const data = new Uint8Array(capacity(version) + d.length - len);
	data.set(d.map((c, i) => (c << 4) | ((i < d.length - 1 ? d[i + 1]! : 0) >> 4)));
	for (let i = d.length; i < data.length; i++) data[i] = (i - d.length) % 2 ? 0x11 : 0xec;
	const [x, , n, k] = BLOCKS_M[version] as [number, number, number, number];
	const blocks: Uint8Array[] = [];
	let a = 0;
	for (let i = 0; i < 2; i++) {
		const m = k + i;
		for (let j = 0; j < BLOCKS_M[version]![i]!; j++) {
			blocks.push(rsEncode(data.slice(a, a + m), n - k));
			a += m;
		}
	}
	const msg: number[] = [];
	for (let i = 0; i < n; i++) {
		if (i === k) for (let j = x; j < blocks.length; j++) msg.push(blocks[j]![k]!);
		for (let j = 0; j < blocks.length; j++) msg.push(blocks[j]![i < k || j < x ? i : i + 1]!);
	}
	return new Uint8Array(msg);
}

/** What does not depend on the data: function patterns, and where the data modules go. */
interface Layout {
	size: number;
	/** Per mask: the function patterns with that mask's format information, FREE elsewhere. */
	patterns: Uint8Array[];
	/** The data modules' indexes in placement order. */
	order: Int32Array;
	/** Per mask: 1 where the mask flips the module at order[k]. */
	flips: Uint8Array[];
}

const layouts = new Map<number, Layout>();

function layout(version: number): Layout {
	const cached = layouts.get(version);
	if (cached) return cached;
	const size = version * 4 + 17;
	const base = new Uint8Array(size * size).fill(FREE);
	const row = (r: number, c: number, bits: string) => {
		for (let i = 0; i < bits.length; i++) base[r * size + c + i] = Number(bits[i]);
	};
	for (let i = 0; i < 8; i++) {
		row(i, 0, FINDER[i]!);
		row(i, size - 8, FINDER[i]!.split('').reverse().join(''));
		row(size - 1 - i, 0, FINDER[i]!);
	}
	const p = ALIGNMENT[version]!;
	for (const r of p) {
		for (const c of p) {
			if (base[r * size + c] === FREE) for (let i = 0; i < 5; i++) row(r - 2 + i, c - 2, ALIGN[i]!);
		}
	}
	for (let i = 8; i < size - 8; i++) base[i * size + 6] = base[6 * size + i] = 1 - (i % 2);
	if (version >= 7) {
		let i = 0;
		for (let r = 0; r < 6; r++) {
			for (let c = size - 11; c < size - 8; c++) {
				base[r * size + c] = base[c * size + r] = (VERSION_INFO[version]! >> i++) & 1;
			}
		}
	}
	const patterns = FORMAT_M.map((format) => {
		const m = base.slice();
		let r = 0;
		let c = size - 1;
		for (let i = 0; i < 15; i++) {
			m[r * size + 8] = m[8 * size + c] = (format >> i) & 1;
			r += i === 5 ? 2 : i === 7 ? size - 15 : 1;
			c -= i === 8 ? 2 : i === 7 ? size - 15 : 1;
		}
		m[(size - 8) * size + 8] = 1;
		return m;
	});
	// The zigzag from the bottom right, two columns at a time, skipping the timing column.
	const free = patterns[0]!;
	const order: number[] = [];
	let dir = -1;
	let r = size - 1;
	for (let c = size - 1; c > 0;) {
		for (let i = c; i > c - 2; i--) if (free[r * size + i] === FREE) order.push(r * size + i);
		r += dir;
		if (r < 0 || r > size - 1) {
			dir = -dir;
			c -= c === 8 ? 3 : 2;
			r += dir;
		}
	}
	const flips = MASKS.map((f) =>
		Uint8Array.from(order, (index) => (f(Math.floor(index / size), index % size) ? 1 : 0))
	);
	const made = { size, patterns, order: Int32Array.from(order), flips };
	layouts.set(version, made);
	return made;
}

/**
 * receiptline's penalty score of a masked matrix (lower is better), computed the same way, but
 * given up once it reaches `bound`, the best score so far: apart from the balance of dark
 * modules, taken first, every rule only adds, so such a mask can no longer win. Returns the
 * score, or a number not below `bound`.
 */
function penalty(m: Uint8Array, size: number, t: Int32Array, bound: number): number {
	let dark = 0;
	for (let i = 0; i < m.length; i++) dark += m[i]!;
	let score = Math.ceil(Math.abs((dark * 100) / (size * size) - 50) / 5) * 10 - 10;
	for (let r = 0; r < size && score < bound; r++) {
		score += line(m, r * size, 1, size, t) + line(m, r, size, size, t);
		// Branch-free: the modules are 0 or 1, so the XORs are all 0 when the four are alike.
		for (let i = r * size + 1; r > 0 && i < (r + 1) * size; i++) {
			const z = m[i]!;
			score += 3 * (1 - ((z ^ m[i - 1]!) | (z ^ m[i - size]!) | (z ^ m[i - size - 1]!)));
		}
	}
	return score;
}

/**
 * Rules 1 and 3 on one row or column: its run lengths, alternating light and dark, light first
 * (a zero-length light run if it starts dark, and one more if it ends dark), as receiptline.
 */
function line(m: Uint8Array, start: number, step: number, size: number, t: Int32Array): number {
	let n = 0;
	let run = 0;
	let colour = 0;
	// Branch-free (the modules are random, a branch would be mispredicted half the time): the
	// current run is written at t[n] on every module, and kept by moving n on when the colour
	// changes.
	for (let k = 0, i = start; k < size; k++, i += step) {
		const module = m[i]!;
		const change = module ^ colour;
		t[n] = run;
		n += change;
		run = (run & (change - 1)) + 1;
		colour = module;
	}
	t[n++] = run;
	if (colour) t[n++] = 0;
	let score = 0;
	for (let i = 0; i < n; i++) if (t[i]! >= 5) score += t[i]! - 2;
	for (let i = 1; i < n - 5; i += 2) {
		if (t[i] === 1 && t[i + 1] === 1 && t[i + 2] === 3 && t[i + 3] === 1 && t[i + 4] === 1) {
			if (i === 1 || t[i - 1]! >= 4 || i === n - 6 || t[i + 5]! >= 4) score += 40;
		}
	}
	return score;
}

/**
 * The modules (1 dark, 0 light) of the QR code of `data`, level M, with the 4-module quiet
 * zone: a square of rows, as receiptline's `qrcode.generate` returns it. Empty if too long.
 */
export function qrMatrix(data: string): Uint8Array[] {
	const utf8 = new TextEncoder().encode(data);
	if (utf8.length === 0 || utf8.length > capacity(40)) return [];
	const version = selectVersion(utf8.length);
	const words = codewords(utf8, version);
	const { size, patterns, order, flips } = layout(version);
	const bits = words.length * 8;
	const masked = (mask: number): Uint8Array => {
		const m = patterns[mask]!.slice();
		const flip = flips[mask]!;
		for (let k = 0; k < order.length; k++) {
			const bit = k < bits ? (words[k >> 3]! >> (7 - (k & 7))) & 1 : 0;
			m[order[k]!] = bit ^ flip[k]!;
		}
		return m;
	};
	const runs = new Int32Array(size + 2);
	let best = 0;
	let bestScore = Infinity;
	for (let mask = 0; mask < 8; mask++) {
		const score = penalty(masked(mask), size, runs, bestScore);
		if (score < bestScore) {
			best = mask;
			bestScore = score;
		}
	}
	const m = masked(best);
	const side = size + 8;
	return Array.from({ length: side }, (_, y) => {
		const out = new Uint8Array(side);
		if (y >= 4 && y < size + 4) out.set(m.subarray((y - 4) * size, (y - 3) * size), 4);
		return out;
	});
}
