/**
 * Check-in at the kiosk (issue 14): the keypad for a booking's code, what a refused check-in
 * says, and the appointment's time on the ticket (kiosk, phone, paper). Plain words for an
 * elderly visitor; Polish first, English has the same keys.
 */
import type { Message } from '../pl';

export const checkInPl = {
	'kiosk.checkin.open': 'Mam rezerwację',
	'kiosk.checkin.open_hint': 'Umówiona wizyta – wpisz kod z potwierdzenia',
	'kiosk.checkin.title': 'Wpisz kod rezerwacji',
	'kiosk.checkin.lead':
		'Kod ma 6 cyfr. Jest w potwierdzeniu rezerwacji. Możesz też przyłożyć kod QR z potwierdzenia do czytnika.',
	'kiosk.checkin.field': 'Kod rezerwacji',
	'kiosk.checkin.keypad': 'Klawiatura',
	'kiosk.checkin.delete': 'Usuń cyfrę',
	'kiosk.checkin.clear': 'Wyczyść',
	'kiosk.checkin.submit': 'Potwierdź',
	'kiosk.checkin.sending': 'Sprawdzamy rezerwację…',
	'kiosk.checkin.incomplete': 'Wpisz wszystkie 6 cyfr kodu.',
	'kiosk.checkin.walk_in': 'Pobierz zwykły bilet na tę sprawę',
	'kiosk.checkin.failed': 'Nie udało się sprawdzić rezerwacji. Spróbuj ponownie.',
	'ticket.appointment': 'Wizyta umówiona na {time}',
	'paper.appointment': 'Wizyta umówiona na {time}',
	'error.check_in_refused': 'Tej rezerwacji nie można teraz zgłosić.',
	'error.check_in_refused.unknown':
		'Nie znaleźliśmy rezerwacji z tym kodem. Sprawdź kod w potwierdzeniu i wpisz go jeszcze raz.',
	'error.check_in_refused.cancelled': 'Ta rezerwacja została odwołana. Możesz pobrać zwykły bilet.',
	'error.check_in_refused.used': 'Ten kod został już użyty: bilet na tę wizytę został wydany.',
	'error.check_in_refused.other_day':
		'Twoja wizyta jest umówiona na inny dzień: {day}, godz. {start}. Przyjdź wtedy.',
	'error.check_in_refused.too_early':
		'Jest jeszcze za wcześnie. Wizyta jest o {start}. Zgłoś się od godz. {opens}.',
	'error.check_in_refused.too_late':
		'Minął czas na zgłoszenie się na wizytę o {start}. Możesz pobrać zwykły bilet na tę sprawę.'
} satisfies Record<string, Message>;

export const checkInEn: Record<keyof typeof checkInPl, Message> = {
	'kiosk.checkin.open': 'I have an appointment',
	'kiosk.checkin.open_hint': 'Booked visit – enter the code from your confirmation',
	'kiosk.checkin.title': 'Enter your booking code',
	'kiosk.checkin.lead':
		'The code has 6 digits. It is in your booking confirmation. You can also hold the QR code from the confirmation to the reader.',
	'kiosk.checkin.field': 'Booking code',
	'kiosk.checkin.keypad': 'Keypad',
	'kiosk.checkin.delete': 'Delete digit',
	'kiosk.checkin.clear': 'Clear',
	'kiosk.checkin.submit': 'Confirm',
	'kiosk.checkin.sending': 'Checking your booking…',
	'kiosk.checkin.incomplete': 'Enter all 6 digits of the code.',
	'kiosk.checkin.walk_in': 'Take a regular ticket for this matter',
	'kiosk.checkin.failed': 'Your booking could not be checked. Please try again.',
	'ticket.appointment': 'Appointment at {time}',
	'paper.appointment': 'Appointment at {time}',
	'error.check_in_refused': 'This booking cannot be checked in now.',
	'error.check_in_refused.unknown':
		'We found no booking with this code. Check the code in your confirmation and enter it again.',
	'error.check_in_refused.cancelled': 'This booking was cancelled. You can take a regular ticket.',
	'error.check_in_refused.used':
		'This code has already been used: the ticket for this visit was issued.',
	'error.check_in_refused.other_day':
		'Your appointment is on another day: {day} at {start}. Please come then.',
	'error.check_in_refused.too_early':
		'It is too early. Your appointment is at {start}. Please check in from {opens}.',
	'error.check_in_refused.too_late':
		'The time to check in for your {start} appointment has passed. You can take a regular ticket for this matter.'
};
