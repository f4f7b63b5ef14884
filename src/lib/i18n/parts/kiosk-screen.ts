/**
 * Texts of the kiosk's ticket screen that a visitor must not miss: how long the ticket stays on
 * screen, and how to keep it there (issue 12, item 12). Polish first; English has the same keys.
 */
import type { Message } from '../pl';

export const kioskScreenPl = {
	'kiosk.countdown.left': {
		one: 'Ekran wróci do początku za {count} sekundę',
		few: 'Ekran wróci do początku za {count} sekundy',
		many: 'Ekran wróci do początku za {count} sekund',
		other: 'Ekran wróci do początku za {count} sekundy'
	},
	'kiosk.countdown.again': 'Pokaż ponownie',
	// Said once to screen readers, not every second.
	'kiosk.countdown.soon':
		'Za chwilę ekran wróci do początku. Aby dłużej widzieć bilet, naciśnij „Pokaż ponownie”.'
} satisfies Record<string, Message>;

export const kioskScreenEn: Record<keyof typeof kioskScreenPl, Message> = {
	'kiosk.countdown.left': {
		one: 'The screen returns to the start in {count} second',
		few: 'The screen returns to the start in {count} seconds',
		many: 'The screen returns to the start in {count} seconds',
		other: 'The screen returns to the start in {count} seconds'
	},
	'kiosk.countdown.again': 'Show again',
	'kiosk.countdown.soon':
		'The screen will soon return to the start. To keep your ticket on screen, press “Show again”.'
};
