/**
 * What the board says for a call (issue 16), per language: a list of words, each one a recorded
 * clip's name too. Only the ticket's number, the window and its room (and floor) are ever said,
 * never a name or a matter (SR-28). A language is a table (SpeechLanguage): adding one means
 * filling a table, not changing this function.
 */
export interface SpeechLanguage {
	/** The i18n language code. */
	code: string;
	/** For the browser's own voice (speechSynthesis). */
	bcp47: string;
	/** espeak-ng's voice on the server, or null if it has none fit to speak. */
	espeakVoice: string | null;
	/** Capital letter → its name as a word ("W" → "wu"); a letter missing here is not said. */
	letters: Record<string, string>;
	/** 0–9999 as words, without leading zeros. */
	cardinal(n: number): string[];
	floor(floor: number): string[];
	words: { ticket: string[]; window: string[]; room: string[]; again: string[] };
	/** Words floor() may say besides cardinals (so every clip name can be listed). */
	extraWords: string[];
}

/** The parts of a call that may be said aloud (SR-28). */
export interface SpokenCall {
	ticketNumber: string;
	windowLabel: string;
	room?: string | null;
	floor?: number | null;
	recall?: boolean;
}

export interface SpeechOptions {
	/** Say the room ("pokój sto pięć"); on by default. */
	room?: boolean;
	/** Say the floor ("pierwsze piętro"); off by default: the room's first digit already says it. */
	floor?: boolean;
}

/**
 * A ticket number or a label read aloud: letters by name, digits as one cardinal. A ticket's
 * leading zeros are dropped ("A012" → "a dwanaście"); a room's or window's are said, as on the
 * door ("010" → "zero dziesięć").
 */
export function spellCode(code: string, lang: SpeechLanguage, keepZeros: boolean): string[] {
	const words: string[] = [];
	for (const run of code.toUpperCase().match(/\d+|\p{L}/gu) ?? []) {
		if (!/^\d/.test(run)) {
			const name = lang.letters[run];
			if (name) words.push(name);
			continue;
		}
		const digits = keepZeros ? run : run.replace(/^0+(?=\d)/, '');
		const zeros = /^0*/.exec(digits)![0].length;
		const rest = digits.slice(zeros);
		for (let i = 0; i < (rest === '' ? zeros - 1 : zeros); i++) words.push(...lang.cardinal(0));
		if (rest === '') words.push(...lang.cardinal(0));
		else if (rest.length <= 4) words.push(...lang.cardinal(Number(rest)));
		// Longer than any ticket or room: digit by digit.
		else for (const d of rest) words.push(...lang.cardinal(Number(d)));
	}
	return words;
}

/** The call as groups of words: a short pause is natural between groups, none inside. */
export function spokenCall(
	call: SpokenCall,
	lang: SpeechLanguage,
	options: SpeechOptions = {}
): string[][] {
	const groups: string[][] = [];
	if (call.recall) groups.push(lang.words.again);
	groups.push([...lang.words.ticket, ...spellCode(call.ticketNumber, lang, false)]);
	groups.push([...lang.words.window, ...spellCode(call.windowLabel, lang, true)]);
	if ((options.room ?? true) && call.room) {
		groups.push([...lang.words.room, ...spellCode(call.room, lang, true)]);
	}
	if (options.floor && typeof call.floor === 'number') groups.push(lang.floor(call.floor));
	return groups;
}

/** The text a synthesiser reads: groups separated by commas (a short pause). */
export function phraseText(groups: string[][]): string {
	return groups.map((g) => g.join(' ')).join(', ');
}

const vocabularies = new WeakMap<SpeechLanguage, ReadonlySet<string>>();

/** Every word a call may contain in this language: the clips an office records (README). */
export function vocabulary(lang: SpeechLanguage): string[] {
	return [...vocabularySet(lang)];
}

/** Built once per language: every synthesis request is checked against it. */
function vocabularySet(lang: SpeechLanguage): ReadonlySet<string> {
	const known = vocabularies.get(lang);
	if (known) return known;
	const words = new Set<string>();
	const add = (list: string[]) => list.forEach((w) => words.add(w));
	Object.values(lang.words).forEach(add);
	add(Object.values(lang.letters));
	// Every cardinal word appears in 0–999 or in the thousands 1000–9000.
	for (let n = 0; n <= 999; n++) add(lang.cardinal(n));
	for (let t = 1; t <= 9; t++) add(lang.cardinal(t * 1000));
	add(lang.extraWords);
	vocabularies.set(lang, words);
	return words;
}

/** A phrase's words back from its text, if every one is in the language's vocabulary. */
export function wordsOfText(text: string, lang: SpeechLanguage): string[] | null {
	const words = text.split(/[\s,]+/).filter(Boolean);
	const known = vocabularySet(lang);
	return words.length > 0 && words.every((w) => known.has(w)) ? words : null;
}
