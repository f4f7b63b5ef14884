/**
 * Texts of the waiting-room board's additions (issue 12: words beside the window number, windows
 * on a break) and of the board's settings at /admin/locations.
 * Polish first; English must have the same keys (the i18n unit test checks).
 */
import type { Message } from '../pl';

export const boardPl = {
	// The word over the window's number: the number itself is set large, to be read from afar.
	'board.window_word': 'stanowisko',
	'board.paused_title': 'Przerwa',
	// Only the public word, never the reason a clerk typed (it may hold a name: SR-28).
	'board.paused': 'przerwa',
	'board.paused_window': 'Stanowisko {window}, pokój {room}: przerwa',
	'admin.board.title': 'Tablica wezwań',
	'admin.board.call_minutes': 'Jak długo wezwanie stoi pod „Zapraszamy” (minuty)',
	'admin.board.call_minutes_hint':
		'Potem wezwanie przechodzi do ostatnich wezwań; wcześniej, gdy urzędnik rozpocznie obsługę. Od 1 do 60, zwykle 5.',
	'admin.board.shows_paused': 'Pokazuj stanowiska na przerwie lub sprawdzające sprawę',
	'admin.board.shows_paused_hint':
		'Tablica pokazuje tylko słowa „przerwa” lub „sprawdzanie sprawy”, nigdy powodu wpisanego przez urzędnika ani nazwiska.',
	'admin.err.call_highlight': 'Podaj liczbę minut od 1 do 60.'
} satisfies Record<string, Message>;

export const boardEn: Record<keyof typeof boardPl, Message> = {
	'board.window_word': 'window',
	'board.paused_title': 'On a break',
	'board.paused': 'break',
	'board.paused_window': 'Window {window}, room {room}: on a break',
	'admin.board.title': 'Call board',
	'admin.board.call_minutes': 'How long a call stays under “Now calling” (minutes)',
	'admin.board.call_minutes_hint':
		'It then moves to the last calls; sooner once the clerk starts the service. From 1 to 60, usually 5.',
	'admin.board.shows_paused': 'Show windows on a break or checking a matter',
	'admin.board.shows_paused_hint':
		'The board shows only the words “break” or “checking your matter”, never the reason the clerk typed nor a name.',
	'admin.err.call_highlight': 'Enter a number of minutes from 1 to 60.'
};
