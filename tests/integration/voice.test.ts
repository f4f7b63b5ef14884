/**
 * The board's voice on the server (issue 16): espeak-ng renders a call's phrase once into the data
 * folder, a file of plausible length; only the words of a call are ever synthesised; without
 * espeak-ng the board is told so; recorded clips are checked for type and size, and audited.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/lib/server/auth/guard';
import { VoiceRepository } from '../../src/lib/server/db/repositories/voice';
import { Synthesiser } from '../../src/lib/server/voice/synthesiser';
import { VoiceDesk } from '../../src/lib/server/voice/voice-desk';
import { testApp, type TestApp } from '../support/test-app';

const PHRASE = 'numer a dwanaście, stanowisko numer cztery, pokój sto pięć';

/** Seconds of audio in a PCM WAV file, from its header (RIFF: fmt's byte rate, data's size). */
function wavSeconds(file: string): number {
	const b = fs.readFileSync(file);
	expect(b.toString('ascii', 0, 4)).toBe('RIFF');
	expect(b.toString('ascii', 8, 12)).toBe('WAVE');
	let byteRate = 0;
	for (let at = 12; at + 8 <= b.length;) {
		const id = b.toString('ascii', at, at + 4);
		const size = b.readUInt32LE(at + 4);
		if (id === 'fmt ') byteRate = b.readUInt32LE(at + 16);
		// espeak-ng writes the data size as "unknown" (0x7fffffff) when it streams: take the rest.
		if (id === 'data') return Math.min(size, b.length - at - 8) / byteRate;
		at += 8 + size + (size % 2);
	}
	throw new Error('no data chunk');
}

let t: TestApp | undefined;
afterEach(() => {
	t?.close();
	t = undefined;
});

describe('the synthesised phrase', () => {
	it('is an Ogg file of a plausible length in the data folder, rendered once', async () => {
		t = testApp();
		const job = t.app.voice.phrase('pl', PHRASE);
		if (typeof job === 'string') throw new Error(`refused: ${job}`);
		const first = await job;
		expect(first.mime).toBe('audio/ogg');
		expect(path.dirname(first.file)).toBe(path.join(t.dir, 'voice-cache'));
		const seconds = Number(execFileSync('soxi', ['-D', first.file], { encoding: 'utf8' }));
		// Thirteen words at 150 a minute, with two pauses: about four seconds, surely 2–8.
		expect(seconds).toBeGreaterThan(2);
		expect(seconds).toBeLessThan(8);
		const made = fs.statSync(first.file).mtimeMs;
		// The same words, spaced differently: the same file, not rendered again.
		const again = await (t.app.voice.phrase(
			'pl',
			'numer a dwanaście,stanowisko numer  cztery, pokój sto pięć'
		) as Promise<typeof first>);
		expect(again.file).toBe(first.file);
		expect(fs.statSync(again.file).mtimeMs).toBe(made);
		expect(fs.readdirSync(path.dirname(first.file))).toEqual([path.basename(first.file)]);
	});

	it('is a WAV espeak-ng writes when sox is missing, its header saying a plausible length', async () => {
		t = testApp();
		const synth = new Synthesiser(path.join(t.dir, 'wav-cache'), {
			espeak: 'espeak-ng',
			sox: 'no-such-sox'
		});
		const phrase = await synth.render('numer a jeden, stanowisko numer dwa', 'pl');
		expect(phrase.mime).toBe('audio/wav');
		const seconds = wavSeconds(phrase.file);
		expect(seconds).toBeGreaterThan(1);
		expect(seconds).toBeLessThan(6);
	});

	it('is rendered at a low priority, outside the server, to the same samples as espeak-ng and sox by hand', async () => {
		t = testApp();
		// espeak-ng through a script that notes the priority it was started with.
		const niceFile = path.join(t.dir, 'nice');
		const espeak = path.join(t.dir, 'espeak-noting-nice');
		fs.writeFileSync(espeak, `#!/bin/sh\nnice > '${niceFile}'\nexec espeak-ng "$@"\n`, {
			mode: 0o755
		});
		const synth = new Synthesiser(path.join(t.dir, 'low-cache'), { espeak, sox: 'sox' });
		try {
			const phrase = await synth.render(PHRASE, 'pl');
			expect(phrase.mime).toBe('audio/ogg');
			// Ten steps below the server's own priority (19 is the lowest there is).
			const niceness = Number(fs.readFileSync(niceFile, 'utf8'));
			expect(niceness).toBe(Math.min(19, os.getPriority() + 10));
			// The same audio as the two programs run one after the other, through a WAV file.
			const wav = path.join(t.dir, 'by-hand.wav');
			const byHand = path.join(t.dir, 'by-hand.ogg');
			execFileSync('espeak-ng', ['-v', 'pl', '-s', '150', '-w', wav, PHRASE]);
			execFileSync('sox', [wav, '-t', 'ogg', '-C', '4', byHand]);
			const samples = (file: string) => execFileSync('sox', [file, '-t', 'raw', '-']);
			expect(samples(phrase.file).equals(samples(byHand))).toBe(true);
			expect(fs.readdirSync(path.dirname(phrase.file))).toEqual([path.basename(phrase.file)]);
		} finally {
			synth.close();
		}
	});

	it('fails, without a file, when espeak-ng fails; the next phrase still renders', async () => {
		t = testApp();
		const espeak = path.join(t.dir, 'espeak-failing-once');
		const failed = path.join(t.dir, 'failed');
		fs.writeFileSync(
			espeak,
			`#!/bin/sh\ncase "$*" in *--version*) exec espeak-ng "$@";; esac\n` +
				`if [ ! -e '${failed}' ]; then touch '${failed}'; exit 3; fi\nexec espeak-ng "$@"\n`,
			{ mode: 0o755 }
		);
		const cache = path.join(t.dir, 'failing-cache');
		const synth = new Synthesiser(cache, { espeak, sox: 'sox' });
		try {
			await expect(synth.render('numer a jeden', 'pl')).rejects.toThrow(/espeak-ng exited with 3/);
			expect(fs.readdirSync(cache)).toEqual([]);
			const next = await synth.render('numer a dwa', 'pl');
			expect(fs.readdirSync(cache)).toEqual([path.basename(next.file)]);
		} finally {
			synth.close();
		}
	});

	it('is rendered ahead of the boards only while the synthesiser is idle; the rest when a board asks', async () => {
		t = testApp();
		const location = t.app.views.locations()[0]!.id;
		const cache = path.join(t.dir, 'voice-cache');
		const call = (n: string) => ({ ticketNumber: n, windowLabel: '4', room: '105' }) as const;
		// A burst of three calls in one moment: the first is rendered at once, the others wait.
		t.app.voice.prepare(location, call('A012'));
		expect(t.app.voice.synthesiser.busy).toBe(true);
		t.app.voice.prepare(location, call('A013'));
		t.app.voice.prepare(location, call('A014'));
		await expect.poll(() => t!.app.voice.synthesiser.busy, { timeout: 15_000 }).toBe(false);
		expect(fs.readdirSync(cache)).toHaveLength(1);
		// A board asks for the second when its turn comes: rendered then, once.
		const second = t.app.voice.phrase(
			'pl',
			'numer a trzynaście, stanowisko numer cztery, pokój sto pięć'
		);
		if (typeof second === 'string') throw new Error(`refused: ${second}`);
		await second;
		expect(fs.readdirSync(cache)).toHaveLength(2);
		// Idle again, the next call is rendered ahead.
		t.app.voice.prepare(location, call('A015'));
		await expect.poll(() => t!.app.voice.synthesiser.busy, { timeout: 15_000 }).toBe(false);
		expect(fs.readdirSync(cache)).toHaveLength(3);
	});

	it('speaks only the words of a call, in a known language', () => {
		t = testApp();
		expect(t.app.voice.phrase('pl', 'numer a dwanaście; rm -rf /')).toBe('phrase');
		expect(t.app.voice.phrase('pl', 'Kowalski, stanowisko numer cztery')).toBe('phrase');
		expect(t.app.voice.phrase('pl', 'numer '.repeat(80))).toBe('phrase');
		expect(t.app.voice.phrase('xx', 'numer a')).toBe('language');
		expect(fs.existsSync(path.join(t.dir, 'voice-cache'))).toBe(false);
	});

	it('says that espeak-ng is missing, to the board and to the admin page', () => {
		t = testApp();
		const location = t.app.views.locations()[0]!.id;
		expect(t.app.voice.boardVoice(location)).toMatchObject({
			source: 'synth',
			synthAvailable: true
		});
		const missing = new Synthesiser(path.join(t.dir, 'x'), {
			espeak: 'no-such-espeak',
			sox: 'sox'
		});
		const voice = new VoiceDesk(
			new VoiceRepository(t.app.db),
			missing,
			t.app.office,
			t.app.audit,
			Date.now
		);
		expect(voice.boardVoice(location)).toMatchObject({ source: 'synth', synthAvailable: false });
		expect(voice.phrase('pl', 'numer a jeden')).toBe('unavailable');
	});
});

describe('recorded clips', () => {
	const ogg = () => new Uint8Array(fs.readFileSync(path.resolve('static/sounds/chime.ogg')));

	it('are stored when they are audio of a word of a call, and audited', () => {
		t = testApp();
		expect(t.app.voice.uploadClip('pl', 'dwanaście', ogg(), ANONYMOUS, '127.0.0.1')).toBeNull();
		const clip = t.app.voice.clip('pl', 'dwanaście');
		expect(clip?.mime).toBe('audio/ogg');
		expect(t.app.voice.boardVoice(t.app.views.locations()[0]!.id).clips).toEqual({
			dwanaście: clip?.sha256
		});
		const audited = t.app.db
			.prepare("SELECT subject FROM audit_log WHERE action = 'voice.clip'")
			.pluck()
			.all();
		expect(audited).toEqual(['pl:dwanaście']);
	});

	it('are refused, and nothing stored, when not audio, too large, empty, or not a word of a call', () => {
		t = testApp();
		const text = new TextEncoder().encode('<html>not a sound at all</html>');
		expect(t.app.voice.uploadClip('pl', 'dwanaście', text, ANONYMOUS, '')).toBe('type');
		expect(t.app.voice.uploadClip('pl', 'Kowalski', ogg(), ANONYMOUS, '')).toBe('word');
		expect(t.app.voice.uploadClip('pl', 'jeden', new Uint8Array(0), ANONYMOUS, '')).toBe('empty');
		const big = new Uint8Array(300 * 1024);
		big.set(ogg().subarray(0, 64));
		expect(t.app.voice.uploadClip('pl', 'jeden', big, ANONYMOUS, '')).toBe('size');
		expect(t.app.voice.uploadClip('xx', 'jeden', ogg(), ANONYMOUS, '')).toBe('language');
		expect(t.app.voice.clips('pl').recorded).toEqual([]);
	});
});
