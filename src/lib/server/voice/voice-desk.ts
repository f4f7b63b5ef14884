/**
 * The board's voice (issue 16): each location's settings and the office's recorded clips
 * (audited), the board's view of them, and the synthesised phrases a board asks for.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AuditLog } from '../audit/audit-log';
import type { Principal } from '../auth/guard';
import type { ClipInfo, VoiceRepository, VoiceSettings } from '../db/repositories/voice';
import type { OfficeRepository } from '../office/repository';
import type { RenderedPhrase, Synthesiser } from './synthesiser';
import {
	inQuietHours,
	localTimeOf,
	VOICE_SOURCES,
	type BoardVoiceDto
} from '$lib/shared/speech/board-voice';
import { SPEECH_LANGUAGES } from '$lib/shared/speech/languages';
import {
	phraseText,
	spokenCall,
	vocabulary,
	wordsOfText,
	type SpokenCall
} from '$lib/shared/speech/phrase';

/** A word is about a second: 256 KB holds an uncompressed mono WAV of nearly three seconds. */
export const MAX_CLIP_BYTES = 256 * 1024;
/** The longest phrase a call makes is about 20 words ("ponownie, numer …, pokój …, … piętro"). */
const MAX_PHRASE_CHARS = 300;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'admin.voice.error_time');

export const voiceSettingsSchema = z
	.object({
		source: z.enum(VOICE_SOURCES, 'admin.voice.error_source'),
		language: z.string().refine((l) => l in SPEECH_LANGUAGES, 'admin.voice.error_language'),
		volume: z.coerce
			.number('admin.voice.error_volume')
			.int('admin.voice.error_volume')
			.min(0, 'admin.voice.error_volume')
			.max(100, 'admin.voice.error_volume'),
		quietFrom: z.union([z.literal(''), HHMM]),
		quietTo: z.union([z.literal(''), HHMM]),
		room: z.boolean(),
		floor: z.boolean()
	})
	.refine((s) => (s.quietFrom === '') === (s.quietTo === ''), {
		message: 'admin.voice.error_quiet_pair',
		path: ['quietTo']
	});

/** The kind of audio its first bytes say it is (the browser's declared type is not trusted). */
export function clipTypeOf(bytes: Uint8Array): 'audio/ogg' | 'audio/wav' | 'audio/mpeg' | null {
	const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
	if (bytes.length < 12) return null;
	if (ascii(0, 4) === 'OggS') return 'audio/ogg';
	if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
	if (ascii(0, 3) === 'ID3' || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0))
		return 'audio/mpeg';
	return null;
}

export type ClipRefusal = 'language' | 'word' | 'empty' | 'size' | 'type';

export interface LocationVoice {
	locationId: number;
	name: string;
	settings: VoiceSettings;
	/** Why the board says nothing now, if it does not: volume 0 or its quiet hours. */
	muted: 'volume' | 'quiet' | null;
}

export class VoiceDesk {
	constructor(
		private readonly repo: VoiceRepository,
		readonly synthesiser: Synthesiser,
		private readonly office: OfficeRepository,
		private readonly audit: AuditLog,
		private readonly clock: () => number
	) {}

	boardVoice(locationId: number): BoardVoiceDto {
		const settings = this.repo.settings(locationId);
		const clips = Object.fromEntries(
			this.repo.clips(settings.language).map((c) => [c.word, c.sha256] as const)
		);
		return { ...settings, synthAvailable: this.synthesiser.available, clips };
	}

	locations(): LocationVoice[] {
		const now = this.clock();
		return this.office.locations().map((l) => {
			const settings = this.repo.settings(l.id);
			const quiet = inQuietHours(settings.quiet, localTimeOf(now, l.hours.timeZone));
			return {
				locationId: l.id,
				name: l.name,
				settings,
				muted: settings.volume === 0 ? 'volume' : quiet ? 'quiet' : null
			};
		});
	}

	saveSettings(locationId: number, settings: VoiceSettings, actor: Principal, ip: string): boolean {
		if (!this.office.location(locationId)) return false;
		this.repo.saveSettings(locationId, settings);
		this.audit.record({
			actor,
			action: 'voice.settings',
			subject: `location:${locationId}`,
			detail: { ...settings },
			ip
		});
		return true;
	}

	clips(language: string): { needed: string[]; recorded: ClipInfo[] } {
		const lang = SPEECH_LANGUAGES[language];
		return { needed: lang ? vocabulary(lang) : [], recorded: this.repo.clips(language) };
	}

	clip(language: string, word: string) {
		return this.repo.clip(language, word);
	}

	/** Stores one recorded word, if it is a word of a call, of a known audio type and small enough. */
	uploadClip(
		language: string,
		word: string,
		audio: Uint8Array,
		actor: Principal,
		ip: string
	): ClipRefusal | null {
		const lang = SPEECH_LANGUAGES[language];
		if (!lang) return 'language';
		if (!vocabulary(lang).includes(word)) return 'word';
		if (audio.length === 0) return 'empty';
		if (audio.length > MAX_CLIP_BYTES) return 'size';
		const mime = clipTypeOf(audio);
		if (!mime) return 'type';
		const sha256 = createHash('sha256').update(audio).digest('hex');
		this.repo.saveClip({
			language,
			word,
			mime,
			audio: Buffer.from(audio),
			sha256,
			uploadedBy: actor.staff?.id ?? null,
			uploadedAt: this.clock()
		});
		this.audit.record({
			actor,
			action: 'voice.clip',
			subject: `${language}:${word}`,
			detail: { bytes: audio.length, mime },
			ip
		});
		return null;
	}

	deleteClip(language: string, word: string, actor: Principal, ip: string): boolean {
		if (!this.repo.deleteClip(language, word)) return false;
		this.audit.record({ actor, action: 'voice.clip_delete', subject: `${language}:${word}`, ip });
		return true;
	}

	/**
	 * Starts rendering a call's phrase as the call is committed, so it is ready (or under way)
	 * when the board asks for it: the board asks only once the call has reached it. The words are
	 * the board's own (the same shared function and settings), so its request finds this file.
	 */
	prepare(locationId: number, call: SpokenCall): void {
		const v = this.repo.settings(locationId);
		const lang = SPEECH_LANGUAGES[v.language];
		if (!lang || v.source === 'browser' || v.source === 'chime' || v.volume === 0) return;
		const groups = spokenCall(call, lang, { room: v.room, floor: v.floor });
		if (v.source === 'clips') {
			const recorded = new Set(this.repo.clips(v.language).map((c) => c.word));
			if (groups.flat().every((w) => recorded.has(w))) return;
		}
		// Ahead of the boards only while the synthesiser is idle: a board asks for a phrase when its
		// turn comes (one every few seconds, whatever the call rate), so a burst of calls never
		// queues more rendering than anyone can hear, nor takes the CPU the boards and consoles need.
		if (this.synthesiser.busy) return;
		const job = this.phrase(v.language, phraseText(groups));
		// A failure here is the board's to see when it asks (it then falls back).
		if (typeof job !== 'string') job.catch(() => undefined);
	}

	/**
	 * A phrase's audio, synthesised (once) on the server. Only phrases made of the words a call
	 * can contain are rendered: the synthesiser never reads arbitrary text from a request.
	 */
	phrase(
		language: string,
		text: string
	): Promise<RenderedPhrase> | 'language' | 'phrase' | 'unavailable' {
		const lang = SPEECH_LANGUAGES[language];
		if (!lang || !lang.espeakVoice) return 'language';
		if (text.length > MAX_PHRASE_CHARS || !wordsOfText(text, lang)) return 'phrase';
		if (!this.synthesiser.available) return 'unavailable';
		// Normalised, so "a,b" and "a, b" are one cached file.
		const normal = text
			.split(',')
			.map((g) => g.trim().split(/\s+/).join(' '))
			.filter(Boolean)
			.join(', ');
		return this.synthesiser.render(normal, lang.espeakVoice);
	}
}
