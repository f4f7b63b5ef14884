/**
 * The survey tablet's live state: it follows its window's survey room (joined again on every
 * connect) and is told when a visit there ends (survey:invite). Steps: waiting → invited →
 * answering → thanks, back to waiting after a while without a touch, so the next client never
 * sees another's form.
 */
import type { ApiResult } from '$lib/shared/dto';
import type { SurveyInvitationDto, SurveyTabletRoomDto } from '$lib/shared/survey';
import { LiveRoom, type Listen } from './live-room.svelte';
import type { OkienkoSocket } from './socket';

export const INVITE_IDLE_MS = 60_000;
export const ANSWER_IDLE_MS = 120_000;
export const THANKS_MS = 8_000;

export type TabletStep = 'waiting' | 'invited' | 'answering' | 'thanks';

/** The room's snapshot is the window it follows: unknown until the first join is answered. */
export class SurveyTablet extends LiveRoom<SurveyTabletRoomDto | null> {
	#step = $state<TabletStep>('waiting');
	#invitation = $state<SurveyInvitationDto | null>(null);
	#pending: SurveyInvitationDto | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	readonly #windowId: number;

	constructor(windowId: number) {
		super(null);
		this.#windowId = windowId;
	}

	get step(): TabletStep {
		return this.#step;
	}
	get invitation(): SurveyInvitationDto | null {
		return this.#invitation;
	}

	protected join(
		socket: OkienkoSocket,
		answer: (r: ApiResult<SurveyTabletRoomDto | null>) => void
	): void {
		socket.emit('survey:join', { windowId: this.#windowId }, answer);
	}

	protected override listen(on: Listen): void {
		on('survey:invite', (invitation) => {
			// A client still answering keeps the screen; the next one is invited afterwards.
			if (this.#step === 'answering') this.#pending = invitation;
			else this.#invite(invitation);
		});
	}

	override close(): void {
		this.#clearTimer();
		super.close();
	}

	start(): void {
		if (this.#invitation) this.#go('answering', ANSWER_IDLE_MS);
	}

	/** Any touch while answering keeps the form open a while longer. */
	touched(): void {
		if (this.#step === 'answering') this.#go('answering', ANSWER_IDLE_MS);
	}

	answered(): void {
		this.#go('thanks', THANKS_MS);
	}

	skip(): void {
		this.#reset();
	}

	#invite(invitation: SurveyInvitationDto): void {
		this.#invitation = invitation;
		this.#go('invited', INVITE_IDLE_MS);
	}

	#go(step: TabletStep, idleMs: number): void {
		this.#step = step;
		this.#clearTimer();
		this.#timer = setTimeout(() => this.#reset(), idleMs);
	}

	#reset(): void {
		this.#clearTimer();
		this.#invitation = null;
		this.#step = 'waiting';
		const next = this.#pending;
		this.#pending = null;
		if (next) this.#invite(next);
	}

	#clearTimer(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
