/**
 * The development sink: every ticket is rendered exactly as for a printer and written to a
 * folder as the ESC/POS bytes (.bin, what a printer would receive) and the SVG preview (.svg).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { charsPerLine, type PreviewSettings } from './config';
import { toEscPos, toSvg } from './render';
import { ticketDocument } from './ticket-document';
import type { PrinterCheck, PrintResult, TicketPrinter, TicketToPrint } from './ticket-printer';

export class PreviewPrinter implements TicketPrinter {
	readonly name: string;
	readonly transport = 'preview';
	readonly deadlineMs = 3000;
	readonly dir: string;

	constructor(readonly settings: PreviewSettings) {
		this.dir = path.resolve(settings.dir);
		this.name = `preview:${this.dir}`;
	}

	#document(ticket: TicketToPrint): { document: string; width: number } {
		const width = charsPerLine(this.settings);
		return {
			document: ticketDocument(ticket, { charsPerLine: width, charset: this.settings.charset }),
			width
		};
	}

	render(ticket: TicketToPrint): Buffer {
		const { document, width } = this.#document(ticket);
		return toEscPos(document, {
			charsPerLine: width,
			codePage: this.settings.codePage,
			commands: this.settings.commands
		});
	}

	preview(ticket: TicketToPrint): string {
		const { document, width } = this.#document(ticket);
		return toSvg(document, { charsPerLine: width });
	}

	async print(ticket: TicketToPrint): Promise<PrintResult> {
		try {
			await fs.mkdir(this.dir, { recursive: true });
			const stamp = new Date().toISOString().replace(/[:.]/g, '-');
			const base = path.join(this.dir, `${stamp}-${ticket.number.replace(/[^\w-]/g, '_')}`);
			await fs.writeFile(`${base}.bin`, this.render(ticket));
			await fs.writeFile(`${base}.svg`, this.preview(ticket));
			return { ok: true, status: 'printed' };
		} catch (err) {
			console.warn(`[okienko] preview printer ${this.dir}:`, err);
			return { ok: false, status: 'error' };
		}
	}

	async check(): Promise<PrinterCheck> {
		try {
			await fs.mkdir(this.dir, { recursive: true });
			return { condition: 'ready' };
		} catch {
			return { condition: 'error' };
		}
	}
}
