/**
 * Ukrainian words for the kiosk's read-aloud (issue 16): ticket numbers, rooms and counts said
 * as words, as polish.ts does for Polish, because espeak-ng's `uk` voice reads "A012" letter by
 * letter and digit by digit. The board does not speak Ukrainian (languages.ts), so this table is
 * the kiosk's only. Cardinals are masculine ("номер дванадцять"); feminine forms for counting
 * people ("дві особи") are the caller's (kiosk-speech.ts).
 */
import { belowThousand, wordAt as at, type DigitWords } from './decimal-words';
import type { SpeechLanguage } from './phrase';

const UNITS = ['нуль', 'один', 'два', 'три', 'чотири', "п'ять", 'шість', 'сім', 'вісім', "дев'ять"];
const TEENS = [
	'десять',
	'одинадцять',
	'дванадцять',
	'тринадцять',
	'чотирнадцять',
	"п'ятнадцять",
	'шістнадцять',
	'сімнадцять',
	'вісімнадцять',
	"дев'ятнадцять"
];
const TENS = [
	'',
	'',
	'двадцять',
	'тридцять',
	'сорок',
	"п'ятдесят",
	'шістдесят',
	'сімдесят',
	'вісімдесят',
	"дев'яносто"
];
const HUNDREDS = [
	'',
	'сто',
	'двісті',
	'триста',
	'чотириста',
	"п'ятсот",
	'шістсот',
	'сімсот',
	'вісімсот',
	"дев'ятсот"
];

const DIGITS: DigitWords = { units: UNITS, teens: TEENS, tens: TENS, hundreds: HUNDREDS };

/** 0–9999: "тисяча", "дві тисячі", "п'ять тисяч" (тисяча is feminine). */
export function ukrainianCardinal(n: number): string[] {
	if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`no words for ${n}`);
	if (n === 0) return ['нуль'];
	const t = Math.floor(n / 1000);
	const words: string[] = [];
	if (t === 1) words.push('тисяча');
	else if (t === 2) words.push('дві', 'тисячі');
	else if (t >= 3 && t <= 4) words.push(at(UNITS, t), 'тисячі');
	else if (t >= 5) words.push(at(UNITS, t), 'тисяч');
	return [...words, ...belowThousand(n % 1000, DIGITS)];
}

/** The ticket's Latin letters by their Ukrainian names, as a person there reads "A12" aloud. */
const LETTERS: Record<string, string> = {
	A: 'а',
	B: 'бе',
	C: 'це',
	D: 'де',
	E: 'е',
	F: 'еф',
	G: 'ге',
	H: 'ха',
	I: 'і',
	J: 'йот',
	K: 'ка',
	L: 'ель',
	M: 'ем',
	N: 'ен',
	O: 'о',
	P: 'пе',
	Q: 'ку',
	R: 'ер',
	S: 'ес',
	T: 'те',
	U: 'у',
	V: 'ве',
	W: 'дубль-ве',
	X: 'ікс',
	Y: 'ігрек',
	Z: 'зет'
};

function ukrainianFloor(floor: number): string[] {
	return ['поверх', ...(floor < 0 ? ['мінус'] : []), ...ukrainianCardinal(Math.abs(floor))];
}

export const UKRAINIAN: SpeechLanguage = {
	code: 'uk',
	bcp47: 'uk-UA',
	espeakVoice: 'uk',
	letters: LETTERS,
	cardinal: ukrainianCardinal,
	floor: ukrainianFloor,
	words: { ticket: ['номер'], window: ['вікно'], room: ['кімната'], again: ['повторно'] },
	extraWords: ['поверх', 'мінус']
};
