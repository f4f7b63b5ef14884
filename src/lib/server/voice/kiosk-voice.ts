/**
 * Audio at the kiosk (issue 16): a kiosk's step read aloud by the board's voice (espeak-ng through
 * the same Synthesiser and cache). The kiosk names what it wants by a key (shared/kiosk-voice.ts);
 * the sentence is composed here from the catalog and the office's set-up (kiosk-speech.ts), so no
 * text a browser sent is ever synthesised.
 */
import { isLang, translator } from '$lib/i18n';
import { parseKioskSpeech } from '$lib/shared/kiosk-voice';
import type { QueueViews } from '../desk/views';
import { KIOSK_SPEECH, kioskSentence } from './kiosk-speech';
import type { RenderedPhrase, Synthesiser } from './synthesiser';

export type KioskVoiceRefusal = 'language' | 'key' | 'unavailable';

export class KioskVoice {
	constructor(
		private readonly synthesiser: Synthesiser,
		private readonly views: QueueViews
	) {}

	/** Whether the server can speak at all (espeak-ng installed); the kiosk page says so if not. */
	get available(): boolean {
		return this.synthesiser.available;
	}

	/** The sentence for a key at a location, or why not (unknown language, key, id or ticket). */
	sentence(locationId: number, language: string, key: string): string | KioskVoiceRefusal {
		if (!isLang(language)) return 'language';
		const speech = parseKioskSpeech(key);
		if (!speech) return 'key';
		const followed = speech.kind === 'issued' ? this.views.followedTicket(speech.code) : null;
		const text = kioskSentence(speech, {
			lang: language,
			t: translator(language),
			menu: this.views.kioskMenu(locationId),
			// Another location's ticket is as unknown as a made-up code.
			ticket: followed?.locationId === locationId ? followed.ticket : null
		});
		return text ?? 'key';
	}

	/** The sentence's audio file, rendered once and cached. */
	phrase(
		locationId: number,
		language: string,
		key: string
	): Promise<RenderedPhrase> | KioskVoiceRefusal {
		const text = this.sentence(locationId, language, key);
		if (text === 'language' || text === 'key' || text === 'unavailable') return text;
		if (!this.synthesiser.available) return 'unavailable';
		const voice = KIOSK_SPEECH[language as keyof typeof KIOSK_SPEECH].espeakVoice;
		if (!voice) return 'language';
		return this.synthesiser.render(text, voice);
	}
}
