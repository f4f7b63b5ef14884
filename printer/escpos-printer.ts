/**
 * The ESC/POS ticket printer: builds the ticket document, renders it for this printer (paper
 * width, code page) and sends it over the kiosk's transport.
 *
 * On the network (TCP 9100) it first asks for the real-time status (DLE EOT): paper out, cover
 * open or offline are known before anything is sent, within statusTimeoutMs (2 s by default),
 * and a ticket is only sent to a printer that can print it. It then waits for the answer to the
 * GS r 1 that ends the ticket, which comes once the ticket is printed. On a device file there is
 * no way back from the printer: a write that succeeds counts as printed.
 *
 * Jobs run one at a time per printer, so a reprint never interleaves with a kiosk's ticket.
 */
import { charsPerLine, type DeviceSettings, type TcpSettings } from './config';
import { toEscPos, toSvg } from './render';
import {
	canPrint,
	conditionOf,
	isPaperSensorReply,
	isRealTimeStatusByte,
	paperAfterPrint,
	parseRealTimeStatus,
	STATUS_QUERY,
	STATUS_REPLY_LENGTH
} from './status';
import { ticketDocument } from './ticket-document';
import type { PrinterCheck, PrintResult, TicketPrinter, TicketToPrint } from './ticket-printer';
import { DeviceFile } from './transports/device-file';
import { LinkError, TcpLink } from './transports/tcp';

/** After a ticket did not finish, how long to wait for the status that says why. */
const AFTER_FAILURE_STATUS_MS = 1000;

type Settings = TcpSettings | DeviceSettings;

export class EscPosPrinter implements TicketPrinter {
	readonly name: string;
	readonly transport: 'tcp' | 'device';
	readonly deadlineMs: number;
	#queue: Promise<unknown> = Promise.resolve();
	readonly #device: DeviceFile | null;

	constructor(readonly settings: Settings) {
		this.transport = settings.transport;
		if (settings.transport === 'tcp') {
			const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
			this.name = `tcp://${host}:${settings.port}`;
			this.#device = null;
		} else {
			this.name = `file:${settings.path}`;
			this.#device = new DeviceFile(settings.path);
		}
		this.deadlineMs =
			settings.statusTimeoutMs + settings.printTimeoutMs + AFTER_FAILURE_STATUS_MS + 500;
	}

	/** The ticket as this printer's bytes. */
	render(ticket: TicketToPrint): Buffer {
		const width = charsPerLine(this.settings);
		const document = ticketDocument(ticket, {
			charsPerLine: width,
			charset: this.settings.charset
		});
		return toEscPos(document, {
			charsPerLine: width,
			codePage: this.settings.codePage,
			commands: this.settings.commands
		});
	}

	/** The ticket as this printer prints it, as SVG (from the same document). */
	preview(ticket: TicketToPrint): string {
		const width = charsPerLine(this.settings);
		const document = ticketDocument(ticket, {
			charsPerLine: width,
			charset: this.settings.charset
		});
		return toSvg(document, { charsPerLine: width });
	}

	print(ticket: TicketToPrint): Promise<PrintResult> {
		return this.#exclusive(() => this.#print(this.render(ticket)));
	}

	check(): Promise<PrinterCheck> {
		return this.#exclusive(() => this.#check());
	}

	#exclusive<T>(job: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(job, job);
		this.#queue = run.catch(() => {});
		return run;
	}

	async #print(bytes: Buffer): Promise<PrintResult> {
		const s = this.settings;
		if (s.transport === 'device') {
			const result = await this.#device!.write(bytes, s.statusTimeoutMs + s.printTimeoutMs);
			return result === 'written' ? { ok: true, status: 'printed' } : { ok: false, status: result };
		}
		const started = Date.now();
		let link: TcpLink;
		try {
			link = await TcpLink.open(s.host, s.port, s.statusTimeoutMs);
		} catch (err) {
			return { ok: false, status: err instanceof LinkError ? err.reason : 'error' };
		}
		try {
			const before = await this.#status(link, s.statusTimeoutMs - (Date.now() - started));
			if (before === 'timeout' || !canPrint(before)) return { ok: false, status: before };
			await link.write(bytes);
			const done = await link.read(1, s.printTimeoutMs, isPaperSensorReply);
			if (!done) {
				// Stopped mid-ticket (the paper ran out, the cover was opened) or just silent.
				const after = await this.#status(link, AFTER_FAILURE_STATUS_MS);
				return { ok: false, status: after !== 'timeout' && !canPrint(after) ? after : 'timeout' };
			}
			const paper = paperAfterPrint(done[0]!);
			return {
				ok: true,
				status: paper === 'ready' && before === 'ready' ? 'printed' : 'paper_near_end'
			};
		} catch (err) {
			return { ok: false, status: err instanceof LinkError ? err.reason : 'error' };
		} finally {
			link.close();
		}
	}

	/** Ask DLE EOT 1, 2, 4 and read the condition, or 'timeout' if the answer does not come. */
	async #status(link: TcpLink, timeoutMs: number) {
		link.discard();
		await link.write(STATUS_QUERY);
		const reply = await link.read(
			STATUS_REPLY_LENGTH,
			Math.max(timeoutMs, 1),
			isRealTimeStatusByte
		);
		const status = reply && parseRealTimeStatus(reply);
		return status ? conditionOf(status) : 'timeout';
	}

	async #check(): Promise<PrinterCheck> {
		const s = this.settings;
		if (s.transport === 'device') {
			if (this.#device!.busy) return { condition: 'timeout' };
			// A device file cannot report paper or cover; "unknown" says so honestly.
			return { condition: (await this.#device!.reachable()) ? 'unknown' : 'offline' };
		}
		const started = Date.now();
		let link: TcpLink;
		try {
			link = await TcpLink.open(s.host, s.port, s.statusTimeoutMs);
		} catch {
			return { condition: 'offline' };
		}
		try {
			return { condition: await this.#status(link, s.statusTimeoutMs - (Date.now() - started)) };
		} catch {
			return { condition: 'offline' };
		} finally {
			link.close();
		}
	}
}
