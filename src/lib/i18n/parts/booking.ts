/**
 * The public booking pages (issue 14): /rezerwacja (choose a matter, a day and a time; book) and
 * /rezerwacja/{token} (the booking, its code and QR code, cancelling it). Polish first; English
 * has the same keys. The refusals' texts are the API's too (error.booking_refused.*).
 */
import type { Message } from '../pl';

export const bookingPl = {
	'booking.title': 'Rezerwacja wizyty',
	'booking.lead':
		'Umów się na wizytę w urzędzie o wybranej godzinie. Nie potrzebujesz konta. Rezerwacja dotyczy jednej sprawy.',
	'booking.step.location': 'Wybierz miejsce',
	'booking.step.matter': 'Wybierz sprawę',
	'booking.step.day': 'Wybierz dzień',
	'booking.step.slot': 'Wybierz godzinę',
	'booking.step.needs': 'Czy potrzebujesz pomocy?',
	'booking.step.contact': 'Dane kontaktowe (nieobowiązkowe)',
	'booking.no_matters':
		'W tym miejscu nie można teraz rezerwować wizyt przez internet. Bilet pobierzesz w biletomacie w urzędzie.',
	'booking.no_days':
		'W najbliższych dniach nie ma wolnych terminów dla tej sprawy. Spróbuj później albo pobierz bilet w urzędzie.',
	'booking.day.full': 'brak miejsc',
	'booking.slot.free': {
		one: '{count} wolne miejsce',
		few: '{count} wolne miejsca',
		many: '{count} wolnych miejsc',
		other: '{count} wolnego miejsca'
	},
	'booking.slot.full': 'brak miejsc',
	'booking.interpreter': 'Potrzebuję tłumacza polskiego języka migowego (PJM)',
	'booking.interpreter_hint': {
		one: 'Wizytę z tłumaczem trzeba zarezerwować co najmniej {count} dzień roboczy wcześniej, dlatego pokazujemy dni dostępne dla tłumacza.',
		few: 'Wizytę z tłumaczem trzeba zarezerwować co najmniej {count} dni robocze wcześniej, dlatego pokazujemy dni dostępne dla tłumacza.',
		many: 'Wizytę z tłumaczem trzeba zarezerwować co najmniej {count} dni roboczych wcześniej, dlatego pokazujemy dni dostępne dla tłumacza.',
		other:
			'Wizytę z tłumaczem trzeba zarezerwować co najmniej {count} dnia roboczego wcześniej, dlatego pokazujemy dni dostępne dla tłumacza.'
	},
	'booking.interpreter_show': 'Pokaż dni',
	'booking.accessible': 'Potrzebuję stanowiska obsługi osób z niepełnosprawnościami',
	'booking.email': 'Adres e-mail',
	'booking.phone': 'Numer telefonu',
	'booking.phone_hint': 'Np. 600 123 456',
	'booking.contact_why': {
		one: 'Podaj je tylko, jeśli chcesz dostać potwierdzenie rezerwacji i przypomnienie przed wizytą. Usuniemy je {count} dzień po terminie wizyty.',
		few: 'Podaj je tylko, jeśli chcesz dostać potwierdzenie rezerwacji i przypomnienie przed wizytą. Usuniemy je {count} dni po terminie wizyty.',
		many: 'Podaj je tylko, jeśli chcesz dostać potwierdzenie rezerwacji i przypomnienie przed wizytą. Usuniemy je {count} dni po terminie wizyty.',
		other:
			'Podaj je tylko, jeśli chcesz dostać potwierdzenie rezerwacji i przypomnienie przed wizytą. Usuniemy je {count} dnia po terminie wizyty.'
	},
	'booking.submit': 'Zarezerwuj termin',
	'booking.sending': 'Rezerwuję…',
	'booking.err.slot': 'Wybierz godzinę wizyty.',
	'booking.err.email': 'Wpisz poprawny adres e-mail albo zostaw to pole puste.',
	'booking.err.phone':
		'Wpisz numer telefonu samymi cyframi (może zaczynać się od +) albo zostaw to pole puste.',
	'booking.err.form': 'Nie udało się zarezerwować. Sprawdź wybraną sprawę, dzień i godzinę.',
	'error.booking_refused.slot_full':
		'Ta godzina jest już zajęta. Wybierz inną godzinę — lista wolnych terminów jest aktualna.',
	'error.booking_refused.not_bookable_day':
		'Tego dnia nie można zarezerwować (minął, urząd jest nieczynny albo termin jest za bliski lub za odległy). Wybierz inny dzień.',
	'error.booking_refused.no_such_slot':
		'Ta sprawa nie ma wizyt o tej godzinie. Wybierz godzinę z listy.',
	'error.booking_refused.no_interpreter':
		'W tym terminie nie ma wolnego tłumacza języka migowego. Wybierz inny termin.',
	'booking.done': 'Rezerwacja przyjęta',
	'booking.view': 'Twoja rezerwacja',
	'booking.code': 'Kod rezerwacji',
	'booking.when': 'Termin',
	'booking.when_value': '{date}, godz. {time}',
	'booking.matter': 'Sprawa',
	'booking.place': 'Miejsce',
	'booking.state': 'Stan',
	'booking.state.booked': 'Zarezerwowana',
	'booking.state.checked_in': 'Zgłoszona w urzędzie',
	'booking.state.cancelled': 'Odwołana',
	'booking.state.missed': 'Nieodbyta — nikt się nie zgłosił',
	'booking.needs': 'Potrzeby',
	'booking.needs.interpreter': 'tłumacz PJM',
	'booking.needs.accessible': 'stanowisko dla osób z niepełnosprawnościami',
	'booking.arrive':
		'Przyjdź do {early} min przed terminem i wpisz kod w biletomacie („Mam rezerwację”). Po spóźnieniu większym niż {late} min rezerwacja przepada — pobierzesz wtedy zwykły bilet.',
	'booking.qr.title': 'Kod QR tej rezerwacji',
	'booking.qr.label': 'Kod QR z linkiem do tej rezerwacji',
	'booking.link': 'Link do rezerwacji',
	'booking.link_hint':
		'Zapisz kod i link. Pod linkiem sprawdzisz lub odwołasz rezerwację; nie podawaj go innym.',
	'booking.cancel': 'Odwołaj rezerwację',
	'booking.cancel.question':
		'Czy na pewno odwołać tę rezerwację? Termin zwolni się dla innych osób.',
	'booking.cancel.yes': 'Tak, odwołaj',
	'booking.cancel.no': 'Nie, zostaw',
	'booking.cancel.refused': 'Tej rezerwacji nie można już odwołać.',
	'booking.cancelled': 'Rezerwacja została odwołana.',
	'booking.again': 'Zarezerwuj nowy termin',
	'booking.not_found': 'Nie znaleziono rezerwacji',
	'booking.not_found_text':
		'Sprawdź, czy link jest cały i taki sam jak w potwierdzeniu. Możesz też zarezerwować nowy termin.',
	'home.booking': 'Rezerwacja wizyty',
	'home.booking.desc': 'Umów się przez internet na wizytę w urzędzie o wybranej godzinie.',
	'live.booking': 'Wolisz przyjść o ustalonej godzinie? Zarezerwuj wizytę'
} satisfies Record<string, Message>;

export const bookingEn: Record<keyof typeof bookingPl, Message> = {
	'booking.title': 'Book a visit',
	'booking.lead':
		'Book a time for your visit to the office. No account needed. One booking is for one matter.',
	'booking.step.location': 'Choose the place',
	'booking.step.matter': 'Choose your matter',
	'booking.step.day': 'Choose a day',
	'booking.step.slot': 'Choose a time',
	'booking.step.needs': 'Do you need assistance?',
	'booking.step.contact': 'Contact details (optional)',
	'booking.no_matters':
		'Visits to this place cannot be booked online at the moment. Take a ticket at the office’s kiosk.',
	'booking.no_days':
		'There are no free times for this matter in the coming days. Try again later or take a ticket at the office.',
	'booking.day.full': 'fully booked',
	'booking.slot.free': {
		one: '{count} place free',
		few: '{count} places free',
		many: '{count} places free',
		other: '{count} places free'
	},
	'booking.slot.full': 'full',
	'booking.interpreter': 'I need a Polish Sign Language (PJM) interpreter',
	'booking.interpreter_hint': {
		one: 'A visit with an interpreter must be booked at least {count} working day ahead, so the days shown are those the interpreter can do.',
		few: 'A visit with an interpreter must be booked at least {count} working days ahead, so the days shown are those the interpreter can do.',
		many: 'A visit with an interpreter must be booked at least {count} working days ahead, so the days shown are those the interpreter can do.',
		other:
			'A visit with an interpreter must be booked at least {count} working days ahead, so the days shown are those the interpreter can do.'
	},
	'booking.interpreter_show': 'Show the days',
	'booking.accessible': 'I need the service point for people with disabilities',
	'booking.email': 'E-mail address',
	'booking.phone': 'Phone number',
	'booking.phone_hint': 'E.g. 600 123 456',
	'booking.contact_why': {
		one: 'Give them only if you want a confirmation of the booking and a reminder before the visit. We delete them {count} day after the visit.',
		few: 'Give them only if you want a confirmation of the booking and a reminder before the visit. We delete them {count} days after the visit.',
		many: 'Give them only if you want a confirmation of the booking and a reminder before the visit. We delete them {count} days after the visit.',
		other:
			'Give them only if you want a confirmation of the booking and a reminder before the visit. We delete them {count} days after the visit.'
	},
	'booking.submit': 'Book this time',
	'booking.sending': 'Booking…',
	'booking.err.slot': 'Choose the time of your visit.',
	'booking.err.email': 'Enter a valid e-mail address or leave this field empty.',
	'booking.err.phone':
		'Enter the phone number in digits (it may start with +) or leave this field empty.',
	'booking.err.form': 'The booking did not go through. Check the matter, day and time you chose.',
	'error.booking_refused.slot_full':
		'This time has just been taken. Please choose another time — the list of free times is up to date.',
	'error.booking_refused.not_bookable_day':
		'This day cannot be booked (it has passed, the office is closed, or it is too soon or too far ahead). Please choose another day.',
	'error.booking_refused.no_such_slot':
		'This matter has no visits at that time. Please choose a time from the list.',
	'error.booking_refused.no_interpreter':
		'No sign-language interpreter is free at that time. Choose another slot.',
	'booking.done': 'Your visit is booked',
	'booking.view': 'Your booking',
	'booking.code': 'Booking code',
	'booking.when': 'When',
	'booking.when_value': '{date} at {time}',
	'booking.matter': 'Matter',
	'booking.place': 'Place',
	'booking.state': 'Status',
	'booking.state.booked': 'Booked',
	'booking.state.checked_in': 'Checked in at the office',
	'booking.state.cancelled': 'Cancelled',
	'booking.state.missed': 'Missed — nobody checked in',
	'booking.needs': 'Needs',
	'booking.needs.interpreter': 'PJM interpreter',
	'booking.needs.accessible': 'service point for people with disabilities',
	'booking.arrive':
		'Come up to {early} min before your time and type the code at the kiosk (“I have an appointment”). If you are more than {late} min late, the booking lapses and you take a normal ticket instead.',
	'booking.qr.title': 'QR code of this booking',
	'booking.qr.label': 'QR code with the link to this booking',
	'booking.link': 'Link to your booking',
	'booking.link_hint':
		'Keep the code and the link. The link lets you check or cancel the booking; do not share it.',
	'booking.cancel': 'Cancel the booking',
	'booking.cancel.question':
		'Do you really want to cancel this booking? The time will be free for others.',
	'booking.cancel.yes': 'Yes, cancel it',
	'booking.cancel.no': 'No, keep it',
	'booking.cancel.refused': 'This booking can no longer be cancelled.',
	'booking.cancelled': 'The booking has been cancelled.',
	'booking.again': 'Book another time',
	'booking.not_found': 'Booking not found',
	'booking.not_found_text':
		'Check that the link is complete and the same as in your confirmation. You can also book a new time.',
	'home.booking': 'Book a visit',
	'home.booking.desc': 'Book a visit to the office online, at a time you choose.',
	'live.booking': 'Rather come at a set time? Book a visit'
};
