/**
 * The visitor's own settings on the kiosk and the phone page (issue 16, "a kiosk for every body"):
 * buttons brought down within reach, larger text, high contrast. Kept for one visitor only.
 */
import type { Message } from '../pl';
import type { PublicKey } from '../public';

export const accessPl = {
	'access.title': 'Ułatwienia',
	'access.low_reach': 'Przyciski niżej',
	'access.larger_text': 'Większy tekst',
	'access.high_contrast': 'Wysoki kontrast'
} satisfies Record<string, Message>;

export const accessEn: Record<keyof typeof accessPl, Message> = {
	'access.title': 'Accessibility',
	'access.low_reach': 'Buttons lower',
	'access.larger_text': 'Larger text',
	'access.high_contrast': 'High contrast'
};

// review: machine translation
export const accessUk = {
	'access.title': 'Спеціальні можливості',
	'access.low_reach': 'Кнопки нижче',
	'access.larger_text': 'Більший текст',
	'access.high_contrast': 'Висока контрастність'
} satisfies Partial<Record<PublicKey, Message>>;
