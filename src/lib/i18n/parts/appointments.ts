/**
 * Texts of appointments on the console (SR-09) and in the statistics (/manage). Polish first;
 * English must have the same keys (the i18n unit test checks).
 */
import type { Message } from '../pl';

export const appointmentsPl = {
	'clerk.appointments.title': 'Wizyty umówione dziś',
	'clerk.appointments.empty': 'Na dziś nie ma umówionych wizyt w sprawach tego stanowiska.',
	'clerk.appointments.code': 'kod …{code}',
	'clerk.appointments.ticket': 'bilet {number}',
	'clerk.appointments.interpreter': 'tłumacz PJM',
	'clerk.appointments.accessible': 'punkt obsługi dostępny',
	'clerk.appointments.state.booked': 'umówiona',
	'clerk.appointments.state.checked_in': 'zgłoszona, czeka',
	'clerk.appointments.state.called': 'wezwana',
	'clerk.appointments.state.in_service': 'w obsłudze',
	'clerk.appointments.state.served': 'obsłużona',
	'clerk.appointments.state.missed': 'nieobecność',
	'clerk.appointments.state.ended': 'zakończona bez obsługi',
	'clerk.appointments.overdue':
		'Wizyta na {time} czeka już {minutes} min — przeproś i podaj przewidywany czas: {wait}',
	'clerk.appointments.overdue_unknown':
		'Wizyta na {time} czeka już {minutes} min — przeproś; przewidywanego czasu nie da się teraz podać',
	'clerk.appointments.call': 'Wezwij',
	'clerk.appointments.call_label': 'Wezwij bilet {number} (wizyta na {time})',
	'clerk.appointments.missed_title': 'Nieobecni z rezerwacją',
	'clerk.appointments.missed_empty': 'Dziś nikt nie opuścił umówionej wizyty.',
	'manage.appointments.title': 'Wizyty umówione',
	'manage.appointments.lead':
		'Rezerwacje, których termin przypada w wybranym okresie. Spóźnienie: zgłoszenie w kiosku po godzinie wizyty. Oczekiwanie po terminie: od godziny wizyty (albo od późniejszego zgłoszenia) do wezwania.',
	'manage.appointments.none': 'W tym okresie nie było żadnej rezerwacji.',
	'manage.appointments.table': 'Wizyty umówione według wydziału i sprawy',
	'manage.appointments.department': 'Wydział',
	'manage.appointments.service': 'Sprawa',
	'manage.appointments.total': 'Razem',
	'manage.appointments.all': 'Wszystkie wydziały',
	'manage.appointments.bookings': 'Rezerwacje',
	'manage.appointments.cancelled': 'Odwołane',
	'manage.appointments.checked_in': 'Zgłoszone w kiosku',
	'manage.appointments.missed': 'Nieobecności',
	'manage.appointments.late': 'Spóźnione zgłoszenia',
	'manage.appointments.late_median': 'Spóźnienie: mediana (min)',
	'manage.appointments.wait_median': 'Oczekiwanie po terminie: mediana (min)',
	'manage.appointments.wait_p90': 'Oczekiwanie po terminie: p90 (min)',
	'manage.appointments.group.bookings': 'Rezerwacje',
	'manage.appointments.group.wait': 'Oczekiwanie po terminie (min)',
	'manage.appointments.col.all': 'Wszystkie',
	'manage.appointments.col.count': 'Liczba',
	'manage.appointments.col.median': 'Mediana (min)',
	'manage.appointments.col.p90': 'p90 (min)'
} satisfies Record<string, Message>;

export const appointmentsEn: Record<keyof typeof appointmentsPl, Message> = {
	'clerk.appointments.title': 'Today’s appointments',
	'clerk.appointments.empty': 'No appointments today for the matters of this window.',
	'clerk.appointments.code': 'code …{code}',
	'clerk.appointments.ticket': 'ticket {number}',
	'clerk.appointments.interpreter': 'PJM interpreter',
	'clerk.appointments.accessible': 'accessible service point',
	'clerk.appointments.state.booked': 'booked',
	'clerk.appointments.state.checked_in': 'checked in, waiting',
	'clerk.appointments.state.called': 'called',
	'clerk.appointments.state.in_service': 'in service',
	'clerk.appointments.state.served': 'served',
	'clerk.appointments.state.missed': 'no-show',
	'clerk.appointments.state.ended': 'ended unserved',
	'clerk.appointments.overdue':
		'The {time} appointment has waited {minutes} min — apologise and give the expected wait: {wait}',
	'clerk.appointments.overdue_unknown':
		'The {time} appointment has waited {minutes} min — apologise; the wait cannot be estimated now',
	'clerk.appointments.call': 'Call',
	'clerk.appointments.call_label': 'Call ticket {number} (appointment at {time})',
	'clerk.appointments.missed_title': 'No-shows with an appointment',
	'clerk.appointments.missed_empty': 'No one missed an appointment today.',
	'manage.appointments.title': 'Appointments',
	'manage.appointments.lead':
		'Bookings whose slot falls in the chosen period. Late: checked in at the kiosk after the slot time. Wait after the slot: from the slot time (or a later check-in) to the call.',
	'manage.appointments.none': 'There were no bookings in this period.',
	'manage.appointments.table': 'Appointments by department and matter',
	'manage.appointments.department': 'Department',
	'manage.appointments.service': 'Matter',
	'manage.appointments.total': 'Total',
	'manage.appointments.all': 'All departments',
	'manage.appointments.bookings': 'Bookings',
	'manage.appointments.cancelled': 'Cancelled',
	'manage.appointments.checked_in': 'Checked in',
	'manage.appointments.missed': 'No-shows',
	'manage.appointments.late': 'Late check-ins',
	'manage.appointments.late_median': 'Lateness: median (min)',
	'manage.appointments.wait_median': 'Wait after the slot: median (min)',
	'manage.appointments.wait_p90': 'Wait after the slot: p90 (min)',
	'manage.appointments.group.bookings': 'Bookings',
	'manage.appointments.group.wait': 'Wait after the slot (min)',
	'manage.appointments.col.all': 'All',
	'manage.appointments.col.count': 'Count',
	'manage.appointments.col.median': 'Median (min)',
	'manage.appointments.col.p90': 'p90 (min)'
};
