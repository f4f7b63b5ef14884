/**
 * A console's alerts of the back room (issue 15): kiosks' calls for help, when its window is one
 * of the help desk's (SR-32), and its own idle alert (SR-03). A room of its own on the page's one
 * connection, joined again on every reconnect, so the console's window room
 * (console-live.svelte.ts) stays as it is.
 */
import type { ApiResult } from '$lib/shared/dto';
import type { ConsoleAlertsDto, HelpAlertDto } from '$lib/shared/help';
import { LiveRoom, type Asked, type Listen } from './live-room.svelte';
import type { OkienkoSocket } from './socket';

const EMPTY: ConsoleAlertsDto = { helpDesk: false, help: [], idle: null };

export class ConsoleAlerts extends LiveRoom<ConsoleAlertsDto> {
	readonly #windowId: number;
	/** Called when a kiosk newly asks for help (the sound). */
	readonly #onHelp: (alert: HelpAlertDto) => void;

	constructor(
		windowId: number,
		onHelp: (alert: HelpAlertDto) => void = () => {},
		open?: () => OkienkoSocket
	) {
		super(EMPTY, open);
		this.#windowId = windowId;
		this.#onHelp = onHelp;
	}

	protected join(socket: OkienkoSocket, answer: (r: ApiResult<ConsoleAlertsDto>) => void): void {
		socket.emit('alerts:join', { windowId: this.#windowId }, answer);
	}

	protected override listen(on: Listen): void {
		on('help:alert', (alert) => {
			const isNew = !this.snapshot.help.some((a) => a.id === alert.id);
			this.#help(alert);
			if (isNew && alert.acknowledgedAt === null) this.#onHelp(alert);
		});
		on('window:idle', (idle) => {
			if (idle.windowId !== this.#windowId) return;
			this.amend({ ...this.snapshot, idle: idle.overSince === null ? null : idle });
		});
	}

	/** A new call for help joins the list; an answered one leaves it. */
	#help(alert: HelpAlertDto): void {
		const others = this.snapshot.help.filter((a) => a.id !== alert.id);
		const help = alert.acknowledgedAt === null ? [...others, alert] : others;
		this.amend({ ...this.snapshot, help });
	}

	/** "Idę": this clerk goes to the kiosk. */
	async acknowledge(requestId: number): Promise<Asked<HelpAlertDto>> {
		const result = await this.ask<HelpAlertDto>((socket) =>
			socket.timeout(8000).emitWithAck('help:acknowledge', { windowId: this.#windowId, requestId })
		);
		if ('data' in result) this.#help(result.data);
		return result;
	}
}
