/** Ticket codes (queue-service.ts): 26 base32 letters, never repeated, across pool refills. */
import { expect, it } from 'vitest';
import { newTicketCode } from '../../src/lib/server/desk/queue-service';

it('draws a fresh 26-letter code every time, also across refills of the random pool', () => {
	const codes = Array.from({ length: 1000 }, () => newTicketCode());
	for (const code of codes) expect(code).toMatch(/^[a-z2-7]{26}$/);
	expect(new Set(codes).size).toBe(codes.length);
	// Every letter of the alphabet turns up in every position over 1000 codes.
	for (let position = 0; position < 26; position++) {
		expect(new Set(codes.map((c) => c[position])).size).toBe(32);
	}
});
