/**
 * Audio at the kiosk (issue 16): the visitor's "read aloud" toggle, the sentences the server
 * composes for a step (kiosk.voice.*, said by espeak-ng in the kiosk's language), and the
 * administrator's per-kiosk setting at /admin/devices (devices.audio.*, staff: Polish, English).
 */
import type { Message } from '../pl';
import type { PublicKey } from '../public';

export const kioskVoicePl = {
	'kiosk.voice.toggle': 'Czytaj na głos',
	'kiosk.voice.unavailable': 'Czytanie na głos jest teraz niedostępne (brak syntezatora mowy).',
	// {number} and {room} are words ("a dwanaście"), so the synthesiser never reads digits.
	'kiosk.voice.ticket': 'Twój numer: {number}.',
	'kiosk.voice.room': 'Pokój {room}.',
	// {people} in words, {count} only chooses the form.
	'kiosk.voice.ahead': {
		one: 'Przed Tobą czeka {people} osoba.',
		few: 'Przed Tobą czekają {people} osoby.',
		many: 'Przed Tobą czeka {people} osób.',
		other: 'Przed Tobą czeka {people} osoby.'
	},
	'kiosk.voice.help': 'Wzywamy pracownika urzędu. Prosimy zostać przy kiosku.',
	'devices.audio': 'Czytanie na głos',
	'devices.audio.off': 'Wyłączone',
	'devices.audio.offered': 'Przycisk na kiosku, na początku wyłączone',
	'devices.audio.on': 'Przycisk na kiosku, na początku włączone',
	'devices.audio.save': 'Zapisz',
	'devices.audio.saved': 'Zapisano czytanie na głos kiosku {name}.',
	'devices.audio.error': 'Wybierz jedno z ustawień czytania na głos.'
} satisfies Record<string, Message>;

export const kioskVoiceEn: Record<keyof typeof kioskVoicePl, Message> = {
	'kiosk.voice.toggle': 'Read aloud',
	'kiosk.voice.unavailable': 'Reading aloud is not available now (no speech synthesiser).',
	'kiosk.voice.ticket': 'Your number: {number}.',
	'kiosk.voice.room': 'Room {room}.',
	'kiosk.voice.ahead': {
		one: '{people} person is waiting before you.',
		few: '{people} people are waiting before you.',
		many: '{people} people are waiting before you.',
		other: '{people} people are waiting before you.'
	},
	'kiosk.voice.help': 'We are calling a member of staff. Please stay at the kiosk.',
	'devices.audio': 'Read aloud',
	'devices.audio.off': 'Off',
	'devices.audio.offered': 'Toggle on the kiosk, starts off',
	'devices.audio.on': 'Toggle on the kiosk, starts on',
	'devices.audio.save': 'Save',
	'devices.audio.saved': 'Saved reading aloud for kiosk {name}.',
	'devices.audio.error': 'Choose one of the read-aloud settings.'
};

// review: machine translation
export const kioskVoiceUk = {
	'kiosk.voice.toggle': 'Читати вголос',
	'kiosk.voice.unavailable': 'Читання вголос зараз недоступне (немає синтезатора мовлення).',
	'kiosk.voice.ticket': 'Ваш номер: {number}.',
	'kiosk.voice.room': 'Кімната {room}.',
	'kiosk.voice.ahead': {
		one: 'Перед вами чекає {people} особа.',
		few: 'Перед вами чекають {people} особи.',
		many: 'Перед вами чекає {people} осіб.',
		other: 'Перед вами чекає {people} особи.'
	},
	'kiosk.voice.help': 'Ми викликаємо працівника. Будь ласка, залишайтеся біля кіоску.'
} satisfies Partial<Record<PublicKey, Message>>;
