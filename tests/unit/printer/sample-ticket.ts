import type { TicketToPrint } from '../../../printer/ticket-printer';

export const URL_OF_TICKET = 'http://127.0.0.1:3000/t/abcdefghijklmnopqrstuvwxyz';

/** A ticket of the demo office, in Polish, with every line the layout has. */
export function paperTicket(over: Partial<TicketToPrint> = {}): TicketToPrint {
	return {
		lang: 'pl',
		office: 'Urząd Miejski w Bieruniu',
		number: 'A014',
		service: 'Wydanie dowodu osobistego',
		department: 'Wydział Spraw Obywatelskich',
		places: [{ room: '105', floor: 1, floorColour: 'niebieski' }],
		issuedAt: new Date(Date.UTC(2026, 0, 5, 8, 7)),
		timeZone: 'Europe/Warsaw',
		ahead: 3,
		estimate: { known: true, from: 10, to: 20 },
		priority: false,
		url: URL_OF_TICKET,
		...over
	};
}
