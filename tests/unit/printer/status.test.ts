import { describe, expect, it } from 'vitest';
import {
	canPrint,
	conditionOf,
	isPaperSensorReply,
	isRealTimeStatusByte,
	paperAfterPrint,
	parseRealTimeStatus,
	STATUS_QUERY
} from '../../../printer/status';

/** DLE EOT 1, 2, 4 answers as the Epson ESC/POS manual gives them. */
const read = (bytes: number[]) => {
	const status = parseRealTimeStatus(bytes);
	if (!status) throw new Error('not a status');
	return conditionOf(status);
};

describe('printer status (DLE EOT, GS r)', () => {
	it('asks for printer, offline cause and paper sensor status', () => {
		expect([...STATUS_QUERY]).toEqual([0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 4]);
	});

	it('reads a ready printer, and one whose paper is nearly used up', () => {
		expect(read([0x16, 0x12, 0x12])).toBe('ready');
		expect(read([0x12, 0x12, 0x12])).toBe('ready');
		expect(read([0x16, 0x12, 0x1e])).toBe('paper_near_end');
	});

	it('names the reason a printer is offline, most urgent first', () => {
		expect(read([0x1e, 0x32, 0x72])).toBe('paper_out'); // printing stopped, no paper
		expect(read([0x1e, 0x12, 0x72])).toBe('paper_out'); // roll end sensor alone
		expect(read([0x1e, 0x16, 0x12])).toBe('cover_open');
		expect(read([0x1e, 0x36, 0x72])).toBe('cover_open'); // open cover, and out of paper
		expect(read([0x1e, 0x52, 0x12])).toBe('error'); // e.g. a cutter jam
		expect(read([0x1e, 0x12, 0x12])).toBe('offline');
	});

	it('refuses bytes that are not status answers', () => {
		expect(parseRealTimeStatus([0x00, 0x12, 0x12])).toBeNull();
		expect(parseRealTimeStatus([0x16, 0x12])).toBeNull();
		expect(isRealTimeStatusByte(0x41)).toBe(false);
	});

	it('tells a GS r answer from a DLE EOT answer by its fixed bit 4', () => {
		expect(isPaperSensorReply(0x00)).toBe(true);
		expect(isPaperSensorReply(0x03)).toBe(true);
		expect(isPaperSensorReply(0x12)).toBe(false);
		expect(paperAfterPrint(0x00)).toBe('ready');
		expect(paperAfterPrint(0x03)).toBe('paper_near_end');
		expect(paperAfterPrint(0x0c)).toBe('paper_near_end');
	});

	it('prints only when ready or nearly out of paper', () => {
		expect(canPrint('ready')).toBe(true);
		expect(canPrint('paper_near_end')).toBe(true);
		for (const c of ['paper_out', 'cover_open', 'offline', 'error', 'timeout'] as const) {
			expect(canPrint(c)).toBe(false);
		}
	});
});
