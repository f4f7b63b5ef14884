/**
 * The kiosk's wizard: department → matter → normal or priority ticket → the issued ticket, or
 * "Mam rezerwację" → the booking's code → its ticket (check-in-entry.svelte.ts), and back to the
 * start (in Polish) when the visitor walks away. The page renders what this says;
 * the location's live board (waiting counts, service mode) comes along, and every change it
 * brings reloads the menu, so counts and refusals stay true.
 */
import type {
	ApiResult,
	BoardSnapshotDto,
	IssuedTicketDto,
	KioskDepartmentDto,
	KioskMenuDto,
	KioskServiceDto,
	Lang
} from '$lib/shared/dto';
import { DEFAULT_LANG } from '$lib/i18n/lang';
import type { IssueTicketRequest } from '$lib/shared/schemas';
import type { PriorityGroup } from '$lib/shared/vocabulary';
import type { CheckInRequest } from '$lib/shared/check-in';
import { api, type Translate } from './api';
import type { CheckInEntry } from './check-in-entry.svelte';
import { BoardLive } from './board-live.svelte';
import type { OkienkoSocket } from './socket';

/** Back to the first screen after this long without a touch (the ticket screen: sooner). */
export const IDLE_MS = 30_000;
export const IDLE_TICKET_MS = 20_000;
/** The menu is reloaded at most this often when the queue changes, and at least every minute. */
export const REFRESH_THROTTLE_MS = 1500;
export const REFRESH_EVERY_MS = 60_000;

/** `unavailable`: a matter no window serves now, with the other ways to settle it. */
export type KioskStep = 'department' | 'service' | 'kind' | 'ticket' | 'unavailable' | 'check_in';

export interface KioskFlowOptions {
	/** The menu as the page has it now (SvelteKit reloads it on `refreshMenu`). */
	menu: () => KioskMenuDto;
	board: BoardSnapshotDto;
	/** Which kiosk's printer prints the ticket. */
	kiosk: string;
	i18n: { readonly lang: Lang; setLang(lang: Lang): void; t: Translate };
	refreshMenu: () => void;
	/** The visitor's own settings (larger text…), the next visitor's to start without. */
	settings?: { readonly changed: boolean; reset(): void };
	/** How a ticket is asked for: POST /api/tickets unless a test answers itself. */
	send?: (request: IssueTicketRequest) => Promise<ApiResult<IssuedTicketDto>>;
	/** How a booking is checked in: POST /api/bookings/check-in unless a test answers itself. */
	sendCheckIn?: (request: CheckInRequest) => Promise<ApiResult<IssuedTicketDto>>;
	/** The live board's connection: the page's own server unless a test names another. */
	open?: () => OkienkoSocket;
}

export class KioskFlow {
	readonly live: BoardLive;
	/** The booking code's keypad ("Mam rezerwację"): made when first opened (openCheckIn). */
	#checkIn = $state.raw<CheckInEntry | null>(null);
	#steps = $state<KioskStep[]>(['department']);
	#departmentId = $state<number | null>(null);
	#serviceId = $state<number | null>(null);
	#issuing = $state(false);
	#issueError = $state<string | null>(null);
	#issued = $state<IssuedTicketDto | null>(null);
	#leavesAt = $state<number | null>(null);
	#idleTimer: ReturnType<typeof setTimeout> | null = null;
	#refreshTimer: ReturnType<typeof setTimeout> | null = null;
	#periodic: ReturnType<typeof setInterval> | null = null;
	readonly #options: KioskFlowOptions;
	readonly #send: NonNullable<KioskFlowOptions['send']>;

	#menu = $derived.by(() => this.#options.menu());
	#step = $derived(this.#steps[this.#steps.length - 1] ?? 'department');
	#services = $derived(this.#menu.departments.flatMap((d) => d.services));
	#featured = $derived(this.#services.filter((s) => s.featured));
	/** Departments with matters of their own; one holding only featured matters is on top already. */
	#departments = $derived(
		this.#menu.departments.filter((d) => d.services.some((s) => !s.featured))
	);
	#department = $derived(this.#menu.departments.find((d) => d.id === this.#departmentId) ?? null);
	#service = $derived(this.#services.find((s) => s.id === this.#serviceId) ?? null);

	constructor(options: KioskFlowOptions) {
		this.#options = options;
		this.#send =
			options.send ??
			((request) => api.post('/api/tickets', request, options.i18n.t, 'kiosk.issue_failed'));
		const onSnapshot = () => this.#refreshSoon();
		this.live = new BoardLive(options.board, { onSnapshot }, options.open);
	}

	get checkIn(): CheckInEntry | null {
		return this.#checkIn;
	}
	get menu(): KioskMenuDto {
		return this.#menu;
	}
	get step(): KioskStep {
		return this.#step;
	}
	get featured(): KioskServiceDto[] {
		return this.#featured;
	}
	get departments(): KioskDepartmentDto[] {
		return this.#departments;
	}
	get department(): KioskDepartmentDto | null {
		return this.#department;
	}
	get service(): KioskServiceDto | null {
		return this.#service;
	}
	get issuing(): boolean {
		return this.#issuing;
	}
	get issueError(): string | null {
		return this.#issueError;
	}
	get issued(): IssuedTicketDto | null {
		return this.#issued;
	}
	/**
	 * When the ticket screen goes back to the start unless touched (epoch ms), so the screen can
	 * count down to it: a visitor without paper must not lose the number unwarned. Null elsewhere.
	 */
	get leavesAt(): number | null {
		return this.#leavesAt;
	}

	/** People waiting in a department: live from the board, else as the menu last said. */
	waitingIn = (d: KioskDepartmentDto): number => {
		const live = this.live.snapshot.waiting.find((w) => w.departmentId === d.id);
		return live?.count ?? d.services.reduce((sum, s) => sum + s.waiting, 0);
	};

	/** Start following the location, reloading the menu, and watching for a visitor gone. */
	connect(): void {
		this.live.connect();
		this.#periodic ??= setInterval(() => this.#options.refreshMenu(), REFRESH_EVERY_MS);
		this.#armIdle();
	}

	close(): void {
		for (const timer of [this.#idleTimer, this.#refreshTimer]) if (timer) clearTimeout(timer);
		if (this.#periodic) clearInterval(this.#periodic);
		this.#idleTimer = this.#refreshTimer = this.#periodic = null;
		this.#leavesAt = null;
		this.live.close();
	}

	/** The visitor touched the screen or a key: they are still here. */
	touched(): void {
		this.#armIdle();
	}

	/** "Show again": the ticket stays on screen for the whole time once more. */
	keepTicket = (): void => {
		this.#armIdle();
	};

	chooseDepartment = (d: KioskDepartmentDto): void => {
		this.#departmentId = d.id;
		const only = d.services.length === 1 ? d.services[0] : undefined;
		if (only) this.chooseService(only, d);
		else this.#go('service');
	};

	chooseService = (s: KioskServiceDto, d: KioskDepartmentDto | null): void => {
		if (!s.available && s.refusal !== 'no_window') return;
		this.#departmentId = d?.id ?? null;
		this.#serviceId = s.id;
		if (!s.available) return this.#go('unavailable');
		if (s.priorityAllowed) this.#go('kind');
		else void this.issue(null);
	};

	/**
	 * "Mam rezerwację": the keypad for the booking's code, empty. Its code comes with the first
	 * opening, not with the kiosk's first screen, which most visitors leave through a department
	 * (docs/benchmarks.md, section 6). A touch elsewhere while it comes wins.
	 */
	openCheckIn = async (): Promise<void> => {
		const steps = this.#steps;
		const entry = this.#checkIn ?? (await this.#createCheckIn());
		if (this.#steps !== steps) return;
		entry.clear();
		this.#go('check_in');
	};

	/** Too late for the appointment: a walk-in ticket for the booking's matter, one tap. */
	issueWalkIn = (serviceId: number): void => {
		this.#departmentId = null;
		this.#serviceId = serviceId;
		void this.issue(null);
	};

	back = (): void => {
		this.#issueError = null;
		if (this.#step === 'ticket') return this.startOver();
		this.#setSteps(this.#steps.length > 1 ? this.#steps.slice(0, -1) : ['department']);
	};

	startOver = (): void => {
		this.#setSteps(['department']);
		this.#departmentId = null;
		this.#serviceId = null;
		this.#issued = null;
		this.#issueError = null;
		this.#checkIn?.clear();
	};

	issue = async (priority: PriorityGroup | null): Promise<void> => {
		const service = this.#service;
		if (this.#issuing || !service) return;
		this.#issuing = true;
		this.#issueError = null;
		const result = await this.#send({
			locationId: this.#menu.location.id,
			serviceId: service.id,
			priority,
			kiosk: this.#options.kiosk
		});
		this.#issuing = false;
		if ('error' in result) {
			this.#issueError = result.error.message;
			return;
		}
		this.#issued = result.data;
		this.#go('ticket');
	};

	async #createCheckIn(): Promise<CheckInEntry> {
		const { CheckInEntry } = await import('./check-in-entry.svelte');
		const options = this.#options;
		this.#checkIn ??= new CheckInEntry({
			t: options.i18n.t,
			send:
				options.sendCheckIn ??
				((request) =>
					api.post('/api/bookings/check-in', request, options.i18n.t, 'kiosk.checkin.failed')),
			request: () => ({ locationId: this.#menu.location.id, kiosk: options.kiosk }),
			onissued: (issued) => {
				this.#issued = issued;
				this.#go('ticket');
			}
		});
		return this.#checkIn;
	}

	#go(next: KioskStep): void {
		this.#issueError = null;
		this.#setSteps([...this.#steps, next]);
	}

	#setSteps(steps: KioskStep[]): void {
		this.#steps = steps;
		this.#armIdle();
	}

	/**
	 * Back to the start, in Polish and with the visitor's settings off, once nobody has touched the
	 * kiosk for a while. Every touch and step starts the wait again; a kiosk already at its start
	 * in Polish with nothing changed has nothing to undo.
	 */
	#armIdle(): void {
		if (this.#idleTimer) clearTimeout(this.#idleTimer);
		const onTicket = this.#step === 'ticket';
		const ms = onTicket ? IDLE_TICKET_MS : IDLE_MS;
		this.#leavesAt = onTicket ? Date.now() + ms : null;
		this.#idleTimer = setTimeout(() => {
			this.#idleTimer = null;
			this.#leavesAt = null;
			const settings = this.#options.settings;
			const atStart = this.#step === 'department' && this.#options.i18n.lang === DEFAULT_LANG;
			if (atStart && !settings?.changed) return;
			this.startOver();
			this.#options.i18n.setLang(DEFAULT_LANG);
			settings?.reset();
		}, ms);
	}

	#refreshSoon(): void {
		if (this.#refreshTimer) return;
		this.#refreshTimer = setTimeout(() => {
			this.#refreshTimer = null;
			this.#options.refreshMenu();
		}, REFRESH_THROTTLE_MS);
	}
}
