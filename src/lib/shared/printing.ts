/**
 * The ticket printers as pages and the API see them: how one print went, a printer's last known
 * condition, and the live ticket link with its QR code. Plain data, shared by server and pages.
 */

/** How one attempt to print a ticket went. The first two mean the paper came out. */
export const PRINT_STATUSES = [
	'printed',
	'paper_near_end', // printed; the roll is nearly used up
	'placeholder', // no printer is configured at all (demo)
	'not_configured', // printers are configured, but none for this kiosk
	'offline', // no connection, or the printer says it is offline
	'paper_out',
	'cover_open',
	'timeout', // the printer did not answer in time
	'error'
] as const;
export type PrintStatus = (typeof PRINT_STATUSES)[number];

/** A printer's condition as staff see it. */
export const PRINTER_CONDITIONS = [
	'unknown', // not asked yet since the server started
	'ready',
	'paper_near_end',
	'paper_out',
	'cover_open',
	'offline',
	'timeout',
	'error',
	'placeholder'
] as const;
export type PrinterCondition = (typeof PRINTER_CONDITIONS)[number];

/** Conditions that need a person at the kiosk (the console shows an alert for these). */
export const ALERT_CONDITIONS: readonly PrinterCondition[] = [
	'paper_near_end',
	'paper_out',
	'cover_open',
	'offline',
	'timeout',
	'error'
];

export interface PrintOutcomeDto {
	ok: boolean;
	status: PrintStatus;
	/** The printer tried, e.g. "tcp://10.0.0.5:9100", or "placeholder". */
	printer: string;
	/** For the visitor, in plain words, when the ticket did not print; else null. */
	message: string | null;
}

export type PrinterTransport = 'tcp' | 'device' | 'preview' | 'placeholder';

/** One kiosk's printer and its last known condition. */
export interface PrinterStatusDto {
	kiosk: string;
	printer: string;
	transport: PrinterTransport;
	paperWidth: 58 | 80 | null;
	codePage: number | null;
	condition: PrinterCondition;
	/** When the condition was last learnt (a print, a reprint or a check); null = never. */
	checkedAt: number | null;
	/** The location whose consoles are told about this printer, once known. */
	locationId: number | null;
	alert: boolean;
}

/** A QR code as an SVG path on a size × size grid of modules (quiet zone included). */
export interface QrDto {
	size: number;
	path: string;
}

/**
 * The live ticket page (/t/{code}) that the QR code on paper and on screen opens. The kiosk
 * draws the screen's code itself from `url` (printer/qr.ts, the same modules as the paper's), so
 * a picture only its screen shows costs the kiosk's browser, not the server that issues every
 * kiosk's tickets.
 */
export interface TicketLinkDto {
	url: string;
}
