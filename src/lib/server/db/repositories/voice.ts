import type { BoardVoiceDto, VoiceSource } from '$lib/shared/speech/board-voice';
import type { Db } from '../open';

export type VoiceSettings = Omit<BoardVoiceDto, 'synthAvailable' | 'clips'>;

export const DEFAULT_VOICE: VoiceSettings = {
	source: 'synth',
	language: 'pl',
	volume: 100,
	quiet: null,
	room: true,
	floor: false
};

export interface ClipInfo {
	word: string;
	mime: string;
	sha256: string;
	bytes: number;
	uploadedAt: number;
}

interface SettingsRow {
	source: VoiceSource;
	language: string;
	volume: number;
	quiet_from: string | null;
	quiet_to: string | null;
	says_room: number;
	says_floor: number;
}

/** The one module that reads and writes voice_settings and voice_clips (migration 032). */
export class VoiceRepository {
	private readonly q;

	constructor(db: Db) {
		this.q = {
			settings: db.prepare('SELECT * FROM voice_settings WHERE location_id = ?'),
			saveSettings: db.prepare(
				`INSERT INTO voice_settings (location_id, source, language, volume, quiet_from, quiet_to, says_room, says_floor)
				 VALUES (@locationId, @source, @language, @volume, @quietFrom, @quietTo, @room, @floor)
				 ON CONFLICT (location_id) DO UPDATE SET source = excluded.source, language = excluded.language,
				   volume = excluded.volume, quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to,
				   says_room = excluded.says_room, says_floor = excluded.says_floor`
			),
			clips: db.prepare(
				`SELECT word, mime, sha256, length(audio) AS bytes, uploaded_at AS uploadedAt
				 FROM voice_clips WHERE language = ? ORDER BY word`
			),
			clip: db.prepare(
				'SELECT mime, audio, sha256 FROM voice_clips WHERE language = ? AND word = ?'
			),
			saveClip: db.prepare(
				`INSERT INTO voice_clips (language, word, mime, audio, sha256, uploaded_by, uploaded_at)
				 VALUES (@language, @word, @mime, @audio, @sha256, @uploadedBy, @uploadedAt)
				 ON CONFLICT (language, word) DO UPDATE SET mime = excluded.mime, audio = excluded.audio,
				   sha256 = excluded.sha256, uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at`
			),
			deleteClip: db.prepare('DELETE FROM voice_clips WHERE language = ? AND word = ?')
		};
	}

	settings(locationId: number): VoiceSettings {
		const row = this.q.settings.get(locationId) as SettingsRow | undefined;
		if (!row) return { ...DEFAULT_VOICE };
		return {
			source: row.source,
			language: row.language,
			volume: row.volume,
			quiet: row.quiet_from && row.quiet_to ? { from: row.quiet_from, to: row.quiet_to } : null,
			room: row.says_room === 1,
			floor: row.says_floor === 1
		};
	}

	saveSettings(locationId: number, s: VoiceSettings): void {
		this.q.saveSettings.run({
			locationId,
			source: s.source,
			language: s.language,
			volume: s.volume,
			quietFrom: s.quiet?.from ?? null,
			quietTo: s.quiet?.to ?? null,
			room: s.room ? 1 : 0,
			floor: s.floor ? 1 : 0
		});
	}

	clips(language: string): ClipInfo[] {
		return this.q.clips.all(language) as ClipInfo[];
	}

	clip(language: string, word: string): { mime: string; audio: Buffer; sha256: string } | null {
		return (
			(this.q.clip.get(language, word) as { mime: string; audio: Buffer; sha256: string }) ?? null
		);
	}

	saveClip(clip: {
		language: string;
		word: string;
		mime: string;
		audio: Buffer;
		sha256: string;
		uploadedBy: number | null;
		uploadedAt: number;
	}): void {
		this.q.saveClip.run(clip);
	}

	deleteClip(language: string, word: string): boolean {
		return this.q.deleteClip.run(language, word).changes > 0;
	}
}
