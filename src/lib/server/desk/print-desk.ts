/**
 * Ticket printing for the front desk: the kiosk's ticket after it is issued, a clerk's reprint,
 * a staff check of a printer, and the preview. Printing never changes the queue: a ticket exists
 * before printing is tried, so a failed print never loses it. Whatever a print or a check learns
 * about a printer is remembered (registry) and, when it changes, sent to the location's consoles.
 */
import { conditionAfter, type TicketToPrint } from '$printer/ticket-printer';
import type { KioskPrinter, PrinterRegistry } from '$printer/registry';
import { DEFAULT_KIOSK } from '$printer/config';
import { DEFAULT_LANG, LANG_PARAM, translate, type MessageKey } from '$lib/i18n';
import type { StaffLang } from '$lib/i18n/lang';
import type { Lang, PlaceDto, PublicTicketDto, ReprintResultDto } from '$lib/shared/dto';
import type { PrintOutcomeDto, PrinterStatusDto, PrintStatus } from '$lib/shared/printing';
import type { ReprintRequest } from '$lib/shared/schemas';
import type { TicketRepository } from '../db/repositories/tickets';
import type { Broadcaster } from '../realtime/broadcast';
import { DomainError } from '../queue';
import type { QueueViews } from './views';
import { log } from '../log';

export interface PrintContext {
	lang: Lang;
	/** The caller's origin, for the QR link when OKIENKO_PUBLIC_URL is not set. */
	origin: string;
}

/** What the visitor is told when the paper did not come out. */
const FAILURE_MESSAGE: Record<Exclude<PrintStatus, 'printed' | 'paper_near_end'>, MessageKey> = {
	placeholder: 'print.placeholder',
	not_configured: 'print.not_configured',
	offline: 'print.offline',
	paper_out: 'print.paper_out',
	cover_open: 'print.cover_open',
	timeout: 'print.timeout',
	error: 'print.error'
};

/** A code no ticket has (26 letters of the alphabet), for the sample ticket of the preview. */
const SAMPLE_CODE = 'abcdefghijklmnopqrstuvwxyz';

export class PrintDesk {
	constructor(
		private readonly views: QueueViews,
		private readonly tickets: TicketRepository,
		private readonly printers: PrinterRegistry,
		private readonly broadcaster: Broadcaster,
		private readonly publicUrl: string,
		private readonly clock: () => number
	) {}

	/**
	 * The live ticket page's address, as the QR codes carry it. A ticket taken in another language
	 * than Polish says so (`?lang=en`): the visitor's phone has never seen the kiosk's choice, and
	 * the page opens in it. Polish, the default, keeps the shorter code.
	 */
	url(code: string, origin: string, lang: Lang): string {
		const page = `${this.publicUrl || origin}/t/${code}`;
		return lang === DEFAULT_LANG ? page : `${page}?${LANG_PARAM}=${lang}`;
	}

	/** A kiosk's new ticket, on that kiosk's printer. */
	async printIssued(
		kiosk: string,
		ticket: PublicTicketDto,
		places: PlaceDto[],
		locationId: number,
		ctx: PrintContext
	): Promise<PrintOutcomeDto> {
		const paper = this.paperTicket(ticket, places, locationId, ctx.lang, ctx.origin);
		return this.print(kiosk, paper, locationId, ctx.lang);
	}

	/**
	 * A clerk prints a ticket again on the printer of the kiosk that issued it: a ticket of the
	 * window's location that is still waiting, called or in service. Printed in Polish with the
	 * people ahead as they are now.
	 */
	async reprint(req: ReprintRequest, ctx: PrintContext): Promise<ReprintResultDto> {
		const window = this.views.windowById(req.windowId);
		if (!window) throw new DomainError('not_found', { what: 'window' });
		const t = this.tickets.byId(req.ticketId);
		if (!t || t.locationId !== window.locationId) {
			throw new DomainError('not_found', { what: 'ticket' });
		}
		if (t.state !== 'waiting' && t.state !== 'called' && t.state !== 'serving') {
			throw new DomainError('invalid_state', { number: t.number, state: t.state });
		}
		const kiosk = this.tickets.kioskOf(t.id) ?? DEFAULT_KIOSK;
		const ticket = this.views.publicTicketOf(t);
		const places = this.views.placesOf(t.locationId, t.serviceId);
		const paper = this.paperTicket(ticket, places, t.locationId, DEFAULT_LANG, ctx.origin);
		const print = await this.print(kiosk, paper, t.locationId, ctx.lang);
		return { ticket: this.views.consoleTicket(t), kiosk, print };
	}

	/** Ask a kiosk's printer for its condition now. */
	async check(kiosk: string): Promise<PrinterStatusDto> {
		const entry = this.printers.byKiosk(kiosk);
		if (!entry) throw new DomainError('not_found', { what: 'printer' });
		const { condition } = await withDeadline(entry.printer.check(), entry.printer.deadlineMs, {
			condition: 'timeout' as const
		});
		this.remember(entry, condition, null);
		return this.printers.status(entry);
	}

	/** Every printer, or those whose consoles are at one location. */
	statuses(locationId?: number): PrinterStatusDto[] {
		return this.printers
			.all()
			.filter((e) => locationId === undefined || e.locationId === locationId)
			.map((e) => this.printers.status(e));
	}

	/**
	 * The kiosk's ticket as its printer prints it (SVG): its last ticket, or a sample from the
	 * first location's first matter when it has printed nothing since the server started.
	 */
	preview(
		kiosk: string,
		lang: Lang,
		origin: string
	): { svg: string; number: string; sample: boolean } {
		const entry = this.printers.byKiosk(kiosk);
		if (!entry) throw new DomainError('not_found', { what: 'printer' });
		const last = entry.lastTicket;
		const ticket = last ?? this.sampleTicket(entry, lang, origin);
		return { svg: this.printers.preview(entry, ticket), number: ticket.number, sample: !last };
	}

	private async print(
		kiosk: string,
		paper: TicketToPrint,
		locationId: number,
		lang: Lang
	): Promise<PrintOutcomeDto> {
		const entry = this.printers.forKiosk(kiosk);
		if (!entry) {
			log.warn({ kiosk }, 'no printer is configured for this kiosk');
			return outcome('not_configured', '', lang);
		}
		entry.lastTicket = paper;
		let status: PrintStatus;
		try {
			const result = await withDeadline(entry.printer.print(paper), entry.printer.deadlineMs, {
				ok: false,
				status: 'timeout' as const
			});
			status = result.status;
		} catch (err) {
			log.error({ err, kiosk: entry.kiosk, printer: entry.printer.name }, 'printer failed');
			status = 'error';
		}
		this.remember(entry, conditionAfter(status), locationId);
		return outcome(status, entry.printer.name, lang);
	}

	private remember(
		entry: KioskPrinter,
		condition: ReturnType<typeof conditionAfter>,
		locationId: number | null
	): void {
		if (this.printers.record(entry, condition, this.clock(), locationId)) {
			this.broadcaster.printerStatus(this.printers.status(entry));
		}
	}

	private paperTicket(
		ticket: PublicTicketDto,
		places: PlaceDto[],
		locationId: number,
		lang: Lang,
		origin: string
	): TicketToPrint {
		const location = this.views.location(locationId);
		const paper = paperLang(lang);
		return {
			lang: paper,
			office: location?.name ?? '',
			number: ticket.number,
			service: ticket.service[paper],
			department: ticket.department[paper],
			places: places.map((p) => paperPlace(p, paper)),
			issuedAt: new Date(ticket.issuedAt),
			timeZone: location?.hours.timeZone ?? 'Europe/Warsaw',
			ahead: ticket.ahead,
			estimate: ticket.estimate,
			priority: ticket.priority !== null,
			appointmentAt: ticket.appointmentAt ? new Date(ticket.appointmentAt) : null,
			url: this.url(ticket.code, origin, lang)
		};
	}

	private sampleTicket(entry: KioskPrinter, lang: Lang, origin: string): TicketToPrint {
		const location =
			(entry.locationId !== null ? this.views.location(entry.locationId) : null) ??
			this.views.location(this.views.locations()[0]?.id ?? -1);
		const menu = location ? this.views.kioskMenu(location.id) : null;
		const department = menu?.departments.find((d) => d.services.length > 0);
		const service = department?.services[0];
		const paper = paperLang(lang);
		return {
			lang: paper,
			office: location?.name ?? translate(paper, 'app.office'),
			number: translate(paper, 'paper.sample_number'),
			service: service?.name[paper] ?? '',
			department: department?.name[paper] ?? '',
			places: (service?.places ?? []).map((p) => paperPlace(p, paper)),
			issuedAt: new Date(this.clock()),
			timeZone: location?.hours.timeZone ?? 'Europe/Warsaw',
			ahead: 3,
			estimate: { known: true, from: 10, to: 20 },
			priority: false,
			url: this.url(SAMPLE_CODE, origin, lang)
		};
	}
}

/**
 * The paper's language: a Ukrainian visitor's ticket prints in Polish, since most ESC/POS printers
 * have no Cyrillic code page; the number is what matters on paper, and the kiosk's screen and the
 * phone page (the QR code keeps the visitor's language) give the rest in Ukrainian.
 */
export function paperLang(lang: Lang): StaffLang {
	return lang === 'en' ? 'en' : 'pl';
}

function paperPlace(p: PlaceDto, lang: StaffLang): TicketToPrint['places'][number] {
	return { room: p.room, floor: p.floor, floorColour: p.colour[lang] };
}

function outcome(status: PrintStatus, printer: string, lang: Lang): PrintOutcomeDto {
	const ok = status === 'printed' || status === 'paper_near_end';
	return {
		ok,
		status,
		printer,
		message: ok ? null : translate(lang, FAILURE_MESSAGE[status as keyof typeof FAILURE_MESSAGE])
	};
}

/** The job's answer, or `late` if it takes longer than `ms`. */
async function withDeadline<T>(job: Promise<T>, ms: number, late: T): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<T>((resolve) => {
		timer = setTimeout(() => resolve(late), ms);
	});
	try {
		return await Promise.race([job, timeout]);
	} finally {
		clearTimeout(timer);
	}
}
