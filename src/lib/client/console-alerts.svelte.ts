/**
 * A console's alerts of the back room (issue 15): kiosks' calls for help, when its window is one
 * of the help desk's (SR-32), and its own idle alert (SR-03). A room of its own, joined again on
 * every reconnect, so the console's window room (console-live.svelte.ts) stays as it is.
 */
import type { ApiResult } from '$lib/shared/dto';
import type { ConsoleAlertsDto, HelpAlertDto } from '$lib/shared/help';
import { LiveRoom, type Asked } from './live-room.svelte';
import type { OkienkoSocket } from './socket';

const EMPTY: ConsoleAlertsDto = { helpDesk: false, help: [], idle: null };

export class ConsoleAlerts extends LiveRoom<ConsoleAlertsDto> {
	readonly #windowId: number;

	constructor(windowId: number, open?: () => OkienkoSocket) {
		super(EMPTY, open);
		this.#windowId = windowId;
	}

	protected join(socket: OkienkoSocket, answer: (r: ApiResult<ConsoleAlertsDto>) => void): void {
		socket.emit('alerts:join', { windowId: this.#windowId }, answer);
	}

	protected override listen(socket: OkienkoSocket): void {
		socket.on('help:alert', (alert) => this.#help(alert));
		socket.on('window:idle', (idle) => {
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
