import type { TicketPrinter, TicketToPrint } from '$printer/ticket-printer';
import { translate, type MessageKey } from '$lib/i18n';
import type {
	IssuedTicketDto,
	Lang,
	PlaceDto,
	PublicTicketDto,
	WindowActionResultDto
} from '$lib/shared/dto';
import type { IssueTicketRequest, WindowActionRequest } from '$lib/shared/schemas';
import type { Broadcaster } from '../realtime/broadcast';
import type { QueueService } from './queue-service';
import type { SurveyService } from '../survey/survey-service';
import type { QueueViews } from './views';

/** A printer that has not answered by then is treated as failed; the ticket exists anyway. */
export const PRINT_TIMEOUT_MS = 2500;

/**
 * The front desk: what HTTP routes and socket handlers call. Each method runs one command,
 * broadcasts what changed, and answers with the caller's view of the result.
 */
export class Desk {
	constructor(
		private readonly queue: QueueService,
		private readonly views: QueueViews,
		private readonly broadcaster: Broadcaster,
		private readonly printer: TicketPrinter,
		private readonly publicUrl: string,
		private readonly surveys: SurveyService
	) {}

	async issueTicket(
		req: IssueTicketRequest,
		ctx: { lang: Lang; origin: string }
	): Promise<IssuedTicketDto> {
		const result = this.queue.issueTicket(req);
		this.broadcaster.publish(result);
		const ticket = this.views.publicTicketOf(result.ticket!);
		const location = this.views.location(req.locationId)!;
		const menu = this.views.kioskMenu(location.id);
		const places =
			menu.departments.flatMap((d) => d.services).find((s) => s.id === req.serviceId)?.places ?? [];
		// The ticket is committed before printing is tried: a failed printer never loses it.
		const print = await this.print(ticket, places, location.name, location.hours.timeZone, ctx);
		return { ticket, places, print };
	}

	act(req: WindowActionRequest): WindowActionResultDto {
		const result = this.queue.act(req);
		this.broadcaster.publish(result);
		if (req.action === 'finish' && result.ticket?.state === 'done') {
			// The visit is over: the survey tablet at this window invites the client (Annex 3).
			const token = this.surveys.invite(result.ticket);
			const invitation = this.surveys.invitation(token);
			if (invitation) this.broadcaster.inviteToSurvey(req.windowId, invitation);
		}
		const window = this.views.windowById(req.windowId)!;
		return {
			window,
			ticket: result.ticket ? this.views.consoleTicket(result.ticket) : null
		};
	}

	private async print(
		ticket: PublicTicketDto,
		places: PlaceDto[],
		office: string,
		timeZone: string,
		ctx: { lang: Lang; origin: string }
	): Promise<IssuedTicketDto['print']> {
		const where = places[0];
		const doc: TicketToPrint = {
			office,
			number: ticket.number,
			service: ticket.service[ctx.lang],
			department: ticket.department[ctx.lang],
			room: where?.room ?? '',
			floor: where?.floor ?? 0,
			floorColour: where?.colour[ctx.lang] ?? '',
			issuedAt: new Date(ticket.issuedAt),
			timeZone,
			ahead: ticket.ahead,
			estimatedMinutes: ticket.estimatedMinutes,
			priority: ticket.priority !== null,
			url: `${this.publicUrl || ctx.origin}/t/${ticket.code}`
		};
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<{ ok: false; status: 'timeout' }>((resolve) => {
			timer = setTimeout(() => resolve({ ok: false, status: 'timeout' }), PRINT_TIMEOUT_MS);
		});
		try {
			const result = await Promise.race([this.printer.print(doc), timeout]);
			return {
				ok: result.ok,
				printer: this.printer.name,
				message: result.ok ? null : translate(ctx.lang, `print.${result.status}` as MessageKey)
			};
		} catch (err) {
			console.error('[okienko] printer failed', err);
			return {
				ok: false,
				printer: this.printer.name,
				message: translate(ctx.lang, 'print.error')
			};
		} finally {
			clearTimeout(timer);
		}
	}
}
