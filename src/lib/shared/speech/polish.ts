/**
 * Polish words of a spoken call (issue 16). Built here, before any voice says them, because a
 * synthesiser reads "A012" as "a zero dwanaście" and "W5" as the preposition "w": the letters by
 * their names, the numbers as cardinals without leading zeros.
 *
 * A small module rather than `n2words`: its Polish ordinals are masculine, which does not fit
 * "stanowisko" (neuter), only 0–9999 are needed, and every word here must also be a recorded clip
 * an office can upload, so the words have to be a closed, listed set (POLISH_WORDS).
 */
import { belowThousand, wordAt as at, type DigitWords } from './decimal-words';
import type { SpeechLanguage } from './phrase';

const UNITS = [
	'zero',
	'jeden',
	'dwa',
	'trzy',
	'cztery',
	'pięć',
	'sześć',
	'siedem',
	'osiem',
	'dziewięć'
];
const TEENS = [
	'dziesięć',
	'jedenaście',
	'dwanaście',
	'trzynaście',
	'czternaście',
	'piętnaście',
	'szesnaście',
	'siedemnaście',
	'osiemnaście',
	'dziewiętnaście'
];
const TENS = [
	'',
	'',
	'dwadzieścia',
	'trzydzieści',
	'czterdzieści',
	'pięćdziesiąt',
	'sześćdziesiąt',
	'siedemdziesiąt',
	'osiemdziesiąt',
	'dziewięćdziesiąt'
];
const HUNDREDS = [
	'',
	'sto',
	'dwieście',
	'trzysta',
	'czterysta',
	'pięćset',
	'sześćset',
	'siedemset',
	'osiemset',
	'dziewięćset'
];

const DIGITS: DigitWords = { units: UNITS, teens: TEENS, tens: TENS, hundreds: HUNDREDS };

/**
 * A cardinal, masculine nominative as said after "numer": 12 → ["dwanaście"]. A ticket past 999
 * in one day is possible ("A1000"), so thousands too: "tysiąc", "dwa tysiące", "pięć tysięcy".
 */
export function polishCardinal(n: number): string[] {
	if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`no words for ${n}`);
	if (n === 0) return ['zero'];
	const thousands = Math.floor(n / 1000);
	const words: string[] = [];
	if (thousands === 1) words.push('tysiąc');
	else if (thousands >= 2 && thousands <= 4) words.push(at(UNITS, thousands), 'tysiące');
	else if (thousands >= 5) words.push(at(UNITS, thousands), 'tysięcy');
	return [...words, ...belowThousand(n % 1000, DIGITS)];
}

/** Letters by their Polish names, as a person reads a ticket aloud ("W" is "wu", not "w"). */
const LETTERS: Record<string, string> = {
	A: 'a',
	B: 'be',
	C: 'ce',
	Ć: 'cie',
	D: 'de',
	E: 'e',
	F: 'ef',
	G: 'gie',
	H: 'ha',
	I: 'i',
	J: 'jot',
	K: 'ka',
	L: 'el',
	Ł: 'eł',
	M: 'em',
	N: 'en',
	Ń: 'eń',
	O: 'o',
	P: 'pe',
	Q: 'ku',
	R: 'er',
	S: 'es',
	Ś: 'eś',
	T: 'te',
	U: 'u',
	V: 'fau',
	W: 'wu',
	X: 'iks',
	Y: 'igrek',
	Z: 'zet',
	Ź: 'ziet',
	Ż: 'żet'
};

/** Floors as said in a Polish building: the ground floor is "parter", then neuter ordinals. */
const FLOOR_ORDINALS = [
	'parter',
	'pierwsze',
	'drugie',
	'trzecie',
	'czwarte',
	'piąte',
	'szóste',
	'siódme',
	'ósme',
	'dziewiąte',
	'dziesiąte'
];

function polishFloor(floor: number): string[] {
	if (floor === 0) return ['parter'];
	if (floor > 0 && floor < FLOOR_ORDINALS.length) return [at(FLOOR_ORDINALS, floor), 'piętro'];
	// Below ground or very high: "poziom minus jeden", "poziom dwanaście".
	return ['poziom', ...(floor < 0 ? ['minus'] : []), ...polishCardinal(Math.abs(floor))];
}

export const POLISH: SpeechLanguage = {
	code: 'pl',
	bcp47: 'pl-PL',
	espeakVoice: 'pl',
	letters: LETTERS,
	cardinal: polishCardinal,
	floor: polishFloor,
	// "Numer A dwanaście, stanowisko numer cztery, pokój sto pięć": "stanowisko" is neuter, so a
	// cardinal after "numer", never a (masculine) ordinal.
	words: {
		ticket: ['numer'],
		window: ['stanowisko', 'numer'],
		room: ['pokój'],
		again: ['ponownie']
	},
	extraWords: [...FLOOR_ORDINALS, 'piętro', 'poziom', 'minus']
};
