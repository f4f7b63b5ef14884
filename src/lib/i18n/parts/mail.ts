/**
 * Messages to visitors about their bookings (issue 14): the e-mails and SMS the outbox sends
 * (rendered on the server, notify/messages.ts), and the staff's list of them at /admin/outbox.
 * Not in the public subset (public.ts): no visitor's screen shows them.
 */
import type { Message } from '../pl';

export const mailPl = {
	'mail.subject.booking_confirmed': 'Potwierdzenie rezerwacji: {date}, godz. {time}',
	'mail.subject.booking_reminder': 'Przypomnienie o wizycie: {date}, godz. {time}',
	'mail.subject.booking_cancelled': 'Rezerwacja odwołana: {date}, godz. {time}',
	'mail.subject.booking_moved': 'Nowy termin wizyty: {date}, godz. {time}',
	'mail.greeting': 'Dzień dobry,',
	'mail.lead.booking_confirmed': 'potwierdzamy rezerwację wizyty w urzędzie.',
	'mail.lead.booking_reminder': 'przypominamy o zarezerwowanej wizycie w urzędzie.',
	'mail.lead.booking_cancelled':
		'informujemy, że Twoja rezerwacja została odwołana. Termin jest wolny dla innych osób.',
	'mail.lead.booking_moved': 'termin Twojej wizyty w urzędzie został zmieniony. Nowy termin:',
	'mail.matter': 'Sprawa: {service}',
	'mail.when': 'Termin: {date}, godz. {time}',
	'mail.where': 'Miejsce: {office}, {address}',
	'mail.code': 'Kod rezerwacji: {code}',
	'mail.kiosk':
		'W dniu wizyty przyjdź najwcześniej {early} minut przed terminem. Na kiosku w holu wybierz „Mam rezerwację” i wpisz kod. Dostaniesz bilet; zaczekaj, aż ekran wywoła jego numer. Jeśli spóźnisz się więcej niż {grace} minut, pobierz zwykły bilet do tej samej sprawy.',
	'mail.link': 'Rezerwację sprawdzisz lub odwołasz tutaj: {url}',
	'mail.link_none':
		'Rezerwację sprawdzisz lub odwołasz na stronie rezerwacji urzędu albo telefonicznie, podając kod.',
	'mail.interpreter':
		'Na wizycie będzie tłumacz polskiego języka migowego (PJM), zgodnie z Twoją prośbą.',
	'mail.accessible':
		'Obsłużymy Cię przy stanowisku dostępnym dla osób z niepełnosprawnościami, zgodnie z Twoją prośbą.',
	'mail.again': 'Jeśli chcesz, zarezerwuj nowy termin na stronie rezerwacji urzędu.',
	'mail.contact': 'Pytania: tel. {phone}',
	'mail.privacy': {
		one: 'Wiadomość wysłana automatycznie, prosimy na nią nie odpowiadać. Adres e-mail i numer telefonu z rezerwacji usuniemy {count} dzień po terminie wizyty.',
		few: 'Wiadomość wysłana automatycznie, prosimy na nią nie odpowiadać. Adres e-mail i numer telefonu z rezerwacji usuniemy {count} dni po terminie wizyty.',
		many: 'Wiadomość wysłana automatycznie, prosimy na nią nie odpowiadać. Adres e-mail i numer telefonu z rezerwacji usuniemy {count} dni po terminie wizyty.',
		other:
			'Wiadomość wysłana automatycznie, prosimy na nią nie odpowiadać. Adres e-mail i numer telefonu z rezerwacji usuniemy {count} dnia po terminie wizyty.'
	},
	'sms.booking_confirmed': 'Rezerwacja: {service}, {date} godz. {time}. Kod na kiosk: {code}.',
	'sms.booking_reminder': 'Przypomnienie: {service}, {date} godz. {time}. Kod na kiosk: {code}.',
	'sms.booking_cancelled': 'Rezerwacja odwołana: {service}, {date} godz. {time}.',
	'sms.booking_moved': 'Nowy termin: {service}, {date} godz. {time}. Kod na kiosk: {code}.',

	'admin.nav.outbox': 'Wiadomości',
	'admin.outbox.title': 'Wiadomości do klientów',
	'admin.outbox.lead':
		'Potwierdzenia, przypomnienia i odwołania rezerwacji wysyłane e-mailem i SMS-em. Wiadomość, której nie udało się wysłać, jest ponawiana coraz rzadziej (od 1 minuty do 1 godziny), przez dobę, najdłużej do terminu wizyty. Adresy pokazujemy w skrócie.',
	'admin.outbox.channel_off':
		'{channel}: wysyłanie nie jest skonfigurowane — wiadomości czekają (zob. README, Konfiguracja).',
	'admin.outbox.channel_on': '{channel}: wysyłanie włączone.',
	'admin.outbox.none': 'Nie ma jeszcze żadnych wiadomości.',
	'admin.outbox.col.created': 'Utworzona',
	'admin.outbox.col.kind': 'Rodzaj',
	'admin.outbox.col.channel': 'Kanał',
	'admin.outbox.col.recipient': 'Odbiorca',
	'admin.outbox.col.state': 'Stan',
	'admin.outbox.col.attempts': 'Próby',
	'admin.outbox.col.next': 'Następna próba',
	'admin.outbox.col.error': 'Ostatni błąd',
	'admin.outbox.col.action': 'Działanie',
	'admin.outbox.kind.booking_confirmed': 'potwierdzenie',
	'admin.outbox.kind.booking_reminder': 'przypomnienie',
	'admin.outbox.kind.booking_cancelled': 'odwołanie',
	'admin.outbox.kind.booking_moved': 'zmiana terminu',
	'admin.outbox.channel.email': 'E-mail',
	'admin.outbox.channel.sms': 'SMS',
	'admin.outbox.state.pending': 'czeka',
	'admin.outbox.state.retrying': 'ponawiana',
	'admin.outbox.state.sent': 'wysłana',
	'admin.outbox.state.given_up': 'porzucona',
	'admin.outbox.not_configured': 'nie skonfigurowano',
	'admin.outbox.deleted': 'usunięty',
	'admin.outbox.retry': 'Ponów teraz',
	'admin.outbox.retry_label': 'Ponów teraz wysłanie wiadomości nr {id}',
	'admin.outbox.retried': 'Wiadomość nr {id} zostanie wysłana za chwilę.',
	'admin.outbox.retry_refused':
		'Tej wiadomości nie można ponowić: została wysłana, termin wizyty minął albo adres usunięto.'
} satisfies Record<string, Message>;

export const mailEn = {
	'mail.subject.booking_confirmed': 'Booking confirmed: {date}, {time}',
	'mail.subject.booking_reminder': 'Reminder of your visit: {date}, {time}',
	'mail.subject.booking_cancelled': 'Booking cancelled: {date}, {time}',
	'mail.subject.booking_moved': 'New time of your visit: {date}, {time}',
	'mail.greeting': 'Hello,',
	'mail.lead.booking_confirmed': 'we confirm your booking of a visit to the office.',
	'mail.lead.booking_reminder': 'this is a reminder of your booked visit to the office.',
	'mail.lead.booking_cancelled':
		'your booking has been cancelled. The time is free for other people.',
	'mail.lead.booking_moved': 'the time of your visit to the office has changed. The new time:',
	'mail.matter': 'Matter: {service}',
	'mail.when': 'When: {date}, {time}',
	'mail.where': 'Where: {office}, {address}',
	'mail.code': 'Booking code: {code}',
	'mail.kiosk':
		'On the day, come no earlier than {early} minutes before your time. At the kiosk in the hall choose “I have an appointment” and type the code. You get a ticket; wait until the screen calls its number. If you are more than {grace} minutes late, take an ordinary ticket for the same matter.',
	'mail.link': 'See or cancel your booking here: {url}',
	'mail.link_none':
		"See or cancel your booking on the office's booking page, or by phone with the code.",
	'mail.interpreter':
		'A Polish Sign Language (PJM) interpreter will be at your visit, as you asked.',
	'mail.accessible': 'You will be served at the accessible service point, as you asked.',
	'mail.again': "If you wish, book a new time on the office's booking page.",
	'mail.contact': 'Questions: phone {phone}',
	'mail.privacy': {
		one: 'This message was sent automatically; please do not reply. We delete the e-mail address and phone number of the booking {count} day after the visit.',
		few: 'This message was sent automatically; please do not reply. We delete the e-mail address and phone number of the booking {count} days after the visit.',
		many: 'This message was sent automatically; please do not reply. We delete the e-mail address and phone number of the booking {count} days after the visit.',
		other:
			'This message was sent automatically; please do not reply. We delete the e-mail address and phone number of the booking {count} days after the visit.'
	},
	'sms.booking_confirmed': 'Booked: {service}, {date} {time}. Kiosk code: {code}.',
	'sms.booking_reminder': 'Reminder: {service}, {date} {time}. Kiosk code: {code}.',
	'sms.booking_cancelled': 'Booking cancelled: {service}, {date} {time}.',
	'sms.booking_moved': 'New time: {service}, {date} {time}. Kiosk code: {code}.',

	'admin.nav.outbox': 'Messages',
	'admin.outbox.title': 'Messages to clients',
	'admin.outbox.lead':
		'Booking confirmations, reminders and cancellations sent by e-mail and SMS. A message that could not be sent is tried again less and less often (from 1 minute to 1 hour), for a day, and never after the visit. Addresses are shown shortened.',
	'admin.outbox.channel_off':
		'{channel}: sending is not configured — messages wait (see README, Configuration).',
	'admin.outbox.channel_on': '{channel}: sending is on.',
	'admin.outbox.none': 'No messages yet.',
	'admin.outbox.col.created': 'Created',
	'admin.outbox.col.kind': 'Kind',
	'admin.outbox.col.channel': 'Channel',
	'admin.outbox.col.recipient': 'Recipient',
	'admin.outbox.col.state': 'State',
	'admin.outbox.col.attempts': 'Attempts',
	'admin.outbox.col.next': 'Next attempt',
	'admin.outbox.col.error': 'Last error',
	'admin.outbox.col.action': 'Action',
	'admin.outbox.kind.booking_confirmed': 'confirmation',
	'admin.outbox.kind.booking_reminder': 'reminder',
	'admin.outbox.kind.booking_cancelled': 'cancellation',
	'admin.outbox.kind.booking_moved': 'new time',
	'admin.outbox.channel.email': 'E-mail',
	'admin.outbox.channel.sms': 'SMS',
	'admin.outbox.state.pending': 'waiting',
	'admin.outbox.state.retrying': 'retrying',
	'admin.outbox.state.sent': 'sent',
	'admin.outbox.state.given_up': 'given up',
	'admin.outbox.not_configured': 'not configured',
	'admin.outbox.deleted': 'deleted',
	'admin.outbox.retry': 'Retry now',
	'admin.outbox.retry_label': 'Retry sending message no. {id} now',
	'admin.outbox.retried': 'Message no. {id} will be sent in a moment.',
	'admin.outbox.retry_refused':
		'This message cannot be retried: it was sent, the visit is over, or the address was deleted.'
} satisfies Record<keyof typeof mailPl, Message>;
