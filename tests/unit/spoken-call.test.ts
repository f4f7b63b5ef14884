import { describe, expect, it } from 'vitest';
import { ENGLISH, englishCardinal } from '$lib/shared/speech/english';
import { phraseText, spokenCall, vocabulary, wordsOfText } from '$lib/shared/speech/phrase';
import { POLISH, polishCardinal } from '$lib/shared/speech/polish';

/**
 * Every number 0–999 against a list built here from the Polish rules as a grammar book states
 * them (hundreds word, then 10–19 as one word, else tens word and unit word; zero only alone),
 * written out independently of the module's tables.
 */
const RULES = {
	unit: 'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć'.split(' '),
	teen: 'dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście'.split(
		' '
	),
	ten: '- - dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt'.split(
		' '
	),
	hundred: '- sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset'.split(
		' '
	)
};
function expectedPolish(n: number): string {
	if (n === 0) return 'zero';
	const [h = 0, t = 0, u = 0] = String(n).padStart(3, '0').split('').map(Number);
	const parts = [h ? RULES.hundred[h] : ''];
	if (t === 1) parts.push(RULES.teen[u]);
	else parts.push(t ? RULES.ten[t] : '', u ? RULES.unit[u] : '');
	return parts.filter(Boolean).join(' ');
}

describe('Polish cardinals', () => {
	it('says every number 0–999 by the rules', () => {
		for (let n = 0; n <= 999; n++)
			expect(polishCardinal(n).join(' '), String(n)).toBe(expectedPolish(n));
	});

	it('agrees with hand-checked examples (teens, tens, hundreds, the irregular forms)', () => {
		const checked: [number, string][] = [
			[1, 'jeden'],
			[11, 'jedenaście'],
			[12, 'dwanaście'],
			[14, 'czternaście'],
			[15, 'piętnaście'],
			[19, 'dziewiętnaście'],
			[20, 'dwadzieścia'],
			[40, 'czterdzieści'],
			[45, 'czterdzieści pięć'],
			[90, 'dziewięćdziesiąt'],
			[100, 'sto'],
			[101, 'sto jeden'],
			[105, 'sto pięć'],
			[110, 'sto dziesięć'],
			[200, 'dwieście'],
			[212, 'dwieście dwanaście'],
			[300, 'trzysta'],
			[415, 'czterysta piętnaście'],
			[666, 'sześćset sześćdziesiąt sześć'],
			[999, 'dziewięćset dziewięćdziesiąt dziewięć'],
			[1000, 'tysiąc'],
			[1012, 'tysiąc dwanaście'],
			[2000, 'dwa tysiące'],
			[4300, 'cztery tysiące trzysta'],
			[5001, 'pięć tysięcy jeden']
		];
		for (const [n, words] of checked) expect(polishCardinal(n).join(' ')).toBe(words);
	});

	it('refuses what it cannot say', () => {
		expect(() => polishCardinal(-1)).toThrow(RangeError);
		expect(() => polishCardinal(1.5)).toThrow(RangeError);
		expect(() => polishCardinal(10_000)).toThrow(RangeError);
	});
});

describe('the spoken call', () => {
	const say = (call: Parameters<typeof spokenCall>[0], options = {}) =>
		phraseText(spokenCall(call, POLISH, options));

	it('names the letter, drops leading zeros and says the window with a cardinal', () => {
		expect(say({ ticketNumber: 'A012', windowLabel: '4', room: '105' })).toBe(
			'numer a dwanaście, stanowisko numer cztery, pokój sto pięć'
		);
		expect(say({ ticketNumber: 'W005', windowLabel: '10', room: null })).toBe(
			'numer wu pięć, stanowisko numer dziesięć'
		);
		expect(say({ ticketNumber: 'Y100', windowLabel: '1', room: '302' })).toBe(
			'numer igrek sto, stanowisko numer jeden, pokój trzysta dwa'
		);
	});

	it('gives every letter its Polish name', () => {
		const names = Object.fromEntries(
			'ABCDEFGHIJKLŁMNOPRSTUWYZ'.split('').map((l) => [l, POLISH.letters[l]])
		);
		expect(names).toEqual({
			A: 'a',
			B: 'be',
			C: 'ce',
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
			O: 'o',
			P: 'pe',
			R: 'er',
			S: 'es',
			T: 'te',
			U: 'u',
			W: 'wu',
			Y: 'igrek',
			Z: 'zet'
		});
	});

	it('reads prefixes of several letters and tickets past 999', () => {
		expect(say({ ticketNumber: 'SO007', windowLabel: '5' }, { room: false })).toBe(
			'numer es o siedem, stanowisko numer pięć'
		);
		expect(say({ ticketNumber: 'A1000', windowLabel: '2' })).toBe(
			'numer a tysiąc, stanowisko numer dwa'
		);
	});

	it('says a room’s leading zero as printed on its door, and a lettered window', () => {
		expect(say({ ticketNumber: 'A001', windowLabel: '1a', room: '010' })).toBe(
			'numer a jeden, stanowisko numer jeden a, pokój zero dziesięć'
		);
	});

	it('announces a recall again with "ponownie"', () => {
		expect(say({ ticketNumber: 'C020', windowLabel: '6', room: '201', recall: true })).toBe(
			'ponownie, numer ce dwadzieścia, stanowisko numer sześć, pokój dwieście jeden'
		);
	});

	it('says the floor only when asked: "parter", then neuter ordinals', () => {
		const call = { ticketNumber: 'A001', windowLabel: '4', room: '105', floor: 1 };
		expect(say(call)).not.toContain('piętro');
		expect(say(call, { floor: true })).toBe(
			'numer a jeden, stanowisko numer cztery, pokój sto pięć, pierwsze piętro'
		);
		expect(say({ ...call, floor: 0 }, { floor: true, room: false })).toMatch(/, parter$/);
	});

	it('speaks English from its own table', () => {
		expect(
			phraseText(
				spokenCall({ ticketNumber: 'A012', windowLabel: '4', room: '105', recall: true }, ENGLISH)
			)
		).toBe('again, number ay twelve, window four, room one hundred five');
		expect(englishCardinal(47).join(' ')).toBe('forty seven');
	});

	it('lists a closed vocabulary, and accepts only phrases made of it', () => {
		const words = vocabulary(POLISH);
		expect(words).toContain('dziewięćset');
		expect(words).toContain('ponownie');
		expect(words.length).toBeLessThan(100);
		expect(wordsOfText('numer a dwanaście, stanowisko numer cztery', POLISH)).toHaveLength(6);
		expect(wordsOfText('numer a dwanaście; rm -rf', POLISH)).toBeNull();
		expect(wordsOfText('', POLISH)).toBeNull();
	});
});
