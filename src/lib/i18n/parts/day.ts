/**
 * The end of the office day (issue 12, item 16): the state of a ticket not served because the
 * office closed, what its holder's phone says, and the manager's "Zamknij dzień" page.
 */
import type { Message } from '../pl';

export const dayPl = {
	'ticket.state.closed': 'nieobsłużony — urząd zamknięty',
	'live.state.closed': 'Nieobsłużony — urząd zamknięty',
	'live.closed.body':
		'Urząd zakończył dziś pracę, zanim przyszła Twoja kolej. Ten bilet jest już nieważny.',
	'live.closed.next': 'Zapraszamy ponownie: {date}, od godz. {time}.',
	'live.closed.next_unknown': 'Godziny otwarcia urzędu sprawdzisz na jego stronie internetowej.',
	'day.title': 'Zamknięcie dnia',
	'day.link': 'Zamknij dzień',
	'day.lead':
		'O godzinie zamknięcia urzędu bilety, które wciąż czekają, kończą się same jako „nieobsłużone — urząd zamknięty”. Tutaj kierownik może zamknąć dzień wcześniej. Klienci wezwani lub obsługiwani zostają u urzędnika, który kończy ich wizytę.',
	'day.location': 'Lokalizacja',
	'day.today': 'Dzień urzędowy: {day}',
	'day.hours_today': 'Dziś urząd jest czynny {opens}–{closes}.',
	'day.hours_closed_today': 'Dziś urząd jest nieczynny.',
	'day.not_enforced':
		'Godziny otwarcia tej lokalizacji nie są egzekwowane (wersja demonstracyjna): kolejka kończy się sama o północy.',
	'day.waiting': {
		one: 'Czeka {count} bilet.',
		few: 'Czekają {count} bilety.',
		many: 'Czeka {count} biletów.',
		other: 'Czeka {count} biletu.'
	},
	'day.scope': 'Zamknięcie obejmie bilety Twoich wydziałów: {departments}.',
	'day.closed_at': 'Dzień zamknięto dziś o {time}.',
	'day.confirm': 'Potwierdzam: czekające bilety zostaną zakończone jako nieobsłużone.',
	'day.submit': 'Zamknij dzień',
	'day.err.confirm': 'Zaznacz potwierdzenie, aby zamknąć dzień.',
	'day.done': {
		one: 'Dzień zamknięty: zakończono {count} bilet.',
		few: 'Dzień zamknięty: zakończono {count} bilety.',
		many: 'Dzień zamknięty: zakończono {count} biletów.',
		other: 'Dzień zamknięty: zakończono {count} biletu.'
	},
	'manage.closed_unserved': 'Nieobsłużone — urząd zamknięty: {closed}.',
	'audit.group.day': 'zamknięcia dnia'
} satisfies Record<string, Message>;

export const dayEn: Record<keyof typeof dayPl, Message> = {
	'ticket.state.closed': 'not served — the office closed',
	'live.state.closed': 'Not served — the office closed',
	'live.closed.body':
		'The office closed for the day before your turn came. This ticket is no longer valid.',
	'live.closed.next': 'We open again on {date} at {time}.',
	'live.closed.next_unknown': "The office's opening hours are on its website.",
	'day.title': 'Closing the day',
	'day.link': 'Close the day',
	'day.lead':
		'At closing time the tickets still waiting end by themselves as "not served — the office closed". Here a manager can close the day earlier. Clients already called or being served stay with the clerk, who ends their visit.',
	'day.location': 'Location',
	'day.today': 'Office day: {day}',
	'day.hours_today': 'Today the office is open {opens}–{closes}.',
	'day.hours_closed_today': 'The office is closed today.',
	'day.not_enforced':
		"This location's opening hours are not enforced (demo): the queue ends by itself at midnight.",
	'day.waiting': {
		one: '{count} ticket is waiting.',
		few: '{count} tickets are waiting.',
		many: '{count} tickets are waiting.',
		other: '{count} tickets are waiting.'
	},
	'day.scope': "Closing covers your departments' tickets: {departments}.",
	'day.closed_at': 'The day was closed today at {time}.',
	'day.confirm': 'I confirm: the waiting tickets will end as not served.',
	'day.submit': 'Close the day',
	'day.err.confirm': 'Tick the confirmation to close the day.',
	'day.done': {
		one: 'Day closed: {count} ticket ended.',
		few: 'Day closed: {count} tickets ended.',
		many: 'Day closed: {count} tickets ended.',
		other: 'Day closed: {count} tickets ended.'
	},
	'manage.closed_unserved': 'Not served — the office closed: {closed}.',
	'audit.group.day': 'day closings'
};
