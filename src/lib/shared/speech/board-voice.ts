/** How a location's board speaks (issue 16): sent with the board page, set at /admin/voice. */

/** In the office's order of preference: its own recordings, espeak-ng, the browser's voice. */
export const VOICE_SOURCES = ['clips', 'synth', 'browser', 'chime'] as const;
export type VoiceSource = (typeof VOICE_SOURCES)[number];

export interface BoardVoiceDto {
	source: VoiceSource;
	/** A key of SPEECH_LANGUAGES. */
	language: string;
	/** 0–100. */
	volume: number;
	/** Local times "HH:MM"; the board says nothing, not even the chime, from `from` until `to`. */
	quiet: { from: string; to: string } | null;
	room: boolean;
	floor: boolean;
	/** Whether espeak-ng runs on the server: without it the board uses the browser's voice. */
	synthAvailable: boolean;
	/** The office's recorded words of this language: word → content hash (the clip's address). */
	clips: Record<string, string>;
}

/** "HH:MM" in the quiet hours from–to (which may cross midnight: 20:00–07:00). */
export function inQuietHours(quiet: BoardVoiceDto['quiet'], localTime: string): boolean {
	if (!quiet || quiet.from === quiet.to) return false;
	return quiet.from < quiet.to
		? localTime >= quiet.from && localTime < quiet.to
		: localTime >= quiet.from || localTime < quiet.to;
}

/** The local "HH:MM" of an instant in a time zone. */
export function localTimeOf(at: number, timeZone: string): string {
	return new Intl.DateTimeFormat('en-GB', {
		timeZone,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(at);
}
