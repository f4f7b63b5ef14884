#!/usr/bin/env node
/**
 * Writes static/sounds/chime.wav: the board's two-tone call chime (a falling "ding-dong" pair:
 * E5 then C5 with soft harmonics), 16-bit mono PCM at 44.1 kHz, about 1.4 s, with short attacks
 * and exponential fades so it never clicks. Run: node scripts/make-chime.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 44_100;
const SECONDS = 1.5;
const PEAK = 0.6; // of full scale: pleasant, leaves headroom

/** One bell-like tone: a fundamental with two quiet overtones, fading out. */
const tones = [
	{ start: 0.0, freq: 659.25, length: 0.9 }, // E5
	{ start: 0.45, freq: 523.25, length: 1.05 } // C5
];

const total = Math.round(RATE * SECONDS);
const mix = new Float64Array(total);
for (const tone of tones) {
	const from = Math.round(tone.start * RATE);
	const length = Math.round(tone.length * RATE);
	const attack = Math.round(0.012 * RATE);
	for (let i = 0; i < length && from + i < total; i++) {
		const t = i / RATE;
		const envelope =
			Math.min(1, i / attack) * Math.exp(-3.2 * t) * Math.min(1, (length - i) / (0.05 * RATE));
		const wave =
			Math.sin(2 * Math.PI * tone.freq * t) +
			0.3 * Math.sin(2 * Math.PI * tone.freq * 2 * t) +
			0.1 * Math.sin(2 * Math.PI * tone.freq * 3 * t);
		mix[from + i] += (envelope * wave) / 1.4;
	}
}

let max = 0;
for (const v of mix) max = Math.max(max, Math.abs(v));
const scale = max > 0 ? PEAK / max : 0;

const dataBytes = total * 2;
const wav = Buffer.alloc(44 + dataBytes);
wav.write('RIFF', 0, 'ascii');
wav.writeUInt32LE(36 + dataBytes, 4);
wav.write('WAVE', 8, 'ascii');
wav.write('fmt ', 12, 'ascii');
wav.writeUInt32LE(16, 16); // fmt chunk size
wav.writeUInt16LE(1, 20); // PCM
wav.writeUInt16LE(1, 22); // mono
wav.writeUInt32LE(RATE, 24);
wav.writeUInt32LE(RATE * 2, 28); // byte rate
wav.writeUInt16LE(2, 32); // block align
wav.writeUInt16LE(16, 34); // bits per sample
wav.write('data', 36, 'ascii');
wav.writeUInt32LE(dataBytes, 40);
for (let i = 0; i < total; i++) {
	const sample = Math.max(-1, Math.min(1, mix[i] * scale));
	wav.writeInt16LE(Math.round(sample * 32767), 44 + i * 2);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'sounds', 'chime.wav');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, wav);
console.log(`wrote ${out} (${wav.length} bytes, ${SECONDS} s)`);
