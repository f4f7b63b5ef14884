/**
 * The short sound a staff screen plays when something needs a person's answer: a summons to
 * them, a kiosk's call for help at the front desk. The board's chime, a local file; one element
 * per page, made on first use (never at import time, which also runs on the server).
 */
import { asset } from '$app/paths';

let audio: HTMLAudioElement | null = null;

export function playStaffChime(): void {
	audio ??= new Audio(asset('/sounds/chime.ogg'));
	audio.currentTime = 0;
	// A browser may refuse sound before the first touch of the page: the banner still shows.
	audio.play().catch(() => {});
}
