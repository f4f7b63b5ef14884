/** Texts of the managers' pages (/manage). */
import type { Message } from '../pl';

export const managePl = {
	'manage.title': 'Wyniki i statystyki',
	'manage.range': 'Okres',
	'manage.from': 'Od',
	'manage.to': 'Do',
	'manage.location': 'Lokalizacja',
	'manage.show': 'Pokaż',
	'manage.print': 'Drukuj',
	'manage.csv': 'Pobierz CSV',
	'manage.survey.title': 'Badanie satysfakcji klienta: odsetek zadowolonych',
	'manage.survey.lead':
		'Odsetek odpowiedzi „jestem zadowolona/y” wśród osób, które odpowiedziały na dane pytanie. W nawiasie: zadowoleni / wszyscy odpowiadający.',
	'manage.survey.department': 'Wydział',
	'manage.survey.all': 'Wszystkie wydziały',
	'manage.survey.responses': 'Ankiety',
	'manage.survey.none': 'W tym okresie nie wypełniono żadnej ankiety.',
	'manage.survey.channels': 'Kanały',
	'manage.survey.channel.kiosk': 'tablet przy stanowisku',
	'manage.survey.channel.web': 'telefon / internet',
	'manage.survey.channel.paper': 'formularz papierowy',
	'manage.survey.comments': 'Uwagi klientów',
	'manage.survey.comments_none': 'Brak uwag w tym okresie.',
	'manage.survey.item_short.A': 'A. uprzejmość',
	'manage.survey.item_short.B': 'B. wiedza',
	'manage.survey.item_short.C': 'C. terminowość',
	'manage.survey.item_short.D': 'D. informacja',
	'manage.survey.item_short.E': 'E. czas oczekiwania',
	'manage.survey.item_short.F': 'F. dostęp do informacji',
	'manage.survey.item_short.G': 'G. pomoc w dokumentach',
	'manage.survey.item_short.H': 'H. co zrobić lepiej',
	'manage.times.placeholder':
		'W przygotowaniu: czasy oczekiwania i obsługi, poziom obsługi, nieobecności i przekazania. Ta część strony jeszcze nie działa.',
	'manage.survey.paper_link': 'Wprowadź ankiety papierowe'
} satisfies Record<string, Message>;

export const manageEn: Record<keyof typeof managePl, Message> = {
	'manage.title': 'Results and statistics',
	'manage.range': 'Period',
	'manage.from': 'From',
	'manage.to': 'To',
	'manage.location': 'Location',
	'manage.show': 'Show',
	'manage.print': 'Print',
	'manage.csv': 'Download CSV',
	'manage.survey.title': 'Client satisfaction survey: share satisfied',
	'manage.survey.lead':
		'Share of “I am satisfied” answers among those who answered the question. In brackets: satisfied / all who answered.',
	'manage.survey.department': 'Department',
	'manage.survey.all': 'All departments',
	'manage.survey.responses': 'Surveys',
	'manage.survey.none': 'No survey was filled in during this period.',
	'manage.survey.channels': 'Channels',
	'manage.survey.channel.kiosk': 'tablet at the window',
	'manage.survey.channel.web': 'phone / web',
	'manage.survey.channel.paper': 'paper form',
	'manage.survey.comments': "Clients' comments",
	'manage.survey.comments_none': 'No comments in this period.',
	'manage.survey.item_short.A': 'A. courtesy',
	'manage.survey.item_short.B': 'B. knowledge',
	'manage.survey.item_short.C': 'C. timeliness',
	'manage.survey.item_short.D': 'D. information',
	'manage.survey.item_short.E': 'E. waiting time',
	'manage.survey.item_short.F': 'F. access to information',
	'manage.survey.item_short.G': 'G. help with documents',
	'manage.survey.item_short.H': 'H. what to do better',
	'manage.times.placeholder':
		'Coming: waiting and service times, service levels, no-shows and transfers. This part of the page does not work yet.',
	'manage.survey.paper_link': 'Enter paper surveys'
};
