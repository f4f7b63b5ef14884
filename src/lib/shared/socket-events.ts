/**
 * The socket.io contract. Events are named `area:verb`. Every client request is answered through
 * its acknowledgement with the same { data } | { error } shape as the HTTP API.
 */
import type {
	ApiResult,
	BoardCallDto,
	BoardSnapshotDto,
	StaffSnapshotDto,
	WindowActionResultDto
} from './dto';
import type { WindowActionRequest } from './schemas';
import type { SurveyInvitationDto } from './survey';

export interface ServerToClientEvents {
	/** The whole board state: on join, on reconnect, and after every change at the location. */
	'board:snapshot': (snapshot: BoardSnapshotDto) => void;
	/** A call or recall, the moment it happens (the board chimes on it). */
	'board:call': (call: BoardCallDto) => void;
	/** A console's view of its window: the window, its current ticket, its waiting queue. */
	'window:snapshot': (snapshot: StaffSnapshotDto) => void;
	/** A visit at this window just ended: the survey tablet invites the client. */
	'survey:invite': (invitation: SurveyInvitationDto) => void;
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
		ack: (result: ApiResult<{ windowId: number; label: string; locationName: string }>) => void
	) => void;
	/** A clerk acts at a window: the same actions, rules and answers as the HTTP API. */
	'window:action': (
		request: WindowActionRequest,
		ack: (result: ApiResult<WindowActionResultDto>) => void
	) => void;
}

export const SOCKET_PATH = '/socket.io';
