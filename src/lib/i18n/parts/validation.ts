/**
 * What the validator (zod) found wrong with a request or a form, in the person's language: one
 * message per kind of issue, filled from the issue's own figures (shared/validation.ts picks the
 * key). zod's own messages are English ("Invalid input: expected number, received string") and
 * must never reach a Polish page.
 */
import type { Message } from '../pl';

export const validationPl = {
	'validation.expected.string': 'Nieprawidłowy rodzaj wartości: oczekiwano tekstu.',
	'validation.expected.number': 'Nieprawidłowy rodzaj wartości: oczekiwano liczby.',
	'validation.expected.int': 'Nieprawidłowy rodzaj wartości: oczekiwano liczby całkowitej.',
	'validation.expected.boolean': 'Nieprawidłowy rodzaj wartości: oczekiwano wartości tak/nie.',
	'validation.expected.array': 'Nieprawidłowy rodzaj wartości: oczekiwano listy.',
	'validation.expected.object': 'Nieprawidłowy rodzaj wartości: oczekiwano obiektu.',
	'validation.expected.date': 'Nieprawidłowy rodzaj wartości: oczekiwano daty.',
	'validation.expected.null': 'Nieprawidłowy rodzaj wartości: oczekiwano wartości pustej (null).',
	'validation.expected.other': 'Nieprawidłowy rodzaj wartości.',
	'validation.too_big.string': {
		one: 'Za długi tekst: najwyżej {count} znak.',
		few: 'Za długi tekst: najwyżej {count} znaki.',
		many: 'Za długi tekst: najwyżej {count} znaków.',
		other: 'Za długi tekst: najwyżej {count} znaku.'
	},
	'validation.too_big.number': 'Za duża liczba: najwyżej {maximum}.',
	'validation.too_big.number_exclusive': 'Za duża liczba: musi być mniejsza niż {maximum}.',
	'validation.too_big.array': 'Za dużo pozycji: najwyżej {count}.',
	'validation.too_big': 'Za duża wartość: najwyżej {maximum}.',
	'validation.too_small.string_empty': 'To pole nie może być puste.',
	'validation.too_small.string': {
		one: 'Za krótki tekst: co najmniej {count} znak.',
		few: 'Za krótki tekst: co najmniej {count} znaki.',
		many: 'Za krótki tekst: co najmniej {count} znaków.',
		other: 'Za krótki tekst: co najmniej {count} znaku.'
	},
	'validation.too_small.number': 'Za mała liczba: co najmniej {minimum}.',
	'validation.too_small.number_exclusive': 'Za mała liczba: musi być większa niż {minimum}.',
	'validation.too_small.array': 'Za mało pozycji: co najmniej {count}.',
	'validation.too_small': 'Za mała wartość: co najmniej {minimum}.',
	'validation.exact.string': {
		one: 'Tekst musi mieć dokładnie {count} znak.',
		few: 'Tekst musi mieć dokładnie {count} znaki.',
		many: 'Tekst musi mieć dokładnie {count} znaków.',
		other: 'Tekst musi mieć dokładnie {count} znaku.'
	},
	'validation.exact.array': {
		one: 'Lista musi mieć dokładnie {count} pozycję.',
		few: 'Lista musi mieć dokładnie {count} pozycje.',
		many: 'Lista musi mieć dokładnie {count} pozycji.',
		other: 'Lista musi mieć dokładnie {count} pozycji.'
	},
	'validation.format.date':
		'Nieprawidłowa data: oczekiwano istniejącego dnia w postaci RRRR-MM-DD.',
	'validation.format.datetime': 'Nieprawidłowa data i godzina (oczekiwano formatu ISO 8601).',
	'validation.format.time': 'Nieprawidłowa godzina (oczekiwano GG:MM).',
	'validation.format.email': 'Nieprawidłowy adres e-mail.',
	'validation.format.url': 'Nieprawidłowy adres internetowy.',
	'validation.format': 'Nieprawidłowy format wartości.',
	'validation.not_multiple_of': 'Liczba musi być wielokrotnością {divisor}.',
	'validation.unrecognized_keys': 'Nieznane pola: {keys}.',
	'validation.invalid_union': 'Wartość nie pasuje do żadnej z dozwolonych postaci.',
	'validation.invalid_key': 'Nieprawidłowy klucz.',
	'validation.invalid_element': 'Nieprawidłowy element zbioru.',
	'validation.invalid_value': 'Niedozwolona wartość. Dozwolone: {values}.',
	'validation.custom': 'Nieprawidłowa wartość.'
} satisfies Record<string, Message>;

export const validationEn: Record<keyof typeof validationPl, Message> = {
	'validation.expected.string': 'Wrong kind of value: expected text.',
	'validation.expected.number': 'Wrong kind of value: expected a number.',
	'validation.expected.int': 'Wrong kind of value: expected a whole number.',
	'validation.expected.boolean': 'Wrong kind of value: expected true or false.',
	'validation.expected.array': 'Wrong kind of value: expected a list.',
	'validation.expected.object': 'Wrong kind of value: expected an object.',
	'validation.expected.date': 'Wrong kind of value: expected a date.',
	'validation.expected.null': 'Wrong kind of value: expected an empty value (null).',
	'validation.expected.other': 'Wrong kind of value.',
	'validation.too_big.string': {
		one: 'Text too long: at most {count} character.',
		few: 'Text too long: at most {count} characters.',
		many: 'Text too long: at most {count} characters.',
		other: 'Text too long: at most {count} characters.'
	},
	'validation.too_big.number': 'Number too large: at most {maximum}.',
	'validation.too_big.number_exclusive': 'Number too large: must be less than {maximum}.',
	'validation.too_big.array': 'Too many items: at most {count}.',
	'validation.too_big': 'Value too large: at most {maximum}.',
	'validation.too_small.string_empty': 'This field must not be empty.',
	'validation.too_small.string': {
		one: 'Text too short: at least {count} character.',
		few: 'Text too short: at least {count} characters.',
		many: 'Text too short: at least {count} characters.',
		other: 'Text too short: at least {count} characters.'
	},
	'validation.too_small.number': 'Number too small: at least {minimum}.',
	'validation.too_small.number_exclusive': 'Number too small: must be greater than {minimum}.',
	'validation.too_small.array': 'Too few items: at least {count}.',
	'validation.too_small': 'Value too small: at least {minimum}.',
	'validation.exact.string': {
		one: 'Text must be exactly {count} character long.',
		few: 'Text must be exactly {count} characters long.',
		many: 'Text must be exactly {count} characters long.',
		other: 'Text must be exactly {count} characters long.'
	},
	'validation.exact.array': {
		one: 'The list must have exactly {count} item.',
		few: 'The list must have exactly {count} items.',
		many: 'The list must have exactly {count} items.',
		other: 'The list must have exactly {count} items.'
	},
	'validation.format.date': 'Invalid date: expected a day that exists, as YYYY-MM-DD.',
	'validation.format.datetime': 'Invalid date and time (expected ISO 8601).',
	'validation.format.time': 'Invalid time (expected HH:MM).',
	'validation.format.email': 'Invalid e-mail address.',
	'validation.format.url': 'Invalid web address.',
	'validation.format': 'Invalid format.',
	'validation.not_multiple_of': 'The number must be a multiple of {divisor}.',
	'validation.unrecognized_keys': 'Unknown fields: {keys}.',
	'validation.invalid_union': 'The value matches none of the allowed forms.',
	'validation.invalid_key': 'Invalid key.',
	'validation.invalid_element': 'Invalid element of the set.',
	'validation.invalid_value': 'Value not allowed. Allowed: {values}.',
	'validation.custom': 'Invalid value.'
};
