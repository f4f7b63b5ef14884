/**
 * The inquiry register (issue 15, Annex 2 "Formularz zapytania"): the form's own words verbatim
 * in Polish (digest §5), the register's lists, and its refusals. Staff screens: Polish and English.
 */
import type { Message } from '../pl';

export const inquiriesPl = {
	// Annex 2, verbatim.
	'inquiry.form.title': 'Formularz zapytania',
	'inquiry.form.hint':
		'W przypadku, gdy nie wiemy do kogo przełączyć rozmowę telefoniczną poinformuj Klienta, że:',
	'inquiry.form.script1':
		'zapiszesz pytanie i przekażesz do właściwego pracownika w celu udzielenia odpowiedzi.',
	'inquiry.form.script2': 'Dodaj, że oddzwonimy najszybciej, jak to będzie możliwe.',
	'inquiry.form.hint2':
		'Następnie spisz zapytanie, nr telefonu i ewentualnie imię i nazwisko (jeśli, to konieczne dla załatwienia sprawy)',
	'inquiry.form.question': 'Zapytanie:',
	'inquiry.form.phone': 'Nr telefonu:',
	'inquiry.form.client': 'Imię i nazwisko Klienta – jeśli to konieczne: Pani/Pan',
	'inquiry.form.received_by': 'Imię i nazwisko osoby, która przyjęła zapytanie',
	'inquiry.form.forwarded_to': 'Przekazano zapytanie do',
	'inquiry.form.forwarded_request': 'z prośbą o udzielenie odpowiedzi.',
	'inquiry.form.place_date': '{town}, dnia: {date} godzina: {time}',
	'inquiry.form.informed_on': 'Oddzwoniono/poinformowano w dniu',
	'inquiry.form.signature': 'podpis (osoby odpowiedzialnej merytorycznie)',
	'inquiry.form.note':
		'Uwaga: Formularz zapytania pozostaje u pracownika, który przyjął zapytanie.',
	'inquiry.field.phone': 'Podaj numer telefonu, np. 32 123 45 67 albo +48 600 100 200.',
	'inquiry.field.forward_to': 'Wybierz pracownika albo wydział (jedno z nich).',
	'error.what.inquiry': 'zapytanie',
	'error.what.department': 'wydział',
	'error.what.staff': 'pracownik'
} satisfies Record<string, Message>;

export const inquiriesEn = {
	'inquiry.form.title': 'Inquiry form',
	'inquiry.form.hint':
		"If you don't know whom to transfer the phone call to, tell the client that:",
	'inquiry.form.script1':
		'you will write the question down and pass it to the competent employee for an answer.',
	'inquiry.form.script2': 'Add that we will call back as soon as possible.',
	'inquiry.form.hint2':
		'Then write down the question, the phone number and, if needed, the name (only if it is necessary to handle the matter)',
	'inquiry.form.question': 'Question:',
	'inquiry.form.phone': 'Phone number:',
	'inquiry.form.client': "Client's name – only if necessary: Mrs/Mr",
	'inquiry.form.received_by': 'Received by',
	'inquiry.form.forwarded_to': 'Forwarded to',
	'inquiry.form.forwarded_request': 'with a request for an answer.',
	'inquiry.form.place_date': '{town}, date: {date} time: {time}',
	'inquiry.form.informed_on': 'Client called back / informed on',
	'inquiry.form.signature': 'signature (of the person responsible for the matter)',
	'inquiry.form.note': 'Note: the inquiry form stays with the employee who received it.',
	'inquiry.field.phone': 'Enter a phone number, e.g. 32 123 45 67 or +48 600 100 200.',
	'inquiry.field.forward_to': 'Choose a clerk or a department (one of them).',
	'error.what.inquiry': 'inquiry',
	'error.what.department': 'department',
	'error.what.staff': 'staff member'
} satisfies Record<string, Message>;
