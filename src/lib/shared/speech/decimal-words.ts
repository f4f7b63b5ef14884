/**
 * Numbers below a thousand in words, for languages that say them alike (Polish, Ukrainian): the
 * hundreds' word, then a teen, or the tens' and the units' words. Each language gives its own
 * tables (index = digit) and says its thousands itself, where their forms differ.
 */
export interface DigitWords {
	units: readonly string[];
	teens: readonly string[];
	tens: readonly string[];
	hundreds: readonly string[];
}

/** A table's word; every index used is in range (the tables are complete). */
export const wordAt = (table: readonly string[], i: number): string => table[i] ?? '';

/** 1–999 as words; 0 is the caller's to say ("zero" only on its own, never inside a number). */
export function belowThousand(n: number, w: DigitWords): string[] {
	const words: string[] = [];
	const h = Math.floor(n / 100);
	const rest = n % 100;
	if (h > 0) words.push(wordAt(w.hundreds, h));
	if (rest >= 10 && rest < 20) words.push(wordAt(w.teens, rest - 10));
	else {
		const t = Math.floor(rest / 10);
		const u = rest % 10;
		if (t > 0) words.push(wordAt(w.tens, t));
		if (u > 0) words.push(wordAt(w.units, u));
	}
	return words;
}
