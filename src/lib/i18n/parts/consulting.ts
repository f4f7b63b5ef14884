/**
 * Texts of the "consulting" status (SR-08): the clerk checks something for the client at the
 * window, the console shows it, the board may list the window as busy, the client's phone says so.
 * Polish first; English must have the same keys (the i18n unit test checks).
 */
import type { Message } from '../pl';

export const consultingPl = {
	'clerk.action.consult': 'Sprawdzam / konsultuję',
	'clerk.action.consult_end': 'Koniec sprawdzania',
	'clerk.result.consult': 'Sprawdzasz sprawę biletu {number}. Powiedz klientowi, na co czeka.',
	'clerk.result.consult_end': 'Koniec sprawdzania sprawy biletu {number}.',
	'clerk.consulting': 'Sprawdzam sprawę klienta (od {time})',
	// The field of an "invalid data" refusal: consulting was already on, or already off.
	'consult.field': 'status „sprawdzam”',
	'board.consulting_title': 'Sprawdzanie sprawy',
	// Only where, never who and never what (SR-28).
	'board.consulting': 'sprawdzanie sprawy',
	'board.consulting_window': 'Stanowisko {window}, pokój {room}: sprawdzanie sprawy',
	'ticket.consulting': 'Urzędnik sprawdza informacje w Twojej sprawie. Prosimy chwilę poczekać.'
} satisfies Record<string, Message>;

export const consultingEn: Record<keyof typeof consultingPl, Message> = {
	'clerk.action.consult': 'Checking / consulting',
	'clerk.action.consult_end': 'Done checking',
	'clerk.result.consult':
		'You are checking the matter of ticket {number}. Tell the client what they wait for.',
	'clerk.result.consult_end': 'Done checking the matter of ticket {number}.',
	'clerk.consulting': 'Checking the client’s matter (since {time})',
	'consult.field': 'the “checking” status',
	'board.consulting_title': 'Checking a matter',
	'board.consulting': 'checking your matter',
	'board.consulting_window': 'Window {window}, room {room}: checking your matter',
	'ticket.consulting': 'The clerk is checking information about your matter. Please wait a moment.'
};
