/**
 * Polish texts: the source of truth. Keys are grouped by screen. Keep diacritics exact.
 * Plural messages: one (1 osoba), few (2–4 osoby), many (5+ osób), other (fractions).
 */
import { printerPl } from './parts/printer';
import { surveyPl } from './parts/survey';
import { managePl } from './parts/manage';
import { accountsPl } from './parts/accounts';
import { adminOfficePl } from './parts/admin-office';
import { consolePl } from './parts/console';
import { consoleDeskPl } from './parts/console-desk';
import { validationPl } from './parts/validation';
import { checksPl } from './parts/checks';
import { boardPl } from './parts/board';
import { consultingPl } from './parts/consulting';
import { estimatePl } from './parts/estimate';
import { kioskScreenPl } from './parts/kiosk-screen';
import { dayPl } from './parts/day';
import { calendarPl } from './parts/calendar';
import { bookingPl } from './parts/booking';
import { inquiriesPl } from './parts/inquiries';
import { mailPl } from './parts/mail';
import { appointmentsPl } from './parts/appointments';
import { appointmentsStaffPl } from './parts/appointments-staff';
import { checkInPl } from './parts/check-in';
import { directoryPl } from './parts/directory';
import { summonsPl } from './parts/summons';
import { accessPl } from './parts/access';
import { voicePl } from './parts/voice';
import { backroomPl } from './parts/backroom';
import { kioskVoicePl } from './parts/kiosk-voice';

import type { Message } from './lang';

export type { Message, PluralMessage } from './lang';

export const pl = {
	'app.name': 'Okienko',
	'app.office': 'Urząd Miejski w Bieruniu',
	'lang.switch': 'Język',
	'lang.pl': 'Polski',
	'lang.en': 'English',
	'lang.uk': 'Українська',

	'common.back': 'Wstecz',
	'common.start_over': 'Od początku',
	'common.close': 'Zamknij',
	'common.home': 'Strona główna',
	'connection.lost': 'Utracono połączenie z serwerem. Trwa ponowne łączenie…',
	'connection.join_refused': 'Ten ekran nie otrzymuje zmian na bieżąco: {message}',
	'connection.screen_title': 'Brak połączenia z serwerem',
	'connection.screen_body':
		'Ten ekran połączy się sam, gdy serwer znów będzie dostępny. W razie potrzeby prosimy zwrócić się do pracowników urzędu.',
	'connection.screen_attempt': 'Próba połączenia: {attempt}',
	'api.unreachable': 'Brak połączenia z serwerem. Spróbuj ponownie za chwilę.',
	'mode.closed.title': 'Obsługa bezpośrednia klientów jest wstrzymana',
	'mode.limited.title': 'Obsługa bezpośrednia klientów jest ograniczona',
	'mode.closed.body':
		'Sprawy można załatwić telefonicznie, pocztą elektroniczną lub przez internet:',
	'mode.limited.body':
		'Na miejscu załatwisz tylko niektóre sprawy. Pozostałe można załatwić telefonicznie, pocztą elektroniczną lub przez internet:',
	'contact.phone': 'Telefon: {phone}',
	'contact.email': 'E-mail: {email}',
	'contact.eservices': 'Internet (e-usługi): {url}',
	'floor.ground': 'parter',
	'floor.number': '{floor}. piętro',
	'place.room': 'pokój {room}',
	'place.colour': 'kolor: {colour}',
	'priority.pregnant': 'Kobieta w ciąży',
	'priority.small_children': 'Osoba z małym dzieckiem',
	'priority.elderly': 'Osoba w podeszłym wieku',
	'priority.limited_mobility': 'Osoba o ograniczonej sprawności ruchowej',
	'ticket.state.waiting': 'oczekuje',
	'ticket.state.called': 'wezwany',
	'ticket.state.serving': 'w obsłudze',
	'ticket.state.done': 'obsłużony',
	'ticket.state.no_show': 'nieobecny',
	'ticket.state.cancelled': 'anulowany',
	'window.status.open': 'otwarte',
	'window.status.paused': 'przerwa',
	'window.status.closed': 'zamknięte',
	'window.label': 'Stanowisko {label}',
	'page_error.title': 'Błąd {status}',
	'page_error.home': 'Wróć na stronę główną',

	'home.title': 'Okienko – system obsługi kolejki',
	'home.intro': 'Wybierz ekran do uruchomienia na tym urządzeniu.',
	'home.kiosk': 'Biletomat',
	'home.kiosk.desc': 'Klienci wybierają sprawę i pobierają bilet.',
	'home.display': 'Tablica w poczekalni',
	'home.display.desc': 'Wezwania biletów i liczba oczekujących.',
	'home.clerk': 'Stanowisko urzędnika',
	'home.clerk.desc': 'Wzywanie i obsługa klientów przy stanowisku.',
	'home.manage': 'Wyniki i statystyki',
	'home.manage.desc': 'Wyniki badania satysfakcji klientów, eksport do CSV.',
	'home.survey_paper': 'Ankiety papierowe',
	'home.survey_paper.desc': 'Wprowadzanie ankiet złożonych w Kancelarii.',
	'locations.choose': 'Wybierz lokalizację',
	'locations.none': 'Nie skonfigurowano jeszcze żadnej lokalizacji.',
	'clerk.choose.title': 'Wybierz stanowisko',
	'clerk.choose.none': 'W tej lokalizacji nie ma stanowisk.',

	'kiosk.title': 'Pobierz bilet',
	'kiosk.nav': 'Nawigacja',
	'kiosk.step.department': 'Wybierz wydział, w którym chcesz załatwić sprawę',
	'kiosk.step.featured': 'Sprawy ogólne',
	'kiosk.step.service': 'Wybierz sprawę',
	'kiosk.step.ticket_kind': 'Wybierz rodzaj biletu',
	'kiosk.waiting': {
		one: 'Czeka 1 osoba',
		few: 'Czekają {count} osoby',
		many: 'Czeka {count} osób',
		other: 'Czeka {count} osoby'
	},
	'kiosk.waiting_none': 'Nikt nie czeka',
	'kiosk.refusal.closed_mode': 'Obsługa bezpośrednia jest teraz wstrzymana',
	'kiosk.refusal.limited_mode': 'Tej sprawy nie załatwisz teraz na miejscu',
	'kiosk.refusal.closed_day': 'Dziś urząd nie przyjmuje klientów',
	'kiosk.refusal.before_opening': 'Urząd jest jeszcze zamknięty',
	'kiosk.refusal.after_cutoff': 'Na dziś nie wydajemy już biletów na tę sprawę',
	'kiosk.refusal.department_limited': 'Teraz nieobsługiwane na miejscu',
	'kiosk.refusal.other': 'Biletu na tę sprawę nie można teraz pobrać',
	'kiosk.ticket.normal': 'Bilet zwykły',
	'kiosk.ticket.normal_desc': 'Obsługa w kolejności przybycia',
	'kiosk.priority.explain': 'Osoby z tych grup są obsługiwane poza kolejnością:',
	'kiosk.issuing': 'Wydajemy bilet…',
	'kiosk.issue_failed':
		'Nie udało się wydać biletu. Spróbuj ponownie albo poproś o pomoc pracownika urzędu.',
	'kiosk.ticket.heading': 'Twój bilet',
	'kiosk.ticket.number': 'Numer biletu',
	'kiosk.ticket.matter': 'Sprawa',
	'kiosk.ticket.priority': 'Bilet poza kolejnością: {group}',
	'kiosk.ticket.where': 'Gdzie się udać',
	'kiosk.ticket.where_hint': 'Poczekaj, aż numer biletu pojawi się na tablicy w poczekalni.',
	'kiosk.ticket.ahead': {
		one: 'Przed Tobą czeka 1 osoba',
		few: 'Przed Tobą czekają {count} osoby',
		many: 'Przed Tobą czeka {count} osób',
		other: 'Przed Tobą czeka {count} osoby'
	},
	'kiosk.ticket.ahead_none': 'Nikt przed Tobą nie czeka',
	'kiosk.ticket.id_required':
		'Przygotuj dowód osobisty lub inny dokument tożsamości – będzie potrzebny przy tej sprawie.',
	'kiosk.ticket.print_failed': 'Bilet nie został wydrukowany: {message}',
	'kiosk.ticket.done': 'Gotowe',
	'kiosk.demo_hours': 'Tryb demonstracyjny: godziny otwarcia nie są egzekwowane',

	'board.title': 'Tablica wezwań',
	'board.current': 'Zapraszamy',
	'board.none': 'Nikt nie jest teraz wzywany',
	'board.history': 'Ostatnie wezwania',
	'board.history_none': 'Brak wcześniejszych wezwań',
	'board.waiting': 'Oczekujący',
	'board.ticket': 'Bilet',
	'board.to_window': 'do stanowiska',
	'board.recall': 'ponownie',
	'board.announce': 'Bilet {number}, stanowisko {window}, pokój {room}',
	'board.announce_recall': 'Ponownie: bilet {number}, stanowisko {window}, pokój {room}',
	'board.sound_enable': 'Kliknij, aby włączyć dźwięk',
	'board.clock': 'Godzina',

	'clerk.title': 'Stanowisko {label}',
	'clerk.where': 'Pokój {room}, {floor}',
	'clerk.status': 'Status: {status}',
	'clerk.pause_reason': 'Powód przerwy: {reason}',
	'clerk.change_window': 'Zmień stanowisko',
	'clerk.current': 'Bieżący klient',
	'clerk.current_none': 'Nikt nie jest teraz wezwany do tego stanowiska.',
	'clerk.field.matter': 'Sprawa',
	'clerk.field.department': 'Wydział',
	'clerk.field.priority': 'Pierwszeństwo',
	'clerk.field.state': 'Stan',
	'clerk.field.issued': 'Wydany',
	'clerk.field.called': 'Wezwany',
	'clerk.field.started': 'Obsługa od',
	'clerk.field.recalls': 'Wezwania ponowne',
	'clerk.priority_none': 'brak (bilet zwykły)',
	'clerk.transfer_note': 'Notatka od przekazującego urzędnika',
	'clerk.transferred': 'Przekazany',
	'clerk.priority_marker': 'Poza kolejnością',
	'clerk.queue': 'Kolejka tego stanowiska',
	'clerk.queue.count': {
		one: 'Czeka 1 osoba',
		few: 'Czekają {count} osoby',
		many: 'Czeka {count} osób',
		other: 'Czeka {count} osoby'
	},
	'clerk.queue.priority_count': 'w tym poza kolejnością: {count}',
	'clerk.queue.next': 'Następni w kolejce',
	'clerk.queue.empty': 'Nikt nie czeka na sprawy obsługiwane przy tym stanowisku.',
	'clerk.queue.waited': 'czeka {count} min',
	'clerk.queue.more': 'Oraz {count} kolejnych.',
	'clerk.actions': 'Czynności',
	'clerk.shortcuts':
		'Skróty klawiszowe: litera na przycisku (gdy kursor nie jest w polu tekstowym). Nieobecność i anulowanie trzeba potwierdzić; U cofa je przez kilka sekund.',
	'clerk.action.call': 'Wezwij następnego',
	'clerk.action.recall': 'Wezwij ponownie',
	'clerk.action.start': 'Rozpocznij obsługę',
	'clerk.action.finish': 'Zakończ',
	'clerk.action.no_show': 'Nieobecny',
	'clerk.action.return': 'Zwróć do kolejki',
	'clerk.action.cancel': 'Anuluj bilet',
	'clerk.action.transfer': 'Przekaż',
	'clerk.action.pause': 'Przerwa',
	'clerk.action.resume': 'Wznów',
	'clerk.action.open': 'Otwórz stanowisko',
	'clerk.result.call': 'Wezwano bilet {number}.',
	'clerk.result.recall': 'Ponownie wezwano bilet {number}.',
	'clerk.result.start': 'Rozpoczęto obsługę biletu {number}.',
	'clerk.result.finish': 'Zakończono obsługę biletu {number}.',
	'clerk.result.no_show': 'Bilet {number} oznaczono jako nieobecny.',
	'clerk.result.return': 'Bilet {number} wrócił do kolejki.',
	'clerk.result.cancel': 'Anulowano bilet {number}.',
	'clerk.result.transfer': 'Przekazano bilet {number}.',
	'clerk.result.pause': 'Stanowisko ma przerwę.',
	'clerk.result.resume': 'Stanowisko jest otwarte.',
	'clerk.offline': 'Brak połączenia z serwerem – czynność nie została wykonana.',
	'clerk.timeout': 'Serwer nie odpowiedział na czas. Sprawdź stan stanowiska i spróbuj ponownie.',
	'clerk.transfer.title': 'Przekaż bilet {number}',
	'clerk.transfer.department': 'Wydział',
	'clerk.transfer.service': 'Sprawa',
	'clerk.transfer.choose': '– wybierz –',
	'clerk.transfer.note': 'Notatka dla przyjmującego urzędnika: o czym jest sprawa',
	'clerk.transfer.note_hint':
		'Wymagana. Urzędnik zobaczy ją przed wezwaniem klienta. Klient zachowuje swój bilet i miejsce w kolejce.',
	'clerk.transfer.submit': 'Przekaż bilet',
	'clerk.pause.title': 'Przerwa w pracy stanowiska',
	'clerk.pause.reason': 'Powód przerwy',
	'clerk.pause.hint': 'Wymagany. Klient już wezwany zostanie obsłużony; nowi nie będą wzywani.',
	'clerk.pause.presets': 'Częste powody',
	'clerk.pause.preset.break': 'Przerwa śniadaniowa',
	'clerk.pause.preset.consulting': 'Konsultacja sprawy w wydziale',
	'clerk.pause.preset.documents': 'Praca z dokumentami',
	'clerk.pause.submit': 'Rozpocznij przerwę',
	'clerk.chars': '{count} z {max} znaków',

	'error.not_found': 'Nie znaleziono: {what}.',
	'error.invalid_input': 'Nieprawidłowe dane: {field}.',
	'error.invalid_state':
		'Bilet {number} jest w stanie „{state}”, więc tej czynności nie można wykonać.',
	'error.stale':
		'Ekran był nieaktualny: bilet {number} nie jest już obsługiwany przy tym stanowisku. Odświeżono widok.',
	'error.window_paused': 'Stanowisko {window} jest wstrzymane. Wznów pracę, aby wezwać klienta.',
	'error.window_closed': 'Stanowisko {window} jest zamknięte. Otwórz je, aby wezwać klienta.',
	'error.window_busy': 'Najpierw zakończ obsługę biletu {number} albo oznacz go jako nieobecny.',
	'error.no_current_ticket': 'Przy tym stanowisku nie ma teraz wezwanego klienta.',
	'error.nothing_waiting': 'Nikt nie czeka na sprawy obsługiwane przy stanowisku {window}.',
	'error.priority_not_allowed': 'Dla tej sprawy nie wydaje się biletów poza kolejnością.',
	'error.office_closed': 'Urząd nie wydaje teraz biletów na tę sprawę.',
	'error.service_unavailable': 'Ta sprawa nie jest obecnie obsługiwana na miejscu.',
	'error.bad_request': 'Nieprawidłowe żądanie.',
	'error.bad_json': 'Treść żądania nie jest poprawnym JSON-em.',
	'error.too_large': 'Treść żądania jest za duża.',
	'error.unknown_action': 'Nieznana czynność: {action}.',
	'error.forbidden': 'Brak uprawnień do tej czynności.',
	'error.unauthenticated': 'Zaloguj się (albo sparuj urządzenie), aby to zrobić.',
	'error.cross_origin':
		'Odmowa: żądanie przyszło z innej strony niż Okienko. Otwórz Okienko i spróbuj ponownie.',
	'error.not_json': 'Treść żądania musi być w formacie JSON (Content-Type: application/json).',
	'error.internal': 'Wystąpił błąd serwera. Spróbuj ponownie.',
	'error.what.location': 'lokalizacja',
	'error.what.service': 'sprawa',
	'error.what.window': 'stanowisko',
	'error.what.ticket': 'bilet',
	'print.printed': 'Bilet został wydrukowany.',
	'print.placeholder':
		'Drukarka nie jest jeszcze podłączona (wersja demonstracyjna). Numer biletu jest na ekranie – zapamiętaj go.',
	'print.offline': 'Drukarka nie odpowiada. Bilet jest ważny – numer widać na ekranie.',
	'print.paper_out': 'W drukarce skończył się papier. Bilet jest ważny – numer widać na ekranie.',
	'print.cover_open': 'Pokrywa drukarki jest otwarta. Bilet jest ważny – numer widać na ekranie.',
	'print.timeout': 'Drukarka nie odpowiedziała na czas. Bilet jest ważny – numer widać na ekranie.',
	'print.error': 'Nie udało się wydrukować biletu. Bilet jest ważny – numer widać na ekranie.',
	// Texts of other screens live in parts/, one module per area.
	...printerPl,
	...surveyPl,
	...managePl,
	...accountsPl,
	...adminOfficePl,
	...consolePl,
	...consoleDeskPl,
	...validationPl,
	...checksPl,
	...boardPl,
	...consultingPl,
	...estimatePl,
	...kioskScreenPl,
	...dayPl,
	...calendarPl,
	...bookingPl,
	...inquiriesPl,
	...mailPl,
	...appointmentsPl,
	...appointmentsStaffPl,
	...checkInPl,
	...directoryPl,
	...summonsPl,
	...accessPl,
	...voicePl,
	...backroomPl,
	...kioskVoicePl
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof pl;
