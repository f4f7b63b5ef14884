/**
 * Text a thermal printer can print. A printer prints one byte per character from its code page;
 * a character the page lacks would come out as '?'. Every such character is replaced here, before
 * the document is built, by its nearest plain letter or sign, so no Polish letter is ever lost:
 * with PC852 they print as they are, and on a printer without it (charset "ascii") "ą" becomes "a".
 */

/** PC852 (Latin-2 for DOS), bytes 0x80–0xFF. Bytes below 0x80 are ASCII. */
const PC852_HIGH =
	'ÇüéâäůćçłëŐőîŹÄĆÉĹĺôöĽľŚśÖÜŤťŁ×čáíóúĄąŽžĘę¬źČş«»░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐└┴┬├─┼Ăă╚╔╩╦╠═╬¤đĐĎËďŇÍÎě┘┌█▄ŢŮ▀ÓßÔŃńňŠšŔÚŕŰýÝţ´\u00ad˝˛ˇ˘§÷¸°¨˙űŘř■\u00a0';

export const CHARSETS = ['pc852', 'ascii'] as const;
export type Charset = (typeof CHARSETS)[number];

const PRINTABLE: Record<Charset, Set<string>> = {
	pc852: new Set([...PC852_HIGH]),
	ascii: new Set()
};

/** Signs and letters that have no accent to strip: what a typist would write instead. */
const NEAREST: Record<string, string> = {
	'\u2013': '-', // en dash
	'\u2014': '-', // em dash
	'\u2212': '-', // minus
	'\u2010': '-',
	'\u2011': '-',
	'\u201e': '"', // „
	'\u201d': '"', // ”
	'\u201c': '"', // “
	'\u00ab': '"', // «
	'\u00bb': '"', // »
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'",
	'\u2026': '...',
	'\u00a0': ' ',
	'\u202f': ' ',
	'\u2009': ' ',
	'\u00ad': '',
	'\u20ac': 'EUR',
	'\u00b0': 'o',
	'\u00d7': 'x',
	'\u00f7': ':',
	'\u2022': '*',
	'\u00b7': '.',
	ł: 'l',
	Ł: 'L',
	đ: 'd',
	Đ: 'D',
	ø: 'o',
	Ø: 'O',
	æ: 'ae',
	Æ: 'AE',
	œ: 'oe',
	Œ: 'OE',
	ß: 'ss',
	ı: 'i',
	ħ: 'h',
	Ħ: 'H',
	þ: 'th',
	Þ: 'Th',
	ð: 'd',
	Ð: 'D',
	ŋ: 'n',
	Ŋ: 'N'
};

/** Can the printer print this character as it is? */
export function printable(char: string, charset: Charset): boolean {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 0x20 && code < 0x7f) return true;
	return PRINTABLE[charset].has(char);
}

function nearest(char: string, charset: Charset): string {
	const mapped = NEAREST[char];
	if (mapped !== undefined && [...mapped].every((c) => printable(c, charset))) return mapped;
	// "ą" is "a" with an ogonek, "Ž" a "Z" with a caron: keep the letter, drop the marks.
	const base = char.normalize('NFD').replace(/\p{M}/gu, '');
	if (base !== char && base !== '') return [...base].map((c) => toCharset(c, charset)).join('');
	if (/\s/u.test(char)) return ' ';
	if (mapped !== undefined) return [...mapped].map((c) => nearest(c, charset)).join('');
	return '?';
}

/**
 * The text as the printer can print it: characters of the charset stay, others become their
 * nearest plain letter or sign, control characters become spaces. Only a character with no
 * plain form at all (an emoji, a Chinese character) becomes '?'.
 */
export function toCharset(text: string, charset: Charset): string {
	let out = '';
	for (const char of text.normalize('NFC')) {
		const code = char.codePointAt(0) ?? 0;
		if (code < 0x20 || code === 0x7f) out += ' ';
		else if (char === '\u00a0')
			out += ' '; // PC852 has it, but lines break at plain spaces
		else if (char === '\u00ad')
			continue; // a soft hyphen is a hint, not a sign to print
		else if (printable(char, charset)) out += char;
		else out += nearest(char, charset);
	}
	return out;
}
