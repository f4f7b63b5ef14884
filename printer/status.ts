/**
 * Reading an ESC/POS printer's status. Pure: bytes in, a condition out.
 *
 * - DLE EOT n (real-time status) is answered at once, even while the printer is offline:
 *   n = 1 printer, n = 2 offline cause, n = 4 paper roll sensor. Each answer is one byte with
 *   bit 1 on and bits 0, 4 (on) and 7 fixed, so (byte & 0x93) === 0x12.
 * - GS r 1 (paper sensor status) is answered only after everything sent before it has been
 *   processed, i.e. printed: receiptline ends every ticket with it, so its answer means "done".
 *   Its bit 4 is fixed off, which tells it apart from a DLE EOT answer.
 */
/** What a printer can tell about itself. */
export type ReportedCondition =
	'ready' | 'paper_near_end' | 'paper_out' | 'cover_open' | 'offline' | 'error';

const DLE = 0x10;
const EOT = 0x04;

/** Printer status, offline cause and paper sensor: three bytes come back, in this order. */
export const STATUS_QUERY = Buffer.from([DLE, EOT, 1, DLE, EOT, 2, DLE, EOT, 4]);
export const STATUS_REPLY_LENGTH = 3;

export function isRealTimeStatusByte(byte: number): boolean {
	return (byte & 0x93) === 0x12;
}

export function isPaperSensorReply(byte: number): boolean {
	return (byte & 0x90) === 0;
}

export interface RealTimeStatus {
	offline: boolean;
	coverOpen: boolean;
	/** Printing stopped, or the roll end sensor finds no paper. */
	paperOut: boolean;
	paperNearEnd: boolean;
	/** An error such as a cutter jam or overheating. */
	error: boolean;
}

/** The answers to STATUS_QUERY, or null if they are not status bytes at all. */
export function parseRealTimeStatus(bytes: ArrayLike<number>): RealTimeStatus | null {
	if (bytes.length !== STATUS_REPLY_LENGTH) return null;
	const [printer, offlineCause, paper] = [bytes[0]!, bytes[1]!, bytes[2]!];
	if (![printer, offlineCause, paper].every(isRealTimeStatusByte)) return null;
	return {
		offline: (printer & 0x08) !== 0,
		coverOpen: (offlineCause & 0x04) !== 0,
		paperOut: (offlineCause & 0x20) !== 0 || (paper & 0x60) === 0x60,
		paperNearEnd: (paper & 0x0c) === 0x0c,
		error: (offlineCause & 0x40) !== 0
	};
}

/** What staff and the kiosk are told, most urgent cause first. */
export function conditionOf(status: RealTimeStatus): ReportedCondition {
	if (status.coverOpen) return 'cover_open';
	if (status.paperOut) return 'paper_out';
	if (status.error) return 'error';
	if (status.offline) return 'offline';
	if (status.paperNearEnd) return 'paper_near_end';
	return 'ready';
}

/** Can a ticket be printed in this condition? */
export function canPrint<T extends string>(
	condition: T | 'ready' | 'paper_near_end'
): condition is 'ready' | 'paper_near_end' {
	return condition === 'ready' || condition === 'paper_near_end';
}

/** The paper as GS r 1 reports it once the ticket is out. */
export function paperAfterPrint(reply: number): 'ready' | 'paper_near_end' {
	// Bits 0–1: near-end sensor; bits 2–3: end sensor (the roll ran out right after the ticket).
	return (reply & 0x0f) === 0 ? 'ready' : 'paper_near_end';
}
