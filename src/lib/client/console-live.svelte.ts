/**
 * The live state of one window for its clerk console: its window room's snapshot (taken again on
 * every (re)join), the location's kiosk printers for alerts, and the window actions, sent over
 * the socket with an acknowledgement.
 */
import type {
	ApiResult,
	ReprintResultDto,
	StaffSnapshotDto,
	WindowActionResultDto,
	WindowHolderDto,
	WindowHoldDto
} from '$lib/shared/dto';
import type { InquiryAlertDto } from '$lib/shared/inquiry';
import type { PrinterStatusDto } from '$lib/shared/printing';
import type { WindowActionRequest } from '$lib/shared/schemas';
import { LiveRoom, type Asked, type Listen } from './live-room.svelte';
import type { OkienkoSocket } from './socket';

export { CONNECT_WAIT_MS } from './live-room.svelte';
/** How long a clerk waits for the server's answer before being told to check. */
export const ACTION_TIMEOUT_MS = 8000;
/** A reprint waits for the printer: status, printing, and the answer that the paper is out. */
export const REPRINT_TIMEOUT_MS = 15_000;

export type ActionOutcome = Asked<WindowActionResultDto>;
export type ReprintOutcome = Asked<ReprintResultDto>;
export type HoldOutcome = Asked<WindowHoldDto>;

export class ConsoleLive extends LiveRoom<StaffSnapshotDto> {
	/** The kiosk printers of this location, for alerts (paper out, cover open, …). */
	#printers = $state<PrinterStatusDto[]>([]);
	readonly #windowId: number;
	/** The signed-in clerk (staff id): the console acts only while the window is theirs. */
	readonly #me: number | null;
	/** Who took this window over from this clerk, once someone did (the console turns read-only). */
	#takenOverBy = $state<WindowHolderDto | null>(null);

	/** Inquiries of this clerk that became overdue while the console was open (SR-11). */
	#overdueInquiries = $state<InquiryAlertDto[]>([]);

	/** When an action last went unanswered; cleared by the next snapshot from the server. */
	#unansweredAt = $state<number | null>(null);
	readonly #actionTimeoutMs: number;

	/** `options`: a test's own server and a shorter wait for an answer. */
	constructor(
		windowId: number,
		initial: StaffSnapshotDto,
		me: number | null = null,
		options: { open?: () => OkienkoSocket; actionTimeoutMs?: number } = {}
	) {
		super(initial, options.open);
		this.#windowId = windowId;
		this.#me = me;
		this.#actionTimeoutMs = options.actionTimeoutMs ?? ACTION_TIMEOUT_MS;
	}

	/**
	 * An action went unanswered, so the screen may not show what the server did; false again
	 * once a fresh snapshot has come (after a reconnect, or the next change), when the console
	 * shows what really happened and the "no answer" message would only mislead.
	 */
	get behind(): boolean {
		const since = this.#unansweredAt;
		return since !== null && !(this.joined && this.receivedAt > since);
	}

	/** The clerk whose console holds this window, or null while it is free. */
	get holder(): WindowHolderDto | null {
		return this.snapshot.windows.find((w) => w.id === this.#windowId)?.holder ?? null;
	}

	/** Another clerk holds the window: this console shows it but does not act. */
	get readOnly(): boolean {
		const holder = this.holder;
		return holder !== null && holder.staffId !== this.#me;
	}

	get takenOverBy(): WindowHolderDto | null {
		return this.readOnly ? this.#takenOverBy : null;
	}

	get printers(): PrinterStatusDto[] {
		return this.#printers;
	}

	/** Server time minus browser time. */
	get offset(): number {
		return this.snapshot.at - this.receivedAt;
	}

	protected join(socket: OkienkoSocket, answer: (r: ApiResult<StaffSnapshotDto>) => void): void {
		socket.emit('window:join', { windowId: this.#windowId }, (result) => {
			answer(result);
			// Opening a free window (or one's own, from a new session) takes it; another clerk's
			// is taken over only after the clerk confirms (takeOver()).
			const holder = 'data' in result ? this.holder : undefined;
			if (holder === null || holder?.staffId === this.#me) {
				socket.emit('window:hold', { windowId: this.#windowId }, (held) => {
					if ('data' in held) this.#acceptHold(held.data);
				});
			}
		});
		socket.emit('printer:join', { locationId: this.snapshot.location.id }, (result) => {
			if ('data' in result) this.#printers = result.data;
		});
	}

	protected override listen(on: Listen): void {
		on('window:snapshot', (snapshot) => {
			// One snapshot serves every console of windows with the same matters (console-groups.ts forWindow).
			if (snapshot.windows.some((w) => w.id === this.#windowId)) this.accept(snapshot);
		});
		on('window:held', (hold) => {
			if (hold.windowId === this.#windowId) this.#acceptHold(hold);
		});
		on('printer:status', (status) => {
			if (status.locationId === this.snapshot.location.id) this.#acceptPrinter(status);
		});
		on('inquiry:overdue', (alert) => {
			if (!this.#overdueInquiries.some((a) => a.id === alert.id)) {
				this.#overdueInquiries = [...this.#overdueInquiries, alert];
			}
		});
	}

	get overdueInquiries(): InquiryAlertDto[] {
		return this.#overdueInquiries;
	}

	#acceptHold(hold: WindowHoldDto): void {
		if (hold.takenFrom?.staffId === this.#me && hold.holder?.staffId !== this.#me) {
			this.#takenOverBy = hold.holder;
		}
		const snapshot = this.snapshot;
		this.amend({
			...snapshot,
			windows: snapshot.windows.map((w) =>
				w.id === hold.windowId ? { ...w, holder: hold.holder } : w
			)
		});
	}

	/** Take the window from the clerk who holds it; the clerk has confirmed it. */
	async takeOver(): Promise<HoldOutcome> {
		const result = await this.ask<WindowHoldDto>((socket) =>
			socket
				.timeout(ACTION_TIMEOUT_MS)
				.emitWithAck('window:hold', { windowId: this.#windowId, takeOver: true })
		);
		if ('data' in result) this.#acceptHold(result.data);
		return result;
	}

	#acceptPrinter(status: PrinterStatusDto): void {
		const others = this.#printers.filter((p) => p.kiosk !== status.kiosk);
		this.#printers = [...others, status].sort((a, b) => a.kiosk.localeCompare(b.kiosk));
	}

	async act(request: WindowActionRequest): Promise<ActionOutcome> {
		const result = await this.ask<WindowActionResultDto>((socket) =>
			socket.timeout(this.#actionTimeoutMs).emitWithAck('window:action', request)
		);
		if ('failure' in result && result.failure === 'timeout') this.#unansweredAt = Date.now();
		if ('data' in result) {
			const updated = result.data.window;
			const ticket = result.data.ticket;
			const snapshot = this.snapshot;
			// The ticket just called (or otherwise taken) leaves the queue list and its counts at
			// once; the next snapshot, a quarter of a second later at most, brings everything else.
			const left =
				ticket && ticket.state !== 'waiting'
					? snapshot.waiting.find((t) => t.id === ticket.id)
					: undefined;
			this.amend({
				...snapshot,
				windows: snapshot.windows.map((w) => (w.id === updated.id ? updated : w)),
				...(left && {
					waiting: snapshot.waiting.filter((t) => t !== left),
					waitingCount: snapshot.waitingCount - 1,
					waitingPriorityCount: snapshot.waitingPriorityCount - (left.priority !== null ? 1 : 0)
				})
			});
		}
		return result;
	}

	/** Print a ticket again on the printer of the kiosk that issued it. */
	reprint(ticketId: number): Promise<ReprintOutcome> {
		return this.ask<ReprintResultDto>((socket) =>
			socket
				.timeout(REPRINT_TIMEOUT_MS)
				.emitWithAck('window:reprint', { windowId: this.#windowId, ticketId })
		);
	}
}
