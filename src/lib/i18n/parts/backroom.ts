/**
 * Help and idle alerts and the staff's question log (issue 15: SR-32, SR-03, SR-26). The kiosk's
 * texts (`kiosk.help.*`) are public; the rest are the console's and the manager's.
 */
import type { Message } from '../pl';

export const backroomPl = {
	'kiosk.help.button': 'Potrzebuję pomocy',
	'kiosk.help.title': 'Pomoc',
	'kiosk.help.asking': 'Wzywamy pracownika…',
	'kiosk.help.open':
		'Powiadomiliśmy obsługę urzędu. Ktoś zaraz do Państwa podejdzie – prosimy zostać przy kiosku.',
	'kiosk.help.coming': 'Pracownik urzędu już idzie. Prosimy zostać przy kiosku.',
	'kiosk.help.limited':
		'Obsługa była przed chwilą wzywana kilka razy. Prosimy podejść do Kancelarii albo spróbować ponownie o {time}.',
	'kiosk.help.failed':
		'Nie udało się wezwać pracownika. Prosimy podejść do Kancelarii na parterze.',
	'kiosk.help.close': 'Zamknij',

	'clerk.help.title': 'Prośba o pomoc z kiosku',
	'clerk.help.item': '{place} – od {time}',
	'clerk.help.ack': 'Idę',
	'clerk.help.acked': 'Potwierdzono: idzie {name}.',
	'clerk.idle.banner':
		'Stanowisko jest wolne, a klient sprawy „{service}” czeka dłużej niż zakładany czas (od {time}). Wezwij następnego.',

	'error.what.help_request': 'prośba o pomoc',
	'error.field.windowId': 'stanowisko',
	'error.field.serviceId': 'sprawa',
	'notes.open': 'Notatka: pytanie lub problem (O)',
	'notes.title': 'Notatka do rejestru pytań i problemów',
	'notes.kind': 'Rodzaj',
	'notes.kind.question': 'Częste pytanie',
	'notes.kind.problem': 'Sytuacja problemowa',
	'notes.service': 'Sprawa',
	'notes.service.none': '— bez sprawy —',
	'notes.text': 'Treść (bez danych klienta)',
	'notes.warning':
		'Nie wpisuj danych klienta: imienia i nazwiska, numeru PESEL, telefonu ani adresu e-mail.',
	'notes.save': 'Zapisz notatkę',
	'notes.saved': 'Notatka zapisana. Dziękujemy.',
	'error.invalid_input.pesel':
		'Notatka zawiera numer PESEL. Usuń go – rejestr nie przechowuje danych klientów.',
	'error.invalid_input.phone':
		'Notatka zawiera numer telefonu. Usuń go – rejestr nie przechowuje danych klientów.',
	'error.invalid_input.email':
		'Notatka zawiera adres e-mail. Usuń go – rejestr nie przechowuje danych klientów.',
	'error.invalid_input.note_length': 'Wpisz treść notatki (od 3 do 500 znaków).',

	'manage.backroom.title': 'Pytania, pomoc i bezczynność',
	'manage.backroom.link': 'Pytania, pomoc i bezczynność stanowisk',
	'manage.notes.title': 'Rejestr pytań i problemów według spraw',
	'manage.notes.questions': 'Pytania',
	'manage.notes.problems': 'Problemy',
	'manage.notes.latest': 'Ostatnie notatki',
	'manage.notes.none': 'Brak notatek w tym okresie.',
	'manage.notes.no_service': '(bez sprawy)',
	'manage.notes.retention':
		'Notatki nie zawierają danych osobowych (formularz je odrzuca), więc nie są usuwane po czasie.',
	'manage.idle.title': 'Bezczynność przy czekających klientach (SR-03)',
	'manage.idle.window': 'Stanowisko',
	'manage.idle.minutes': 'Minuty bezczynności',
	'manage.idle.episodes': 'Liczba sytuacji',
	'manage.idle.none': 'Żadne stanowisko nie było wolne, gdy klient czekał ponad zakładany czas.',
	'manage.help.title': 'Prośby o pomoc z kiosków (SR-32)',
	'manage.help.requests': 'Prośby',
	'manage.help.acknowledged': 'Potwierdzone',
	'manage.help.median': 'Mediana czasu do potwierdzenia',
	'admin.help.title': 'Przycisk „Potrzebuję pomocy” w kioskach',
	'admin.help.lead':
		'Wezwanie z kiosku tej lokalizacji pojawia się na konsolach stanowisk obsługujących wybrany wydział.',
	'admin.help.department': 'Wydział, który przyjmuje wezwania',
	'admin.help.default': 'Kancelaria (domyślnie)',
	'admin.help.err_department': 'Wybierz wydział tej lokalizacji.'
} satisfies Record<string, Message>;

export const backroomEn: Record<keyof typeof backroomPl, Message> = {
	'kiosk.help.button': 'I need help',
	'kiosk.help.title': 'Help',
	'kiosk.help.asking': 'Calling a member of staff…',
	'kiosk.help.open':
		'We have told the office staff. Someone will come to you shortly – please stay by the kiosk.',
	'kiosk.help.coming': 'A member of staff is on the way. Please stay by the kiosk.',
	'kiosk.help.limited':
		'Staff have been called several times just now. Please go to the front office (Kancelaria) or try again at {time}.',
	'kiosk.help.failed':
		'We could not call a member of staff. Please go to the front office (Kancelaria) on the ground floor.',
	'kiosk.help.close': 'Close',

	'clerk.help.title': 'A kiosk asks for help',
	'clerk.help.item': '{place} – since {time}',
	'clerk.help.ack': "I'm coming",
	'clerk.help.acked': 'Acknowledged: {name} is going.',
	'clerk.idle.banner':
		'This window is free while a client of “{service}” has waited longer than the target (since {time}). Call the next client.',

	'error.what.help_request': 'call for help',
	'error.field.windowId': 'window',
	'error.field.serviceId': 'matter',
	'notes.open': 'Note: a question or a problem (O)',
	'notes.title': 'Note for the log of questions and problems',
	'notes.kind': 'Kind',
	'notes.kind.question': 'Frequent question',
	'notes.kind.problem': 'Problem situation',
	'notes.service': 'Matter',
	'notes.service.none': '— no matter —',
	'notes.text': 'Text (no client data)',
	'notes.warning':
		'Do not enter client data: a name, PESEL number, phone number or e-mail address.',
	'notes.save': 'Save the note',
	'notes.saved': 'Note saved. Thank you.',
	'error.invalid_input.pesel':
		'The note contains a PESEL number. Remove it – the log keeps no client data.',
	'error.invalid_input.phone':
		'The note contains a phone number. Remove it – the log keeps no client data.',
	'error.invalid_input.email':
		'The note contains an e-mail address. Remove it – the log keeps no client data.',
	'error.invalid_input.note_length': 'Enter the note (3 to 500 characters).',

	'manage.backroom.title': 'Questions, help and idle windows',
	'manage.backroom.link': 'Questions, help and idle windows',
	'manage.notes.title': 'Log of questions and problems by matter',
	'manage.notes.questions': 'Questions',
	'manage.notes.problems': 'Problems',
	'manage.notes.latest': 'Latest notes',
	'manage.notes.none': 'No notes in this period.',
	'manage.notes.no_service': '(no matter)',
	'manage.notes.retention':
		'Notes hold no personal data (the form refuses it), so they are not deleted after a time.',
	'manage.idle.title': 'Idle while clients waited (SR-03)',
	'manage.idle.window': 'Window',
	'manage.idle.minutes': 'Idle minutes',
	'manage.idle.episodes': 'Occasions',
	'manage.idle.none': 'No window was free while a client waited past the target.',
	'manage.help.title': 'Calls for help from kiosks (SR-32)',
	'manage.help.requests': 'Calls',
	'manage.help.acknowledged': 'Acknowledged',
	'manage.help.median': 'Median time to acknowledge',
	'admin.help.title': 'The kiosks’ “I need help” button',
	'admin.help.lead':
		'A call from a kiosk of this location appears on the consoles of the windows serving the chosen department.',
	'admin.help.department': 'Department that takes the calls',
	'admin.help.default': 'Kancelaria (the default)',
	'admin.help.err_department': 'Choose a department of this location.'
};
