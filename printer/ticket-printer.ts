/**
 * The kiosk prints through this interface. The ESC/POS driver (escpos-printer.ts: network port
 * 9100 or a device file), the development preview sink (preview-printer.ts) and the placeholder
 * below all implement it; registry.ts picks one per kiosk from the configuration.
 */
import type { Lang, WaitEstimateDto } from '$lib/shared/dto';
import type { PrinterCondition, PrinterTransport, PrintStatus } from '$lib/shared/printing';

export type { PrintStatus, PrinterCondition };

/** Everything a paper ticket shows, already in the visitor's language. */
export interface TicketToPrint {
	/** Polish or English: most ESC/POS printers have no Cyrillic (desk/print-desk.ts paperLang). */
	lang: Exclude<Lang, 'uk'>;
	office: string;
	number: string;
	service: string;
	department: string;
	/** Where to go: every room whose windows serve the matter now, the nearest first. */
	places: { room: string; floor: number; floorColour: string }[];
	issuedAt: Date;
	timeZone: string;
	ahead: number;
	/** The expected wait (queue/estimate.ts); null when the ticket no longer waits. */
	estimate: WaitEstimateDto | null;
	priority: boolean;
	/** A checked-in appointment's slot start (issue 14): "Wizyta umówiona na 10:20". */
	appointmentAt?: Date | null;
	/** The live ticket page the QR code opens. */
	url: string;
}

export interface PrintResult {
	ok: boolean;
	status: PrintStatus;
}

/** What a printer says about itself when asked, without printing. */
export interface PrinterCheck {
	condition: PrinterCondition;
}

export interface TicketPrinter {
	/** Shown to staff, e.g. "placeholder" or "tcp://10.0.0.5:9100". */
	readonly name: string;
	readonly transport: PrinterTransport;
	/** The longest a print may take before the kiosk stops waiting (ms). */
	readonly deadlineMs: number;
	print(ticket: TicketToPrint): Promise<PrintResult>;
	/** Ask the printer for its state now (real-time status where the transport allows). */
	check(): Promise<PrinterCheck>;
}

/** The condition a print result tells about the printer. */
export function conditionAfter(status: PrintStatus): PrinterCondition {
	switch (status) {
		case 'printed':
			return 'ready';
		case 'not_configured':
			return 'unknown';
		default:
			return status;
	}
}

/** PLACEHOLDER: keeps the last tickets in memory (for tests) and prints nothing. */
export class PlaceholderPrinter implements TicketPrinter {
	readonly name = 'placeholder';
	readonly transport = 'placeholder';
	readonly deadlineMs = 1000;
	readonly printed: TicketToPrint[] = [];

	async print(ticket: TicketToPrint): Promise<PrintResult> {
		this.printed.push(ticket);
		if (this.printed.length > 50) this.printed.shift();
		return { ok: false, status: 'placeholder' };
	}

	async check(): Promise<PrinterCheck> {
		return { condition: 'placeholder' };
	}
}
