/**
 * The socket.io contract. Events are named `area:verb`. Every client request is answered through
 * its acknowledgement with the same { data } | { error } shape as the HTTP API.
 */
import type {
	ApiResult,
	BoardCallDto,
	BoardSnapshotDto,
	PublicTicketDto,
	ReprintResultDto,
	StaffSnapshotDto,
	WindowActionResultDto,
	WindowHoldDto
} from './dto';
import type { PrinterStatusDto } from './printing';
import type { InquiryAlertDto } from './inquiry';
import type { PresenceChangeDto } from './directory';
import type {
	DeclineSummonsRequest,
	SendSummonsRequest,
	SummonsBoardDto,
	SummonsDto,
	SummonsRequest
} from './summons';
import type { ConsoleAlertsDto, HelpAlertDto, HelpStateDto, IdleAlertDto } from './help';
import type { HoldWindowRequest, ReprintRequest, WindowActionRequest } from './schemas';
import type { SurveyInvitationDto, SurveyTabletRoomDto } from './survey';

export interface ServerToClientEvents {
	/** The whole board state: on join, on reconnect, and after every change at the location. */
	'board:snapshot': (snapshot: BoardSnapshotDto) => void;
	/** A call or recall, the moment it happens (the board chimes on it). */
	'board:call': (call: BoardCallDto) => void;
	/** A console's view of its window: the window, its current ticket, its waiting queue. */
	'window:snapshot': (snapshot: StaffSnapshotDto) => void;
	/** Another clerk took the window (or it was taken while free): its consoles show who holds it. */
	'window:held': (hold: WindowHoldDto) => void;
	/** A visit at this window just ended: the survey tablet invites the client. */
	'survey:invite': (invitation: SurveyInvitationDto) => void;
	/** One ticket as its holder sees it, after every change at its location (the phone page). */
	'ticket:snapshot': (ticket: PublicTicketDto) => void;
	/** A kiosk printer's condition changed (paper out, cover open, back to ready, …). */
	'printer:status': (status: PrinterStatusDto) => void;
	/** An inquiry this staff member received, answers or heads has just become overdue (SR-11). */
	'inquiry:overdue': (alert: InquiryAlertDto) => void;
	/** A staff member's presence changed (every signed-in staff screen hears it: the directory). */
	'directory:presence': (change: PresenceChangeDto) => void;
	/** A summons this person sent or received changed (sent, accepted, declined, arrived, …). */
	'summons:update': (summons: SummonsDto) => void;
	/** A kiosk asked for help, or a clerk answered it (`acknowledgedAt` set): help-desk consoles. */
	'help:alert': (alert: HelpAlertDto) => void;
	/** The kiosk that asked for help: a clerk is coming. */
	'help:state': (state: HelpStateDto) => void;
	/** This window's idle alert began (`overSince`) or ended (null). */
	'window:idle': (alert: IdleAlertDto) => void;
}

export interface ClientToServerEvents {
	/** A board, kiosk or phone follows a location's public state. */
	'board:join': (
		request: { locationId: number },
		ack: (result: ApiResult<BoardSnapshotDto>) => void
	) => void;
	/** A clerk console follows its window. */
	'window:join': (
		request: { windowId: number },
		ack: (result: ApiResult<StaffSnapshotDto>) => void
	) => void;
	/** The survey tablet at a window waits for the end of each visit there. */
	'survey:join': (
		request: { windowId: number },
		ack: (result: ApiResult<SurveyTabletRoomDto>) => void
	) => void;
	/** A clerk acts at a window: the same actions, rules and answers as the HTTP API. */
	'window:action': (
		request: WindowActionRequest,
		ack: (result: ApiResult<WindowActionResultDto>) => void
	) => void;
	/** A clerk's console holds its window; `takeOver` (confirmed) takes it from another clerk. */
	'window:hold': (
		request: HoldWindowRequest,
		ack: (result: ApiResult<WindowHoldDto>) => void
	) => void;
	/** A clerk reprints a ticket on the printer of the kiosk that issued it. */
	'window:reprint': (
		request: ReprintRequest,
		ack: (result: ApiResult<ReprintResultDto>) => void
	) => void;
	/** A visitor's phone follows one ticket by the code in its QR link. */
	'ticket:join': (
		request: { code: string },
		ack: (result: ApiResult<PublicTicketDto>) => void
	) => void;
	/** A visitor at a kiosk presses "Potrzebuję pomocy" (answered with what the kiosk shows). */
	'help:request': (
		request: { locationId: number; kiosk: string },
		ack: (result: ApiResult<HelpStateDto>) => void
	) => void;
	/** A console follows its alerts: kiosks' calls for help (at a help desk), its idle alert. */
	'alerts:join': (
		request: { windowId: number },
		ack: (result: ApiResult<ConsoleAlertsDto>) => void
	) => void;
	/** A clerk at a help desk answers a kiosk's call: "Idę". */
	'help:acknowledge': (
		request: { windowId: number; requestId: number },
		ack: (result: ApiResult<HelpAlertDto>) => void
	) => void;
	/** A clerk console follows the printers of its location (alerts). */
	'printer:join': (
		request: { locationId: number },
		ack: (result: ApiResult<PrinterStatusDto[]>) => void
	) => void;
	/** A staff screen opens: the summons I sent and those waiting for my answer (issue 15). */
	'summons:join': (request: object, ack: (result: ApiResult<SummonsBoardDto>) => void) => void;
	/** A clerk at their window summons a named colleague or any clerk of a department. */
	'summons:send': (
		request: SendSummonsRequest,
		ack: (result: ApiResult<SummonsDto>) => void
	) => void;
	/** "Idę": the summoned person is coming. */
	'summons:accept': (request: SummonsRequest, ack: (result: ApiResult<SummonsDto>) => void) => void;
	/** The summoned person cannot come, and says why. */
	'summons:decline': (
		request: DeclineSummonsRequest,
		ack: (result: ApiResult<SummonsDto>) => void
	) => void;
	/** "Jest": the summoned person is at the window (either of the two marks it). */
	'summons:arrived': (
		request: SummonsRequest,
		ack: (result: ApiResult<SummonsDto>) => void
	) => void;
	/** The summoning clerk no longer needs anyone. */
	'summons:cancel': (request: SummonsRequest, ack: (result: ApiResult<SummonsDto>) => void) => void;
}

export const SOCKET_PATH = '/socket.io';
