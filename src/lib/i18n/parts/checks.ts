/**
 * What the office's own forms say when something typed is wrong (issue 12, items 17 and 19):
 * the paper survey entry and the period of /manage's reports, and the names of the fields a
 * refused request points at ("Nieprawidłowe dane: {field}"); and the short column names under
 * each measure of /manage's time tables (so that their 13 columns fit the screen).
 */
import type { Message } from '../pl';

export const checksPl = {
	'survey.paper.empty':
		'Formularz jest pusty. Zaznacz co najmniej jedną odpowiedź albo wpisz uwagę, tak jak na papierowej ankiecie.',
	'survey.paper.day_empty': 'Podaj datę wypełnienia ankiety (dzień, miesiąc i rok).',
	'survey.paper.day_invalid': 'Taki dzień nie istnieje. Sprawdź dzień, miesiąc i rok.',
	'survey.paper.day_future':
		'Data nie może być z przyszłości: ankietę wypełniono najpóźniej dzisiaj ({today}).',
	'survey.paper.check_day': 'Popraw datę wypełnienia ankiety.',
	'manage.range_reversed':
		'Początek okresu ({from}) jest późniejszy niż jego koniec ({to}). Zamień daty albo wybierz inny okres.',
	'manage.range_invalid': 'Podaj prawidłowe daty początku i końca okresu (dzień, miesiąc i rok).',
	'manage.range_too_long': 'Okres może obejmować najwyżej 10 lat. Wybierz krótszy.',
	'manage.range_shown': 'Poniżej wyniki za domyślny okres: ostatnie 30 dni.',
	'manage.survey.csv_percent': '{item}: % zadowolonych',
	'manage.survey.csv_satisfied': '{item}: zadowoleni',
	'manage.survey.csv_answered': '{item}: odpowiedzi (n)',
	'manage.times.col.count': 'liczba',
	'manage.times.col.mean': 'średnia',
	'manage.times.col.median': 'mediana',
	'manage.times.col.p90': 'p90',
	'manage.survey.answered':
		'Ankiety liczone są tylko wtedy, gdy zawierają co najmniej jedną odpowiedź.',
	'error.field.day': 'data',
	'error.field.from': 'początek okresu',
	'error.field.to': 'koniec okresu',
	'error.field.table': 'tabela',
	'error.field.departmentIds': 'wydziały'
} satisfies Record<string, Message>;

export const checksEn: Record<keyof typeof checksPl, Message> = {
	'survey.paper.empty':
		'The form is empty. Mark at least one answer or type a comment, as on the paper survey.',
	'survey.paper.day_empty': 'Enter the day the survey was filled in (day, month and year).',
	'survey.paper.day_invalid': 'That day does not exist. Check the day, month and year.',
	'survey.paper.day_future':
		'The date cannot be in the future: the survey was filled in today ({today}) at the latest.',
	'survey.paper.check_day': 'Correct the day the survey was filled in.',
	'manage.range_reversed':
		'The start of the period ({from}) is later than its end ({to}). Swap the dates or choose another period.',
	'manage.range_invalid': 'Enter valid start and end dates of the period (day, month and year).',
	'manage.range_too_long': 'The period may span at most 10 years. Choose a shorter one.',
	'manage.range_shown': 'Below are the results for the default period: the last 30 days.',
	'manage.survey.csv_percent': '{item}: % satisfied',
	'manage.survey.csv_satisfied': '{item}: satisfied',
	'manage.survey.csv_answered': '{item}: answers (n)',
	'manage.times.col.count': 'count',
	'manage.times.col.mean': 'mean',
	'manage.times.col.median': 'median',
	'manage.times.col.p90': 'p90',
	'manage.survey.answered': 'A survey counts only if it holds at least one answer.',
	'error.field.day': 'date',
	'error.field.from': 'start of the period',
	'error.field.to': 'end of the period',
	'error.field.table': 'table',
	'error.field.departmentIds': 'departments'
};
