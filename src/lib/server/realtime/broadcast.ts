/**
 * The one broadcaster: after each committed change, the call at once to the boards, then the
 * coalesced snapshots of the screens, in batches per turn of the event loop. Just over 300 lines
 * because the timing rules of every kind of screen (boards, consoles, phones, printers' alerts)
 * are kept together here, where their interplay is visible.
 */
import type { Server } from 'socket.io';
import type { PrinterStatusDto } from '$lib/shared/printing';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/shared/socket-events';
import type { SurveyInvitationDto } from '$lib/shared/survey';
import type { WindowHoldDto } from '$lib/shared/dto';
import type { OfficeChanges } from '../office/changes';
import type { CommandResult } from '../desk/queue-service';
import type { QueueViews } from '../desk/views';
import type { InquiryAlertDto } from '$lib/shared/inquiry';
import type { PresenceChangeDto } from '$lib/shared/directory';
import type { SummonsDto } from '$lib/shared/summons';
import { log } from '../log';
import type { HelpAlertDto, HelpStateDto, IdleAlertDto } from '$lib/shared/help';

export type OkienkoIo = Server<ClientToServerEvents, ServerToClientEvents>;

export const rooms = {
	board: (locationId: number) => `board:${locationId}`,
	window: (windowId: number) => `window:${windowId}`,
	survey: (windowId: number) => `survey:${windowId}`,
	/** Phones following one ticket (/t/{code}). */
	ticket: (code: string) => `ticket:${code}`,
	/** Clerk consoles of a location, for printer alerts. */
	printers: (locationId: number) => `printers:${locationId}`,
	/** Every screen of one staff member (their own alerts: an overdue inquiry). */
	staff: (staffId: number) => `staff:${staffId}`,
	/** Every staff member's screens: the directory's presence changes (issue 15). */
	directory: () => 'directory',
	/** The help-desk consoles of a location: kiosks' calls for help (issue 15, SR-32). */
	help: (locationId: number) => `help:${locationId}`,
	/** The consoles of one window, for its idle alert (SR-03). */
	idle: (windowId: number) => `idle:${windowId}`,
	/** One kiosk waiting for an answer to its call for help. */
	helpKiosk: (locationId: number, kiosk: string) => `help-kiosk:${locationId}:${kiosk}`
};

const TICKET_ROOM = 'ticket:';

/**
 * How long snapshots of a location wait for more changes before they go out. The call itself is
 * never delayed. Why: a full snapshot to every board and every console after each change is work
 * that grows with the screens times the changes, and a call would queue behind it. A screen
 * only needs the latest state, so changes within this window are coalesced into one snapshot.
 * A quarter of a second: a clerk's own action is answered at once with the window's new state;
 * what other windows and the kiosks changed reaches the console's queue list this much later.
 */
export const SNAPSHOT_COALESCE_MS = 250;

/**
 * The same for the board room (boards and kiosks), longer: a board shows each call the moment
 * `board:call` arrives (client/board-live.svelte.ts applies it, shared/board-calls.ts withCall);
 * its snapshot then only reconciles: it moves started calls to the history and updates how many
 * wait and which windows pause, which nobody reads to the tenth of a second from across a
 * waiting room. Every board snapshot is written to every board's socket (300 in a large
 * office), so each one not sent is work a call does not queue behind.
 */
export const BOARD_COALESCE_MS = 500;

/**
 * Board snapshots go out to this many screens at a time, each batch in its own turn of the event
 * loop. Why: writing one snapshot to hundreds of boards' sockets in one go holds the event loop
 * for milliseconds, and a call that arrived meanwhile would wait for all of them; this way it
 * waits for one batch at most.
 */
export const BOARD_BATCH = 50;

/**
 * Console snapshots: groups of windows (console-groups.ts `forWindow`) go out until this many consoles'
 * windows are done, then the rest in the next turn of the event loop, so a call waits for a few
 * groups at most, and an office whose windows all serve different matters needs a handful of
 * turns, not one per window.
 */
export const CONSOLE_WINDOWS_PER_TURN = 8;

/**
 * The only place that emits. After a command commits, the call itself goes out at once (the
 * board shows it and chimes), and so does the changed ticket to the phones following it (the
 * visitor reads "go to window N" at once); fresh snapshots for the rooms of every location it touched follow, one for
 * all the changes within SNAPSHOT_COALESCE_MS (consoles, phones) or BOARD_COALESCE_MS (boards,
 * kiosks). Snapshots are built when they are sent (so they are never older than the changes
 * they follow; built again if a change comes in while they go out in batches), once for each
 * board batch and each group of consoles, and only for rooms somebody is in.
 */
export class Broadcaster {
	private io: OkienkoIo | null = null;
	/** Per location, the timers of the coming snapshots: board room, and consoles and phones. */
	private readonly pendingBoards = new Map<number, NodeJS.Timeout>();
	private readonly pendingStaff = new Map<number, NodeJS.Timeout>();
	/** Bumped by every published change: a staff view built before it is out of date. */
	private changes = 0;

	/**
	 * `holdSnapshots` (tests only, OKIENKO_TEST_HOLD_SNAPSHOTS): no snapshot follows a change,
	 * so a test proves that a screen shows a call from the call's own event. Joins still answer.
	 */
	constructor(
		private readonly views: QueueViews,
		private readonly options: { holdSnapshots?: boolean } = {}
	) {}

	bind(io: OkienkoIo): void {
		this.io = io;
	}

	/** The app is closing: no snapshot is due any more (its database is about to close). */
	close(): void {
		this.io = null;
		for (const timer of [...this.pendingBoards.values(), ...this.pendingStaff.values()]) {
			clearTimeout(timer);
		}
		this.pendingBoards.clear();
		this.pendingStaff.clear();
	}

	publish(result: CommandResult): void {
		const io = this.io;
		if (!io || result.events.length === 0) return;
		this.changes++;
		const locations = new Set(result.events.map((e) => e.locationId));
		for (const e of result.events) {
			if ((e.type === 'ticket_called' || e.type === 'ticket_recalled') && result.ticket) {
				const call = this.views.boardCall(result.ticket);
				if (call) io.to(rooms.board(e.locationId)).emit('board:call', call);
			}
		}
		// Only when someone follows it: the ticket's own view is built now, on the command's path.
		const followed = result.ticket && rooms.ticket(result.ticket.code);
		if (followed && this.listeners(followed)) {
			try {
				io.to(followed).emit('ticket:snapshot', this.views.publicTicketOf(result.ticket!));
			} catch (err) {
				// The command is committed and answers as such; the coalesced snapshot follows.
				log.error({ err }, 'ticket broadcast failed');
			}
		}
		for (const locationId of locations) this.scheduleSnapshots(locationId);
	}

	/**
	 * The office's set-up changed (administration committed a new room, matter name, mode…):
	 * every screen of that location gets fresh snapshots, as after a queue change. Kiosks reload
	 * their menu when the board snapshot arrives (okienko:kiosk-menu), boards and consoles take
	 * the snapshot as it is, phones following a ticket get its new place.
	 */
	followOfficeChanges(changes: OfficeChanges): () => void {
		return changes.subscribe((locationId) => {
			if (!this.io) return;
			this.changes++;
			this.scheduleSnapshots(locationId);
		});
	}

	/**
	 * Fresh snapshots for a location's screens though nothing was committed: the office day
	 * changed or closed (desk/day-close.ts), and what the boards and consoles show depends on it.
	 */
	refresh(locationId: number): void {
		if (!this.io) return;
		this.changes++;
		this.scheduleSnapshots(locationId);
	}

	private scheduleSnapshots(locationId: number): void {
		if (this.options.holdSnapshots) return;
		this.schedule(this.pendingBoards, locationId, BOARD_COALESCE_MS, (io) => {
			const screens = [...(io.sockets.adapter.rooms.get(rooms.board(locationId)) ?? [])];
			if (screens.length > 0) this.publishBoards(io, locationId, screens);
		});
		this.schedule(this.pendingStaff, locationId, SNAPSHOT_COALESCE_MS, (io) =>
			this.publishStaff(io, locationId)
		);
	}

	/** Run `publish` once `ms` from now, unless already due for this location. */
	private schedule(
		pending: Map<number, NodeJS.Timeout>,
		locationId: number,
		ms: number,
		publish: (io: OkienkoIo) => void
	): void {
		if (pending.has(locationId)) return;
		const timer = setTimeout(() => {
			pending.delete(locationId);
			if (this.io) publish(this.io);
		}, ms);
		timer.unref();
		pending.set(locationId, timer);
	}

	/** Phones following a ticket, then the open consoles (in later turns). */
	private publishStaff(io: OkienkoIo, locationId: number): void {
		let consoles: number[];
		try {
			this.publishTickets(io, locationId);
			consoles = this.views
				.windowsOf(locationId)
				.filter((w) => this.listeners(rooms.window(w.id)))
				.map((w) => w.id);
		} catch (err) {
			// A timer has no caller to answer; the next change or (re)join sends a fresh snapshot.
			log.error({ err }, 'snapshot broadcast failed');
			return;
		}
		if (consoles.length > 0) {
			setImmediate(() => this.publishConsoles(io, locationId, consoles));
		}
	}

	/**
	 * The board snapshot to the screens in a location's board room (boards and kiosks; socket ids,
	 * each socket's own room), BOARD_BATCH per turn of the event loop.
	 */
	private publishBoards(io: OkienkoIo, locationId: number, screens: string[]): void {
		this.inTurns(
			io,
			screens,
			() => this.views.boardSnapshot(locationId),
			(snapshot, rest) => {
				io.to(rest.slice(0, BOARD_BATCH)).emit('board:snapshot', snapshot);
				return rest.slice(BOARD_BATCH);
			}
		);
	}

	/** A kiosk printer's new condition, to the consoles of its location. */
	/** An inquiry's due day has just ended: each of these people's screens shows it at once. */
	inquiryOverdue(staffIds: readonly number[], alert: InquiryAlertDto): void {
		if (!this.io || staffIds.length === 0) return;
		this.io.to(staffIds.map(rooms.staff)).emit('inquiry:overdue', alert);
	}

	/** Someone's presence changed: every open directory repaints their row. */
	directoryPresence(change: PresenceChangeDto): void {
		this.io?.to(rooms.directory()).emit('directory:presence', change);
	}

	/** A summons changed: every screen of the summoner and of the people it went to, at once. */
	summons(staffIds: readonly number[], summons: SummonsDto): void {
		if (!this.io || staffIds.length === 0) return;
		this.io.to(staffIds.map(rooms.staff)).emit('summons:update', summons);
	}

	/** A kiosk asks for help: the help-desk consoles of its location alert at once. */
	helpAlert(alert: HelpAlertDto): void {
		this.io?.to(rooms.help(alert.locationId)).emit('help:alert', alert);
	}

	/** A clerk answered "Idę": the other consoles drop the alert, the kiosk says someone comes. */
	helpAnswered(alert: HelpAlertDto, kiosk: string, state: HelpStateDto): void {
		this.io?.to(rooms.help(alert.locationId)).emit('help:alert', alert);
		this.io?.to(rooms.helpKiosk(alert.locationId, kiosk)).emit('help:state', state);
	}

	/** A window's idle alert began or ended: its consoles show or drop the banner. */
	windowIdle(alert: IdleAlertDto): void {
		this.io?.to(rooms.idle(alert.windowId)).emit('window:idle', alert);
	}

	printerStatus(status: PrinterStatusDto): void {
		if (!this.io || status.locationId === null) return;
		this.io.to(rooms.printers(status.locationId)).emit('printer:status', status);
	}

	/**
	 * Every followed ticket at a location that changed gets its fresh public view: its own state,
	 * and the people ahead, which change when others are called. Only rooms someone is in exist.
	 */
	private publishTickets(io: OkienkoIo, locationId: number): void {
		for (const [room, members] of io.sockets.adapter.rooms) {
			if (!room.startsWith(TICKET_ROOM) || members.size === 0) continue;
			const followed = this.views.followedTicket(room.slice(TICKET_ROOM.length));
			if (followed && followed.locationId === locationId) {
				io.to(room).emit('ticket:snapshot', followed.ticket);
			}
		}
	}

	/**
	 * One staff frame per location (the windows, no queue), and for each group of open consoles
	 * whose windows serve the same matters (console-groups.ts `forWindow`) their own queue added
	 * to it: one snapshot, encoded once, per group, a few groups per turn of the event loop
	 * (CONSOLE_WINDOWS_PER_TURN). A group's queue is read when it is sent, from the heads of its
	 * own queues, so its cost does not grow with the location's queue.
	 */
	private publishConsoles(io: OkienkoIo, locationId: number, windowIds: number[]): void {
		this.inTurns(
			io,
			windowIds,
			() => this.views.staffFrame(locationId),
			(frame, pending) => {
				let rest = pending;
				let sent = 0;
				while (rest.length > 0 && sent < CONSOLE_WINDOWS_PER_TURN) {
					const first = rest[0]!;
					const snapshot = this.views.consoleOf(frame, first);
					const group = new Set(snapshot?.windows.map((w) => w.id));
					const members = rest.filter((id) => group.has(id));
					rest = rest.filter((id) => id !== first && !group.has(id));
					if (snapshot) io.to(members.map(rooms.window)).emit('window:snapshot', snapshot);
					sent += Math.max(1, members.length);
				}
				return rest;
			}
		);
	}

	/**
	 * Send a snapshot to `pending` a part per turn of the event loop: `sendSome` sends one part and
	 * answers what is left. The snapshot is built when first needed and built again if anything
	 * changed between two turns, so no screen gets a view older than a call or an answer already
	 * sent to it.
	 */
	private inTurns<T, K>(
		io: OkienkoIo,
		pending: K[],
		build: () => T,
		sendSome: (snapshot: T, pending: K[]) => K[],
		built: T | null = null,
		builtAt = -1
	): void {
		if (this.io !== io) return; // closed meanwhile
		let snapshot = built;
		let rest: K[];
		try {
			if (snapshot === null || builtAt !== this.changes) {
				snapshot = build();
				builtAt = this.changes;
			}
			rest = sendSome(snapshot, pending);
		} catch (err) {
			// A timer has no caller to answer; the next change or (re)join sends a fresh snapshot.
			log.error({ err }, 'snapshot broadcast failed');
			return;
		}
		if (rest.length > 0) {
			setImmediate(() => this.inTurns(io, rest, build, sendSome, snapshot, builtAt));
		}
	}

	/** The survey tablet at a window invites the client whose visit just ended. */
	inviteToSurvey(windowId: number, invitation: SurveyInvitationDto): void {
		this.io?.to(rooms.survey(windowId)).emit('survey:invite', invitation);
	}

	/**
	 * A window's holder changed: its consoles hear it at once, not with the next snapshot, so the
	 * console of a clerk whose window was taken over stops acting before it sends anything more.
	 */
	windowHeld(hold: WindowHoldDto): void {
		this.io?.to(rooms.window(hold.windowId)).emit('window:held', hold);
	}

	private listeners(room: string): boolean {
		return (this.io?.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
	}
}
