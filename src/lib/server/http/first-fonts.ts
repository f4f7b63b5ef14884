/**
 * Which of the font's cuts a page asks for in its <head> (SvelteKit's `preload`), beside its
 * scripts and styles. Without it the browser finds a cut only when it lays the page out, draws it
 * in a fallback font, and lays it all out again when the cut comes: on a kiosk's slow CPU two
 * more passes over the whole page before it answers a touch (docs/benchmarks.md, section 6).
 * Only the cuts such a page surely draws: the basic ones on every page, the Polish letters on a
 * Polish one, and on a visitor's screen the small Cyrillic cut of the switch's «Українська»
 * (src/lib/fonts/fonts.css). Any other cut still comes when a character needs it.
 */
import type { Lang } from '$lib/shared/dto';

export function firstFont(file: string, lang: Lang, visitorScreen: boolean): boolean {
	const name = file.slice(file.lastIndexOf('/') + 1);
	if (/^atkinson-\d+-basic\./.test(name)) return true;
	if (/^atkinson-\d+-polish\./.test(name)) return lang === 'pl';
	return visitorScreen && /^cyrillic-700-name\./.test(name);
}
