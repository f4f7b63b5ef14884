/**
 * The kiosk prints through this interface. The real ESC/POS driver (receiptline, TCP 9100,
 * device file) is a separate piece of work; until it lands the kiosk uses PlaceholderPrinter,
 * which prints nothing and says so, so the visitor reads the ticket from the screen.
 */

/** Everything a paper ticket shows, already in the visitor's language. */
export interface TicketToPrint {
	office: string;
	number: string;
	service: string;
	department: string;
	room: string;
	floor: number;
	floorColour: string;
	issuedAt: Date;
	timeZone: string;
	ahead: number;
	estimatedMinutes: number | null;
	priority: boolean;
	/** The live ticket page the QR code opens. */
	url: string;
}

export type PrintStatus =
	| 'printed'
	| 'placeholder' // no printer driver configured yet
	| 'offline'
	| 'paper_out'
	| 'cover_open'
	| 'timeout'
	| 'error';

export interface PrintResult {
	ok: boolean;
	status: PrintStatus;
}

export interface TicketPrinter {
	/** Shown to staff, e.g. "placeholder" or "tcp://10.0.0.5:9100". */
	readonly name: string;
	print(ticket: TicketToPrint): Promise<PrintResult>;
}

/** PLACEHOLDER: keeps the last tickets in memory (for tests) and prints nothing. */
export class PlaceholderPrinter implements TicketPrinter {
	readonly name = 'placeholder';
	readonly printed: TicketToPrint[] = [];

	async print(ticket: TicketToPrint): Promise<PrintResult> {
		this.printed.push(ticket);
		if (this.printed.length > 50) this.printed.shift();
		return { ok: false, status: 'placeholder' };
	}
}
