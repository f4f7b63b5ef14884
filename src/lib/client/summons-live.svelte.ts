/**
 * A staff screen's summons (issue 15, SR-02/SR-07), live: those this person sent and those
 * waiting for their answer, taken again on every (re)join (`summons:join`), each change as it
 * happens (`summons:update`, sent to everyone a summons concerns), and the answers sent over the
 * socket with an acknowledgement. The console and the directory page both use it.
 */
import type { DirectoryEntryDto, PresenceChangeDto } from '$lib/shared/directory';
import type { ApiResult } from '$lib/shared/dto';
import {
	awaitsAnswerFrom,
	type SendSummonsRequest,
	type SummonsBoardDto,
	type SummonsDto
} from '$lib/shared/summons';
import { LiveRoom, type Asked, type Listen } from './live-room.svelte';
import type { OkienkoSocket } from './socket';

const ANSWER_TIMEOUT_MS = 8000;

export type SummonsOutcome = Asked<SummonsDto>;

export class SummonsLive extends LiveRoom<SummonsBoardDto> {
	readonly #me: number;
	/** Called when a summons newly waits for this person's answer (the sound). */
	readonly #onSummoned: (s: SummonsDto) => void;
	/** Presence changes heard since the page's directory was read (`directory:presence`). */
	#presence = $state<Record<number, PresenceChangeDto>>({});

	constructor(
		me: number,
		onSummoned: (s: SummonsDto) => void = () => {},
		open?: () => OkienkoSocket
	) {
		super({ sent: [], received: [] }, open);
		this.#me = me;
		this.#onSummoned = onSummoned;
	}

	protected join(socket: OkienkoSocket, answer: (r: ApiResult<SummonsBoardDto>) => void): void {
		socket.emit('summons:join', {}, (result) => {
			const before = this.snapshot.received.map((s) => s.id);
			answer(result);
			if ('data' in result) {
				for (const s of result.data.received) if (!before.includes(s.id)) this.#heard(s, null);
			}
		});
	}

	protected override listen(on: Listen): void {
		on('summons:update', (s) => this.#take(s));
		on('directory:presence', (c) => (this.#presence = { ...this.#presence, [c.staffId]: c }));
	}

	/** A directory entry with its presence as last heard. */
	withPresence(entry: DirectoryEntryDto): DirectoryEntryDto {
		const c = this.#presence[entry.id];
		return c ? { ...entry, presence: c.presence, absentUntil: c.absentUntil } : entry;
	}

	#take(s: SummonsDto): void {
		const board = this.snapshot;
		const put = (list: SummonsDto[]) =>
			list.some((x) => x.id === s.id) ? list.map((x) => (x.id === s.id ? s : x)) : [...list, s];
		if (s.summoner.staffId === this.#me) {
			this.amend({ ...board, sent: put(board.sent) });
		} else {
			const old = board.received.find((x) => x.id === s.id) ?? null;
			this.amend({ ...board, received: put(board.received) });
			this.#heard(s, old);
		}
	}

	#heard(s: SummonsDto, old: SummonsDto | null): void {
		const fresh = old === null || old.state !== 'sent';
		if (fresh && awaitsAnswerFrom(s, this.#me)) this.#onSummoned(s);
	}

	/** Drops a finished summons from the screen (it stays in the statistics). */
	dismiss(id: number): void {
		const board = this.snapshot;
		this.amend({
			sent: board.sent.filter((s) => s.id !== id),
			received: board.received.filter((s) => s.id !== id)
		});
	}

	async #ask(
		send: (socket: OkienkoSocket) => Promise<ApiResult<SummonsDto>>
	): Promise<SummonsOutcome> {
		const result = await this.ask<SummonsDto>(send);
		if ('data' in result) this.#take(result.data);
		return result;
	}

	send(request: SendSummonsRequest): Promise<SummonsOutcome> {
		return this.#ask((s) => s.timeout(ANSWER_TIMEOUT_MS).emitWithAck('summons:send', request));
	}

	/** "Idę": this person is coming. */
	coming(summonsId: number): Promise<SummonsOutcome> {
		return this.#ask((s) =>
			s.timeout(ANSWER_TIMEOUT_MS).emitWithAck('summons:accept', { summonsId })
		);
	}

	decline(summonsId: number, reason: string): Promise<SummonsOutcome> {
		return this.#ask((s) =>
			s.timeout(ANSWER_TIMEOUT_MS).emitWithAck('summons:decline', { summonsId, reason })
		);
	}

	arrived(summonsId: number): Promise<SummonsOutcome> {
		return this.#ask((s) =>
			s.timeout(ANSWER_TIMEOUT_MS).emitWithAck('summons:arrived', { summonsId })
		);
	}

	cancel(summonsId: number): Promise<SummonsOutcome> {
		return this.#ask((s) =>
			s.timeout(ANSWER_TIMEOUT_MS).emitWithAck('summons:cancel', { summonsId })
		);
	}
}
