import { DEFAULT_KIOSK } from '$printer/config';
import type { IssuedTicketDto, Lang, WindowActionResultDto } from '$lib/shared/dto';
import type { IssueTicketRequest, WindowActionRequest } from '$lib/shared/schemas';
import type { PrintDesk } from './print-desk';
import { GroupCommit } from './group-commit';
import type { CommandResult, QueueService } from './queue-service';
import type { SurveyService } from '../survey/survey-service';
import type { QueueViews } from './views';
import type { AuditLog } from '../audit/audit-log';
import type { Principal } from '../auth/guard';
import type { SurveyInvitationDto } from '$lib/shared/survey';

/** What the desk tells the live screens; the Broadcaster (realtime/broadcast.ts) is one. */
export interface Publisher {
	/** What a command changed, to the boards, consoles and phones that show it. */
	publish(result: CommandResult): void;
	/** The survey tablet at a window, when a visit there ends. */
	inviteToSurvey(windowId: number, invitation: SurveyInvitationDto): void;
}

/**
 * The front desk: what HTTP routes and socket handlers call. Each method runs one command,
 * broadcasts what changed, and answers with the caller's view of the result.
 */
export class Desk {
	/** Kiosks' tickets that arrive together are committed together (group-commit.ts). */
	private readonly issuing: GroupCommit<IssueTicketRequest, CommandResult>;

	constructor(
		private readonly queue: QueueService,
		private readonly views: QueueViews,
		private readonly publisher: Publisher,
		private readonly printing: PrintDesk,
		private readonly surveys: SurveyService,
		private readonly audit: AuditLog
	) {
		this.issuing = new GroupCommit((reqs) => queue.issueTickets(reqs));
	}

	async issueTicket(
		req: IssueTicketRequest,
		ctx: { lang: Lang; origin: string }
	): Promise<IssuedTicketDto> {
		// Resolves once the ticket's transaction is committed (and fsynced); refusals reject.
		const result = await this.issuing.submit(req);
		this.publisher.publish(result);
		const ticket = this.views.publicTicketOf(result.ticket!);
		const location = this.views.location(req.locationId)!;
		// Only the one matter's rooms: the whole kiosk menu would build every matter of the
		// location, for every ticket issued.
		const places = this.views.placesOf(location.id, req.serviceId);
		// The ticket is committed before printing is tried: a failed printer never loses it.
		const kiosk = req.kiosk ?? DEFAULT_KIOSK;
		const print = await this.printing.printIssued(kiosk, ticket, places, location.id, ctx);
		// When the paper did not come out, the kiosk draws the link's QR code on its screen.
		const link = { url: this.printing.url(ticket.code, ctx.origin, ctx.lang) };
		return { ticket, places, print, link };
	}

	/** A staff member's action at a window; a transfer is also written to the audit log. */
	act(req: WindowActionRequest, actor: Principal): WindowActionResultDto {
		const survey = { token: null as string | null };
		const result = this.queue.act(req, actor.staff?.id ?? null, (r) => {
			if (req.action === 'finish' && r.ticket?.state === 'done') {
				// The visit is over: its survey invitation (Annex 3) is written in the same commit as
				// the finish: one fsync for both, and it exists exactly when the visit has ended.
				survey.token = this.surveys.invite(r.ticket);
			}
			if (req.action !== 'transfer' || !r.ticket) return;
			this.audit.record({
				actor,
				action: 'ticket.transfer',
				subject: `ticket:${r.ticket.number}`,
				detail: { windowId: req.windowId, serviceId: req.serviceId, day: r.ticket.day }
			});
		});
		this.publisher.publish(result);
		if (survey.token) {
			// The survey tablet at this window invites the client.
			const invitation = this.surveys.invitation(survey.token);
			if (invitation) this.publisher.inviteToSurvey(req.windowId, invitation);
		}
		const window = this.views.windowById(req.windowId)!;
		return {
			window,
			ticket: result.ticket ? this.views.consoleTicket(result.ticket) : null
		};
	}
}
