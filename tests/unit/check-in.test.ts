/**
 * Check-in at the kiosk (issue 14): what the keypad or the scanner typed, read as a booking's
 * code or link. The time rule itself (queue/slots.ts checkIn) is tested in queue/slots.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readBookingKey } from '../../src/lib/shared/check-in';

const token = 'Ab3_-Zk9Ab3_-Zk9Ab3_-Zk9';

describe('readBookingKey', () => {
	it('reads 6 digits, as typed or as shown grouped', () => {
		expect(readBookingKey('123456')).toEqual({ code: '123456' });
		expect(readBookingKey(' 123 456 ')).toEqual({ code: '123456' });
		expect(readBookingKey('123-456')).toEqual({ code: '123456' });
	});

	it('reads the link a scanner types from the QR code, on any host, or a bare token', () => {
		expect(readBookingKey(`https://kolejka.um.bierun.pl/rezerwacja/${token}`)).toEqual({ token });
		expect(readBookingKey(`http://10.0.0.2:3000/rezerwacja/${token}/?lang=en`)).toEqual({ token });
		expect(readBookingKey(token)).toEqual({ token });
	});

	it('refuses anything else', () => {
		for (const typed of ['', '12345', '1234567', '12a456', 'https://x/t/abc', `${token}x`]) {
			expect(readBookingKey(typed), typed).toBeNull();
		}
	});
});
