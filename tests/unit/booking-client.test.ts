/** The booking pages' small helpers (src/lib/client/booking.ts). */
import { describe, expect, it } from 'vitest';
import { choiceHref, groupedCode, shortDay } from '../../src/lib/client/booking';

describe('the booking pages’ helpers', () => {
	it('writes a code in two groups of three, as people read and type it', () => {
		expect(groupedCode('123456')).toBe('123 456');
		expect(groupedCode('000042')).toBe('000 042');
	});

	it('writes a day short, in the visitor’s language, whatever the device’s time zone', () => {
		expect(shortDay('2026-12-07', 'pl')).toBe('pon., 7 gru');
		expect(shortDay('2026-12-07', 'en')).toBe('Mon 7 Dec');
	});

	it('keeps the choices made in the address, with the next step as its fragment', () => {
		const choice = { location: 'bierun', matter: 12, interpreter: false };
		expect(choiceHref(choice, 'pomoc')).toBe('?location=bierun&matter=12#pomoc');
		expect(choiceHref({ ...choice, interpreter: true, day: '2026-12-07' }, 'godzina')).toBe(
			'?location=bierun&matter=12&interpreter=1&day=2026-12-07#godzina'
		);
		expect(choiceHref({ location: null, matter: null, interpreter: false }, 'sprawa')).toBe(
			'?#sprawa'
		);
	});
});
