/**
 * Audio at the kiosk (issue 16): which sentence each step makes, per language, with the ticket's
 * numbers as words; the keys the kiosk may ask for (anything else refused); the step a screen is.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import type { KioskMenuDto, Lang, PublicTicketDto } from '$lib/shared/dto';
import {
	kioskSpeechKey,
	parseKioskSpeech,
	screenSpeech,
	type KioskScreen,
	type KioskSpeech
} from '$lib/shared/kiosk-voice';
import { ukrainianCardinal } from '$lib/shared/speech/ukrainian';
import {
	kioskSentence,
	MAX_KIOSK_SPEECH_CHARS,
	peopleInWords
} from '$lib/server/voice/kiosk-speech';

const place = { room: '105', floor: 1, colour: { pl: 'zielony' }, hex: '#0a0' };
const service = (id: number, name: string, extra: object = {}) => ({
	id,
	name: { pl: name, en: `${name} (en)`, uk: `${name} (uk)` },
	priorityAllowed: true,
	idRequired: false,
	onlineUrl: null,
	featured: false,
	available: true,
	refusal: null,
	waiting: 0,
	estimate: null,
	places: [place],
	...extra
});
const MENU = {
	location: { id: 1 },
	closedToday: null,
	departments: [
		{
			id: 3,
			kind: 'regular',
			name: { pl: 'Wydział Komunikacji', en: 'Transport Department' },
			note: null,
			prefix: 'A',
			services: [service(7, 'Rejestracja pojazdu'), service(8, 'Prawo jazdy')]
		},
		{
			id: 4,
			kind: 'regular',
			name: { pl: 'Kancelaria' },
			note: null,
			prefix: 'K',
			services: [service(9, 'Informacja', { featured: true })]
		}
	]
} as unknown as KioskMenuDto;

const ticket = (number: string, ahead: number) =>
	({ number, ahead, places: [place], window: null }) as unknown as PublicTicketDto;

const say = (s: KioskSpeech, lang: Lang = 'pl', t: PublicTicketDto | null = null) =>
	kioskSentence(s, { lang, t: translator(lang), menu: MENU, ticket: t });

describe('the sentence of each step', () => {
	it('reads the first screen: heading, the appointment button, featured matters, departments', () => {
		expect(say({ kind: 'departments' })).toBe(
			'Wybierz wydział, w którym chcesz załatwić sprawę. Mam rezerwację. Sprawy ogólne: Informacja. Wydział Komunikacji.'
		);
		// A department holding only featured matters is on top already (as the kiosk lists them).
		expect(say({ kind: 'departments' })).not.toContain('Kancelaria');
		expect(say({ kind: 'departments' }, 'en')).toBe(
			'Choose the department for your matter. I have an appointment. General matters: Informacja (en). Transport Department.'
		);
	});

	it("reads a department's matters and a matter's ticket kinds in the kiosk's language", () => {
		expect(say({ kind: 'service', department: 3 })).toBe(
			'Wydział Komunikacji. Wybierz sprawę. Rejestracja pojazdu. Prawo jazdy.'
		);
		// Ukrainian: the office's Ukrainian name where it has one, else the Polish one.
		expect(say({ kind: 'service', department: 3 }, 'uk')).toMatch(
			/^Wydział Komunikacji\. .+\. Rejestracja pojazdu \(uk\)\. Prawo jazdy \(uk\)\.$/
		);
		const kind = say({ kind: 'ticket_kind', service: 7 })!;
		expect(kind.startsWith('Rejestracja pojazdu. Wybierz rodzaj biletu. Bilet zwykły.')).toBe(true);
		expect(kind).toContain('Kobieta w ciąży.');
		expect(kind).toContain('Osoba o ograniczonej sprawności ruchowej.');
	});

	it('reads the check-in keypad, the help panel and a closed day', () => {
		expect(say({ kind: 'check_in' })).toMatch(/^Wpisz kod rezerwacji\. /);
		expect(say({ kind: 'help' }, 'en')).toBe(
			'Help. We are calling a member of staff. Please stay at the kiosk.'
		);
		expect(say({ kind: 'closed' })).toBe('Dziś urząd nie przyjmuje klientów.');
		expect(say({ kind: 'digit', digit: 7 })).toBe('Siedem.');
		expect(say({ kind: 'digit', digit: 7 }, 'uk')).toBe('Сім.');
		expect(say({ kind: 'button', key: 'common.back' }, 'en')).toBe('Back.');
		expect(say({ kind: 'department_name', department: 3 }, 'en')).toBe('Transport Department.');
	});

	it('is null for a department, matter or ticket this location does not have', () => {
		expect(say({ kind: 'service', department: 99 })).toBeNull();
		expect(say({ kind: 'ticket_kind', service: 99 })).toBeNull();
		expect(say({ kind: 'issued', code: 'a'.repeat(26) })).toBeNull();
	});
});

describe('the issued ticket, its numbers in words', () => {
	it('says "A012" as "a dwanaście", the room as on its door, people ahead in the feminine', () => {
		expect(say({ kind: 'issued', code: 'x' }, 'pl', ticket('A012', 2))).toBe(
			'Twój numer: a dwanaście. Pokój sto pięć. Przed Tobą czekają dwie osoby.'
		);
		expect(say({ kind: 'issued', code: 'x' }, 'pl', ticket('W105', 1))).toBe(
			'Twój numer: wu sto pięć. Pokój sto pięć. Przed Tobą czeka jedna osoba.'
		);
		expect(say({ kind: 'issued', code: 'x' }, 'pl', ticket('A1000', 0))).toBe(
			'Twój numer: a tysiąc. Pokój sto pięć. Nikt przed Tobą nie czeka.'
		);
		expect(say({ kind: 'issued', code: 'x' }, 'pl', ticket('B7', 22))).toContain(
			'Przed Tobą czekają dwadzieścia dwie osoby.'
		);
		expect(say({ kind: 'issued', code: 'x' }, 'pl', ticket('B7', 5))).toContain(
			'Przed Tobą czeka pięć osób.'
		);
	});

	it('in English and Ukrainian too, never a digit', () => {
		expect(say({ kind: 'issued', code: 'x' }, 'en', ticket('A012', 3))).toBe(
			'Your number: ay twelve. Room one hundred five. Three people are waiting before you.'
		);
		const uk = say({ kind: 'issued', code: 'x' }, 'uk', ticket('A012', 21))!;
		expect(uk).toBe(
			"Ваш номер: а дванадцять. Кімната сто п'ять. Перед вами чекає двадцять одна особа."
		);
		for (const lang of ['pl', 'en', 'uk'] as const) {
			for (const n of [0, 1, 2, 5, 12, 21, 104, 999]) {
				expect(say({ kind: 'issued', code: 'x' }, lang, ticket(`C${n}`, n))).not.toMatch(/\d/);
			}
		}
	});

	it('counts people in the feminine where the language needs it', () => {
		expect(peopleInWords(2, 'pl')).toBe('dwie');
		expect(peopleInWords(21, 'pl')).toBe('dwadzieścia jeden');
		expect(peopleInWords(1, 'pl')).toBe('jedna');
		expect(peopleInWords(32, 'uk')).toBe('тридцять дві');
		expect(peopleInWords(2, 'en')).toBe('two');
	});

	it('has Ukrainian cardinals 0–9999', () => {
		expect(ukrainianCardinal(0)).toEqual(['нуль']);
		expect(ukrainianCardinal(115)).toEqual(['сто', "п'ятнадцять"]);
		expect(ukrainianCardinal(240)).toEqual(['двісті', 'сорок']);
		expect(ukrainianCardinal(2005)).toEqual(['дві', 'тисячі', "п'ять"]);
		expect(ukrainianCardinal(5000)).toEqual(["п'ять", 'тисяч']);
		expect(() => ukrainianCardinal(10000)).toThrow(RangeError);
	});
});

describe('a long menu', () => {
	it('is cut at a sentence within the limit', () => {
		const many = {
			...MENU,
			departments: Array.from({ length: 80 }, (_, i) => ({
				...MENU.departments[0]!,
				id: i + 1,
				name: { pl: `Wydział numer ${'x'.repeat(20)} ${i}`, en: `Department ${i}` }
			}))
		};
		const text = kioskSentence(
			{ kind: 'departments' },
			{ lang: 'pl', t: translator('pl'), menu: many }
		)!;
		expect(text.length).toBeLessThanOrEqual(MAX_KIOSK_SPEECH_CHARS);
		expect(text.endsWith('.')).toBe(true);
	});
});

describe('the keys', () => {
	it('go there and back', () => {
		const all: KioskSpeech[] = [
			{ kind: 'departments' },
			{ kind: 'service', department: 3 },
			{ kind: 'ticket_kind', service: 7 },
			{ kind: 'unavailable', service: 7 },
			{ kind: 'check_in' },
			{ kind: 'help' },
			{ kind: 'closed' },
			{ kind: 'issued', code: 'abcdefghijklmnopqrstuvwxyz' },
			{ kind: 'department_name', department: 3 },
			{ kind: 'service_name', service: 7 },
			{ kind: 'button', key: 'kiosk.checkin.open' },
			{ kind: 'digit', digit: 0 }
		];
		for (const s of all) expect(parseKioskSpeech(kioskSpeechKey(s))).toEqual(s);
	});

	it('refuse free text, unknown buttons and malformed ids', () => {
		for (const key of [
			'',
			'hello',
			'Dzień dobry',
			'service-0',
			'service-07',
			'service-1e3',
			'service-12345678901',
			'button-admin.voice.title',
			'button-kiosk.voice.toggle',
			'digit-10',
			'issued-A012',
			'issued-ABCDEFGHIJKLMNOPQRSTUVWXYZ',
			'departments-1'
		]) {
			expect(parseKioskSpeech(key), key).toBeNull();
		}
	});
});

describe('the step a screen is', () => {
	const screen = (s: Partial<KioskScreen>): KioskScreen => ({
		helpOpen: false,
		step: 'department',
		issuedCode: null,
		departmentId: null,
		serviceId: null,
		closedToday: false,
		...s
	});
	it('follows the page: help over everything, then the step', () => {
		expect(screenSpeech(screen({}))).toEqual({ kind: 'departments' });
		expect(screenSpeech(screen({ closedToday: true }))).toEqual({ kind: 'closed' });
		expect(screenSpeech(screen({ step: 'service', departmentId: 3 }))).toEqual({
			kind: 'service',
			department: 3
		});
		expect(screenSpeech(screen({ step: 'kind', serviceId: 7, helpOpen: true }))).toEqual({
			kind: 'help'
		});
		expect(screenSpeech(screen({ step: 'ticket', issuedCode: 'c' }))).toEqual({
			kind: 'issued',
			code: 'c'
		});
		expect(screenSpeech(screen({ step: 'check_in' }))).toEqual({ kind: 'check_in' });
	});
});
