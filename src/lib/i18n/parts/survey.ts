/**
 * The client satisfaction survey (Annex 3 of the Standards, digest §4). The questions are the
 * source's words; the introduction has the source's typo corrected ("Dbłość" → "Dbałość") and its
 * grammar mended as the digest suggests, and the e-mail address reads urzad@, not urząd@.
 */
import type { Message } from '../pl';

export const surveyPl = {
	'survey.title': 'Badanie satysfakcji klienta',
	'survey.greeting': 'Drogi Kliencie,',
	// Shown above a translated questionnaire only: the Polish text is the one of Annex 3.
	'survey.translation_note':
		'Tłumaczenie polskiej ankiety (załącznik 3). Wiążący jest tekst polski; odpowiedzi liczą się razem ze wszystkimi innymi.',
	'survey.intro':
		'zwracamy się z prośbą o ocenę pracy naszego Urzędu. Dbałość o jakość usług jest naszym priorytetem, a poznanie Twojej opinii pomoże nam w skutecznym, efektywnym i ciągłym doskonaleniu usług realizowanych dla naszych Mieszkańców.',
	'survey.instruction': 'Prosimy o zaznaczenie odpowiedzi:',
	'survey.item.A': 'A. uprzejmość, kultura obsługi Klienta:',
	'survey.item.B': 'B. wiedza i kompetencja pracownika Urzędu:',
	'survey.item.C': 'C. terminowość załatwiania sprawy:',
	'survey.item.D': 'D. uzyskanie pełnej informacji na temat załatwienia sprawy:',
	'survey.item.E': 'E. czas oczekiwania na przyjęcie przez urzędnika:',
	'survey.item.F': 'F. dostęp do informacji, formularzy i ich czytelność (BIP):',
	'survey.item.G': 'G. pomoc w wypełnianiu dokumentów:',
	'survey.satisfied': 'jestem zadowolona/y',
	'survey.dissatisfied': 'jestem niezadowolona/y',
	'survey.comment': 'Uwagi:',
	'survey.item.H': 'H. Co możemy zrobić lepiej? proszę wymienić swoje oczekiwania:',
	'survey.departments':
		'Prosimy o wskazanie, w którym Wydziale lub Wydziałach rozpatrywana była Pani/Pana sprawa:',
	'survey.thanks': 'Dziękujemy za udział w badaniu',
	'survey.footer': 'Wypełnienie ankiety jest dobrowolne. Formularz jest anonimowy.',
	'survey.footer_paper':
		'Wypełnioną ankietę można składać listownie, elektronicznie (urzad@um.bierun.pl) lub bezpośrednio w Urzędzie – Kancelaria.',
	'survey.optional': 'Każde pytanie jest nieobowiązkowe.',
	'survey.submit': 'Wyślij ankietę',
	'survey.sending': 'Wysyłanie…',
	'survey.clear_answer': 'Bez odpowiedzi',
	'survey.invalid': 'Ta ankieta została już wypełniona albo link wygasł. Dziękujemy!',
	'survey.failed': 'Nie udało się wysłać ankiety: {message}',
	'survey.tablet.waiting':
		'Po zakończeniu wizyty zapraszamy tutaj do krótkiej, anonimowej ankiety.',
	'survey.tablet.invite': 'Dziękujemy za wizytę! Czy zechce Pani/Pan ocenić naszą obsługę?',
	'survey.tablet.start': 'Wypełnij ankietę',
	'survey.tablet.skip': 'Nie, dziękuję',
	'survey.tablet.window': 'Stanowisko {label}',
	'survey.paper.title': 'Wprowadzanie ankiet papierowych',
	'survey.paper.lead':
		'Ankiety złożone w Kancelarii, przesłane listownie lub e-mailem. Wpisz odpowiedzi tak, jak zaznaczono je na formularzu.',
	'survey.paper.location': 'Lokalizacja',
	'survey.paper.day': 'Data wypełnienia ankiety',
	'survey.paper.saved': 'Zapisano ankietę. Możesz wprowadzić następną.',
	'survey.paper.submit': 'Zapisz ankietę',
	'error.too_many_requests': 'Zbyt wiele prób w krótkim czasie. Spróbuj ponownie za kilka minut.',
	'error.what.survey': 'ankieta'
} satisfies Record<string, Message>;

export const surveyEn: Record<keyof typeof surveyPl, Message> = {
	'survey.title': 'Client satisfaction survey',
	'survey.greeting': 'Dear Client,',
	'survey.translation_note':
		'This is a translation of the Polish questionnaire (Annex 3). The Polish text is binding; your answers count together with all others.',
	'survey.intro':
		'we ask you to rate the work of our Office. Care for the quality of our services is our priority, and knowing your opinion will help us improve the services we provide to our Residents effectively, efficiently and continuously.',
	'survey.instruction': 'Please mark your answers:',
	'survey.item.A': 'A. Courtesy and politeness in serving the client:',
	'survey.item.B': 'B. Knowledge and competence of the Office employee:',
	'survey.item.C': 'C. Timeliness in handling the matter:',
	'survey.item.D': 'D. Getting full information on how the matter is handled:',
	'survey.item.E': 'E. Waiting time to be seen by a clerk:',
	'survey.item.F': 'F. Access to information and forms, and their clarity (BIP):',
	'survey.item.G': 'G. Help with filling in documents:',
	'survey.satisfied': 'I am satisfied',
	'survey.dissatisfied': 'I am dissatisfied',
	'survey.comment': 'Comments:',
	'survey.item.H': 'H. What can we do better? Please list your expectations:',
	'survey.departments':
		'Please indicate in which Department or Departments your matter was handled:',
	'survey.thanks': 'Thank you for taking part in the survey',
	'survey.footer': 'Filling in the survey is voluntary. The form is anonymous.',
	'survey.footer_paper':
		'A completed survey can be submitted by post, electronically (urzad@um.bierun.pl) or in person at the Office – Kancelaria.',
	'survey.optional': 'Every question is optional.',
	'survey.submit': 'Send the survey',
	'survey.sending': 'Sending…',
	'survey.clear_answer': 'No answer',
	'survey.invalid': 'This survey has already been filled in or the link has expired. Thank you!',
	'survey.failed': 'The survey could not be sent: {message}',
	'survey.tablet.waiting':
		'When your visit is over, you are welcome to a short, anonymous survey here.',
	'survey.tablet.invite': 'Thank you for your visit! Would you like to rate our service?',
	'survey.tablet.start': 'Fill in the survey',
	'survey.tablet.skip': 'No, thank you',
	'survey.tablet.window': 'Window {label}',
	'survey.paper.title': 'Entering paper surveys',
	'survey.paper.lead':
		'Surveys handed in at the Kancelaria, sent by post or by e-mail. Enter the answers as they are marked on the form.',
	'survey.paper.location': 'Location',
	'survey.paper.day': 'Date the survey was filled in',
	'survey.paper.saved': 'The survey has been saved. You can enter the next one.',
	'survey.paper.submit': 'Save the survey',
	'error.too_many_requests':
		'Too many attempts in a short time. Please try again in a few minutes.',
	'error.what.survey': 'survey'
};
