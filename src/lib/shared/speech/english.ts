/** English words of a spoken call (issue 16), the same table as Polish (see polish.ts). */
import type { SpeechLanguage } from './phrase';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A table's word; every index used below is in range (the tables are complete). */
const at = (table: readonly string[], i: number): string => table[i] ?? '';

function belowHundred(n: number): string[] {
	if (n < 10) return [at(UNITS, n)];
	if (n < 20) return [at(TEENS, n - 10)];
	return n % 10 === 0 ? [at(TENS, n / 10)] : [at(TENS, Math.floor(n / 10)), at(UNITS, n % 10)];
}

/** 105 → "one hundred five" (each word a clip, so no hyphens and no "and"). */
export function englishCardinal(n: number): string[] {
	if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`no words for ${n}`);
	if (n === 0) return ['zero'];
	const words: string[] = [];
	const thousands = Math.floor(n / 1000);
	const hundreds = Math.floor((n % 1000) / 100);
	const rest = n % 100;
	if (thousands > 0) words.push(at(UNITS, thousands), 'thousand');
	if (hundreds > 0) words.push(at(UNITS, hundreds), 'hundred');
	if (rest > 0) words.push(...belowHundred(rest));
	return words;
}

const LETTERS: Record<string, string> = {
	A: 'ay',
	B: 'bee',
	C: 'cee',
	D: 'dee',
	E: 'ee',
	F: 'ef',
	G: 'gee',
	H: 'aitch',
	I: 'eye',
	J: 'jay',
	K: 'kay',
	L: 'el',
	M: 'em',
	N: 'en',
	O: 'oh',
	P: 'pee',
	Q: 'cue',
	R: 'ar',
	S: 'ess',
	T: 'tee',
	U: 'you',
	V: 'vee',
	W: 'double-you',
	X: 'ex',
	Y: 'wye',
	Z: 'zed'
};

const ORDINALS = [
	'ground',
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth'
];

function englishFloor(floor: number): string[] {
	if (floor >= 0 && floor < ORDINALS.length) return [at(ORDINALS, floor), 'floor'];
	return ['level', ...(floor < 0 ? ['minus'] : []), ...englishCardinal(Math.abs(floor))];
}

export const ENGLISH: SpeechLanguage = {
	code: 'en',
	bcp47: 'en-GB',
	espeakVoice: 'en',
	letters: LETTERS,
	cardinal: englishCardinal,
	floor: englishFloor,
	words: { ticket: ['number'], window: ['window'], room: ['room'], again: ['again'] },
	extraWords: [...ORDINALS, 'floor', 'level', 'minus']
};
