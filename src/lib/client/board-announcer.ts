/**
 * The board's spoken calls (issue 16), loaded when the board first opens (not with its first
 * paint): a chime, then the phrase, one call after another, never two at once and never one cut
 * off by the next. Everything sounds through one Web Audio graph, because it schedules sounds on
 * the audio clock: recorded words play back to back with no gap at all (the rule allows 80 ms),
 * which separate <audio> elements, started one after another's `ended`, cannot promise.
 *
 * Each step is announced as a window event (ANNOUNCEMENT_EVENT): tests watch the order there, the
 * benchmark the time from a call to its audio being ready, and anyone may debug a silent board.
 */
import type { BoardCallDto } from '$lib/shared/dto';
import { inQuietHours, localTimeOf, type BoardVoiceDto } from '$lib/shared/speech/board-voice';
import { SPEECH_LANGUAGES } from '$lib/shared/speech/languages';
import { phraseText, spokenCall, type SpeechLanguage } from '$lib/shared/speech/phrase';
import { POLISH } from '$lib/shared/speech/polish';

export const ANNOUNCEMENT_EVENT = 'okienko:announcement';

/** armed: the board may speak (its chime is loaded); the others follow one call each. */
export type AnnouncementPhase =
	'armed' | 'queued' | 'start' | 'ready' | 'word' | 'word-end' | 'end' | 'silent';

export interface AnnouncementDetail {
	phase: AnnouncementPhase;
	/** The call's announcement: ticket, window and which announcement (a recall is a new one). */
	key: string;
	/** The voice actually used (after falling back from the office's preference). */
	voice?: BoardVoiceDto['source'];
	/** word, word-end: the word (or, synthesised, the whole phrase). */
	word?: string;
	/** word: when it is scheduled to start and end on the audio clock, in seconds. */
	startsAt?: number;
	endsAt?: number;
	/** performance.now() when this happened. */
	at: number;
}

/** A short breath between the chime and the phrase. */
const AFTER_CHIME_S = 0.15;
/** Scheduling a little ahead of "now" so the first sample is never late. */
const LEAD_S = 0.02;

type Plan =
	| { voice: 'clips'; words: string[] }
	| { voice: 'synth'; text: string }
	| { voice: 'browser'; text: string; speaker: SpeechSynthesisVoice }
	| { voice: 'chime' };

export class BoardAnnouncer {
	readonly #ctx = new AudioContext();
	readonly #out: GainNode;
	readonly #queue: BoardCallDto[] = [];
	readonly #buffers = new Map<string, Promise<AudioBuffer>>();
	#busy = false;

	constructor(
		private readonly voice: BoardVoiceDto,
		private readonly urls: { chime: string; say: string; clip: string },
		private readonly timeZone: string,
		private readonly now: () => number = Date.now
	) {
		this.#out = this.#ctx.createGain();
		this.#out.gain.value = voice.volume / 100;
		this.#out.connect(this.#ctx.destination);
		// Fetched now, so the first call does not wait for it.
		this.#buffer(urls.chime).then(
			() => this.#emit({ phase: 'armed', key: '' }),
			() => undefined
		);
	}

	/** Whether the browser refuses to play until someone clicks (autoplay policy). */
	get blocked(): boolean {
		return this.#ctx.state === 'suspended';
	}

	unlock(): Promise<void> {
		return this.#ctx.resume();
	}

	/** The chime alone, now: it tells the person who switched the sound on that it works. */
	async chime(): Promise<void> {
		const buffer = await this.#buffer(this.urls.chime);
		await this.#schedule(buffer, this.#ctx.currentTime + LEAD_S);
	}

	announce(call: BoardCallDto): void {
		this.#queue.push(call);
		this.#emit({ phase: 'queued', key: keyOf(call) });
		if (!this.#busy) void this.#drain();
	}

	close(): void {
		this.#queue.length = 0;
		void this.#ctx.close();
	}

	async #drain(): Promise<void> {
		this.#busy = true;
		try {
			for (let call = this.#queue.shift(); call; call = this.#queue.shift()) {
				try {
					await this.#say(call);
				} catch {
					// A sound that cannot load or play must not stop the calls after it.
					this.#emit({ phase: 'end', key: keyOf(call) });
				}
			}
		} finally {
			this.#busy = false;
		}
	}

	async #say(call: BoardCallDto): Promise<void> {
		const key = keyOf(call);
		const v = this.voice;
		if (v.volume === 0 || inQuietHours(v.quiet, localTimeOf(this.now(), this.timeZone))) {
			this.#emit({ phase: 'silent', key });
			return;
		}
		const lang = SPEECH_LANGUAGES[v.language] ?? POLISH;
		const groups = spokenCall(call, lang, { room: v.room, floor: v.floor });
		const plan = this.#plan(groups, lang);
		// The phrase loads while the chime plays.
		const phrase = this.#phraseBuffers(plan);
		phrase.catch(() => undefined);
		const chime = await this.#buffer(this.urls.chime);
		if (this.#ctx.state === 'suspended') await this.#ctx.resume().catch(() => undefined);
		this.#emit({ phase: 'start', key, voice: plan.voice });
		const chimeEnd = this.#ctx.currentTime + LEAD_S + chime.duration;
		let last = this.#schedule(chime, chimeEnd - chime.duration);
		let parts: AudioBuffer[] = [];
		try {
			parts = await phrase;
		} catch {
			// The phrase did not load (the server's synthesiser failed): the chime alone.
		}
		const labels = plan.voice === 'clips' ? plan.words : plan.voice === 'synth' ? [plan.text] : [];
		if (parts.length > 0) this.#emit({ phase: 'ready', key, voice: plan.voice });
		let at = Math.max(chimeEnd + AFTER_CHIME_S, this.#ctx.currentTime + LEAD_S);
		parts.forEach((buffer, i) => {
			const word = labels[i] ?? '';
			this.#emit({ phase: 'word', key, word, startsAt: at, endsAt: at + buffer.duration });
			last = this.#schedule(buffer, at).then(() => this.#emit({ phase: 'word-end', key, word }));
			at += buffer.duration;
		});
		await last;
		if (plan.voice === 'browser') {
			this.#emit({ phase: 'ready', key, voice: 'browser' });
			await speak(plan.text, plan.speaker, this.voice.volume / 100, lang);
		}
		this.#emit({ phase: 'end', key });
	}

	/** The office's preference, falling back to what this board and server can do. */
	#plan(groups: string[][], lang: SpeechLanguage): Plan {
		const words = groups.flat();
		const text = phraseText(groups);
		const v = this.voice;
		if (v.source === 'chime') return { voice: 'chime' };
		if (v.source === 'clips' && words.every((w) => w in v.clips)) return { voice: 'clips', words };
		if (v.source !== 'browser' && v.synthAvailable && lang.espeakVoice)
			return { voice: 'synth', text };
		const speaker = localVoice(lang.bcp47);
		return speaker ? { voice: 'browser', text, speaker } : { voice: 'chime' };
	}

	#phraseBuffers(plan: Plan): Promise<AudioBuffer[]> {
		const lang = encodeURIComponent(this.voice.language);
		if (plan.voice === 'clips') {
			return Promise.all(
				plan.words.map((w) =>
					this.#buffer(
						`${this.urls.clip}/${lang}/${encodeURIComponent(w)}?v=${this.voice.clips[w] ?? ''}`
					)
				)
			);
		}
		if (plan.voice === 'synth') {
			return this.#buffer(`${this.urls.say}/${lang}?say=${encodeURIComponent(plan.text)}`).then(
				(b) => [b]
			);
		}
		return Promise.resolve([]);
	}

	#buffer(url: string): Promise<AudioBuffer> {
		let job = this.#buffers.get(url);
		if (!job) {
			job = fetch(url)
				.then((r) => {
					if (!r.ok) throw new Error(`${r.status} ${url}`);
					return r.arrayBuffer();
				})
				.then((bytes) => this.#ctx.decodeAudioData(bytes));
			// A failure is forgotten, so the next call tries again.
			job.catch(() => this.#buffers.delete(url));
			this.#buffers.set(url, job);
		}
		return job;
	}

	/** Plays the buffer at `at` on the audio clock; resolves when it has ended. */
	#schedule(buffer: AudioBuffer, at: number): Promise<void> {
		const source = this.#ctx.createBufferSource();
		source.buffer = buffer;
		source.connect(this.#out);
		const ended = new Promise<void>((resolve) => (source.onended = () => resolve()));
		source.start(at);
		return ended;
	}

	#emit(detail: Omit<AnnouncementDetail, 'at'>): void {
		window.dispatchEvent(
			new CustomEvent<AnnouncementDetail>(ANNOUNCEMENT_EVENT, {
				detail: { ...detail, at: performance.now() }
			})
		);
	}
}

export const keyOf = (call: BoardCallDto) =>
	`${call.ticketNumber}@${call.windowLabel}#${call.announcement}`;

/** The browser's own voice for the language, only if it runs locally (nothing sent out). */
function localVoice(bcp47: string): SpeechSynthesisVoice | null {
	if (typeof speechSynthesis === 'undefined') return null;
	const base = bcp47.split('-')[0] ?? bcp47;
	return (
		speechSynthesis
			.getVoices()
			.find((v) => v.localService && (v.lang === bcp47 || v.lang.startsWith(`${base}-`))) ?? null
	);
}

function speak(
	text: string,
	speaker: SpeechSynthesisVoice,
	volume: number,
	lang: SpeechLanguage
): Promise<void> {
	return new Promise((resolve) => {
		const u = new SpeechSynthesisUtterance(text);
		u.voice = speaker;
		u.lang = lang.bcp47;
		u.volume = volume;
		u.onend = () => resolve();
		u.onerror = () => resolve();
		speechSynthesis.speak(u);
	});
}
