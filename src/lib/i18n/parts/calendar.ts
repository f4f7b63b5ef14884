/**
 * The office's calendar (issue 14): the administration page of closure and extra working days,
 * and what the kiosk says on a day the office is closed.
 */
import type { Message } from '../pl';

export const calendarPl = {
	'admin.nav.calendar': 'Kalendarz',
	'admin.cal.title': 'Kalendarz urzędu',
	'admin.cal.lead':
		'Święta państwowe zamykają urząd same. Tutaj ustawisz dni wolne tej lokalizacji (np. dzień wolny za święto przypadające w sobotę) i dodatkowe dni pracy z ich godzinami. Kiosk, rezerwacje i terminy oddzwonienia korzystają z tego kalendarza.',
	'admin.cal.next': 'Najbliższe otwarcie: {date}, od godz. {time}.',
	'admin.cal.next_none': 'W kalendarzu nie ma żadnego dnia pracy w ciągu najbliższego roku.',
	'admin.cal.form': 'Dodaj lub zmień dzień',
	'admin.cal.day': 'Data',
	'admin.cal.kind': 'Rodzaj dnia',
	'admin.cal.kind.closed': 'Dzień wolny — urząd nieczynny',
	'admin.cal.kind.open': 'Dodatkowy dzień pracy',
	'admin.cal.opens': 'Otwarcie (tylko dzień pracy)',
	'admin.cal.closes': 'Zamknięcie (tylko dzień pracy)',
	'admin.cal.hours_hint': 'GG:MM, np. 08:00',
	'admin.cal.note': 'Opis (widoczny dla pracowników)',
	'admin.cal.note_hint': 'Np. „Dzień wolny za 15 sierpnia”. Do 200 znaków.',
	'admin.cal.submit': 'Zapisz dzień',
	'admin.cal.own': 'Dni tej lokalizacji',
	'admin.cal.own_none': 'Nie ustawiono żadnych dni.',
	'admin.cal.col.day': 'Data',
	'admin.cal.col.kind': 'Rodzaj',
	'admin.cal.col.hours': 'Godziny',
	'admin.cal.col.note': 'Opis',
	'admin.cal.col.action': 'Działanie',
	'admin.cal.delete': 'Usuń dzień {day}',
	'admin.cal.delete_short': 'Usuń',
	'admin.cal.holidays': 'Święta państwowe {year}',
	'admin.cal.holidays_source':
		'Według biblioteki date-holidays (tylko dni ustawowo wolne od pracy); znane do końca {year} r.',
	'admin.err.day': 'Podaj prawdziwą datę (RRRR-MM-DD).',
	'admin.err.day_kind': 'Wybierz rodzaj dnia.',
	'kiosk.closed.holiday': 'Dziś jest święto: {name}.',
	'kiosk.closed.next': 'Zapraszamy {date}, od godz. {time}.',
	'error.booking_refused': 'Tego terminu nie można zarezerwować. Wybierz inny.',
	'error.what.booking': 'rezerwacja'
} satisfies Record<string, Message>;

export const calendarEn = {
	'admin.nav.calendar': 'Calendar',
	'admin.cal.title': "The office's calendar",
	'admin.cal.lead':
		'Public holidays close the office by themselves. Here you set this location’s own days off (e.g. a day given back for a holiday on a Saturday) and extra working days with their hours. The kiosk, bookings and call-back deadlines use this calendar.',
	'admin.cal.next': 'Next opening: {date}, from {time}.',
	'admin.cal.next_none': 'The calendar has no working day within the next year.',
	'admin.cal.form': 'Add or change a day',
	'admin.cal.day': 'Date',
	'admin.cal.kind': 'Kind of day',
	'admin.cal.kind.closed': 'Day off — office closed',
	'admin.cal.kind.open': 'Extra working day',
	'admin.cal.opens': 'Opens (working day only)',
	'admin.cal.closes': 'Closes (working day only)',
	'admin.cal.hours_hint': 'HH:MM, e.g. 08:00',
	'admin.cal.note': 'Description (seen by staff)',
	'admin.cal.note_hint': 'E.g. “Day off for 15 August”. Up to 200 characters.',
	'admin.cal.submit': 'Save the day',
	'admin.cal.own': "This location's days",
	'admin.cal.own_none': 'No days set.',
	'admin.cal.col.day': 'Date',
	'admin.cal.col.kind': 'Kind',
	'admin.cal.col.hours': 'Hours',
	'admin.cal.col.note': 'Description',
	'admin.cal.col.action': 'Action',
	'admin.cal.delete': 'Delete the day {day}',
	'admin.cal.delete_short': 'Delete',
	'admin.cal.holidays': 'Public holidays {year}',
	'admin.cal.holidays_source':
		'From the date-holidays library (statutory days off only); known until the end of {year}.',
	'admin.err.day': 'Enter a real date (YYYY-MM-DD).',
	'admin.err.day_kind': 'Choose the kind of day.',
	'kiosk.closed.holiday': 'Today is a public holiday: {name}.',
	'kiosk.closed.next': 'Welcome back on {date}, from {time}.',
	'error.booking_refused': 'This time cannot be booked. Please choose another.',
	'error.what.booking': 'booking'
} satisfies Record<string, Message>;
