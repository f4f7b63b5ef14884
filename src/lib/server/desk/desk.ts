import { DEFAULT_KIOSK } from '$printer/config';
import type {
	IssuedTicketDto,
	Lang,
	PublicTicketDto,
	WindowActionResultDto,
	WindowHoldDto
} from '$lib/shared/dto';
import type {
	HoldWindowRequest,
	IssueTicketRequest,
	WindowActionRequest
} from '$lib/shared/schemas';
import type { PrintDesk } from './print-desk';
import { GroupCommit } from './group-commit';
import type { CommandResult, QueueService } from './queue-service';
import type { SurveyService } from '../survey/survey-service';
import type { QueueViews } from './views';
import type { AuditLog } from '../audit/audit-log';
import type { Principal } from '../auth/guard';
import type { SurveyInvitationDto } from '$lib/shared/survey';
import type { Db } from '../db/open';
import { DomainError, type WindowHold } from '../queue';
import { holderDto, type WindowHolds } from './window-holds';

/** What the desk tells the live screens; the Broadcaster (realtime/broadcast.ts) is one. */
export interface Publisher {
	/** What a command changed, to the boards, consoles and phones that show it. */
	publish(result: CommandResult): void;
	/** The survey tablet at a window, when a visit there ends. */
	inviteToSurvey(windowId: number, invitation: SurveyInvitationDto): void;
	/** A window's holder changed: its consoles learn at once (the one taken over turns read-only). */
	windowHeld(hold: WindowHoldDto): void;
	/** Fresh snapshots for a location though nothing was committed (the order changed with time). */
	refresh(locationId: number): void;
}

/** A new ticket's commit and its view as the kiosk shows it. */
interface Issued {
	result: CommandResult;
	ticket: PublicTicketDto;
}

/**
 * The front desk: what HTTP routes and socket handlers call. Each method runs one command,
 * broadcasts what changed, and answers with the caller's view of the result.
 */
export class Desk {
	/** Kiosks' tickets that arrive together are committed together (group-commit.ts). */
	private readonly issuing: GroupCommit<IssueTicketRequest, Issued>;

	constructor(
		private readonly queue: QueueService,
		private readonly views: QueueViews,
		private readonly publisher: Publisher,
		private readonly printing: PrintDesk,
		private readonly surveys: SurveyService,
		private readonly audit: AuditLog,
		private readonly holds: WindowHolds,
		private readonly db: Db
	) {
		this.issuing = new GroupCommit((reqs) => {
			const outcomes = queue.issueTickets(reqs);
			// The batch's views at once after its commit, in one synchronous pass: their people
			// ahead and queue lengths check for other connections' commits once, not once each.
			return views.readAtOnce(() =>
				outcomes.map((o) =>
					o.ok
						? {
								ok: true,
								value: { result: o.value, ticket: views.publicTicketOf(o.value.ticket!) }
							}
						: o
				)
			);
		});
	}

	async issueTicket(
		req: IssueTicketRequest,
		ctx: { lang: Lang; origin: string }
	): Promise<IssuedTicketDto> {
		// Resolves once the ticket's transaction is committed (and fsynced); refusals reject.
		return this.issued(await this.issuing.submit(req), req.kiosk, ctx);
	}

	/**
	 * A checked-in appointment's ticket (issue 14): `checkIn` commits it (desk/check-in.ts), then
	 * it is announced, printed and answered as a walk-in's is.
	 */
	async checkIn(
		checkIn: () => CommandResult,
		kiosk: string | undefined,
		ctx: { lang: Lang; origin: string }
	): Promise<IssuedTicketDto> {
		const result = checkIn();
		const ticket = this.views.publicTicketOf(result.ticket!);
		// When its slot comes the appointment moves to the head of the call order, though nothing
		// is committed then: the consoles get their list in the new order at that moment.
		const { appointmentAt, locationId } = result.ticket!;
		const wait = (appointmentAt ?? 0) - Date.now();
		if (wait > 0) setTimeout(() => this.publisher.refresh(locationId), wait).unref();
		return this.issued({ result, ticket }, kiosk, ctx);
	}

	private async issued(
		{ result, ticket }: Issued,
		kiosk: string | undefined,
		ctx: { lang: Lang; origin: string }
	): Promise<IssuedTicketDto> {
		this.publisher.publish(result);
		// A new ticket waits: its view holds the one matter's rooms (not the whole kiosk menu's).
		// The ticket is committed before printing is tried: a failed printer never loses it.
		const print = await this.printing.printIssued(
			kiosk ?? DEFAULT_KIOSK,
			ticket,
			ticket.places,
			result.ticket!.locationId,
			ctx
		);
		// When the paper did not come out, the kiosk draws the link's QR code on its screen.
		const link = { url: this.printing.url(ticket.code, ctx.origin, ctx.lang) };
		return { ticket, print, link };
	}

	/**
	 * A staff member's action at a window. A transfer, a call out of order and a restored ticket
	 * are also written to the audit log: a manager may ask who decided them, and why. Only the
	 * clerk who holds the window acts there (window_held otherwise); one acting at a free window
	 * takes it, in the action's own commit, so a refused action takes nothing.
	 */
	act(req: WindowActionRequest, actor: Principal): WindowActionResultDto {
		this.holds.require(req.windowId, actor);
		const survey = { token: null as string | null };
		const claim = { taken: null as WindowHold | null };
		const result = this.queue.act(req, actor.staff?.id ?? null, (r) => {
			claim.taken = this.holds.claimIfFree(req.windowId, actor);
			if (req.action === 'finish' && r.ticket?.state === 'done') {
				// The visit is over: its survey invitation (Annex 3) is written in the same commit as
				// the finish: one fsync for both, and it exists exactly when the visit has ended.
				survey.token = this.surveys.invite(r.ticket);
			}
			if (!r.ticket) return;
			const subject = `ticket:${r.ticket.number}`;
			const day = r.ticket.day;
			if (req.action === 'transfer') {
				this.audit.record({
					actor,
					action: 'ticket.transfer',
					subject,
					detail: { windowId: req.windowId, serviceId: req.serviceId, day }
				});
			} else if (req.action === 'call_ticket' && r.events[0]?.data.outOfOrder === 1) {
				this.audit.record({
					actor,
					action: 'ticket.call_out_of_order',
					subject,
					detail: { windowId: req.windowId, day }
				});
			} else if (req.action === 'restore') {
				const late = r.events[0]?.data.late === 1;
				this.audit.record({
					actor,
					action: 'ticket.restore',
					subject,
					detail: { windowId: req.windowId, day, late }
				});
			}
		});
		this.publisher.publish(result);
		if (claim.taken) this.publisher.windowHeld(holdDto(claim.taken, null));
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

	/**
	 * A clerk's console opens its window: a free window (or their own) becomes theirs; another
	 * clerk's only with `takeOver`, which the console sends once the clerk has confirmed it. A
	 * takeover is written to the audit log in the same commit, and the consoles of the window are
	 * told at once, so the previous holder's turns read-only and names who took over.
	 */
	hold(req: HoldWindowRequest, actor: Principal): WindowHoldDto {
		if (!this.views.windowById(req.windowId))
			throw new DomainError('not_found', { what: 'window' });
		const claimant = this.holds.claimantOf(actor);
		// Only a signed-in person holds a window (the guard lets no one else ask).
		if (!claimant) throw new DomainError('invalid_input');
		const change = this.db
			.transaction(() => {
				const c = this.holds.take(req.windowId, claimant, req.takeOver ?? false);
				if (c.kind === 'taken_over') {
					this.audit.record({
						actor,
						action: 'window.takeover',
						subject: `window:${req.windowId}`,
						detail: {
							from: { staffId: c.from.staffId, name: c.from.name, since: c.from.since },
							to: { staffId: c.hold.staffId, name: c.hold.name }
						}
					});
				}
				return c;
			})
			.immediate();
		const answer = holdDto(change.hold, change.kind === 'taken_over' ? change.from : null);
		if (change.kind !== 'kept') this.publisher.windowHeld(answer);
		return answer;
	}
}

function holdDto(hold: WindowHold, from: WindowHold | null): WindowHoldDto {
	return {
		windowId: hold.windowId,
		holder: holderDto(hold),
		takenFrom: from ? holderDto(from) : null
	};
}
