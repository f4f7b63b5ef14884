/**
 * The idle alert (issue 15, SR-03): a few times a minute, and right after each command, every
 * window is judged by the domain's rule (queue/idle.ts): open, no client, and a ticket it could
 * call past its matter's target. An episode starts once (the console's banner appears) and ends
 * when the rule no longer holds (a call, a pause); episodes are kept for the manager's
 * statistics: idle-with-waiting time per window.
 */
import type { IdleAlertDto, IdleWindowTimeDto } from '$lib/shared/help';
import type { Lang } from '$lib/shared/dto';
import type { Db } from '../db/open';
import type { IdleEpisodeRepository } from '../db/repositories/idle-episodes';
import type { TicketRepository } from '../db/repositories/tickets';
import type { OfficeRepository } from '../office/repository';
import { idleAlert, type IdleAlert } from '../queue';

export const IDLE_WATCH_EVERY_MS = 15_000;

export class IdleWatch {
	/** The alert each window shows now (a console that opens gets it with its alerts). */
	private readonly alerts = new Map<number, IdleAlert>();

	constructor(
		private readonly db: Db,
		private readonly office: OfficeRepository,
		private readonly tickets: Pick<TicketRepository, 'oldestWaiting' | 'current'>,
		private readonly episodes: IdleEpisodeRepository,
		private readonly announce: (alert: IdleAlertDto) => void,
		private readonly clock: () => number
	) {}

	/** Judge every window of every location now. */
	checkAll(): void {
		for (const location of this.office.locations()) this.check(location.id);
	}

	/** Judge a location's windows now; start and end episodes, and tell their consoles. */
	check(locationId: number): void {
		const now = this.clock();
		const oldest = this.tickets.oldestWaiting(locationId);
		const busy = new Set(this.tickets.current(locationId).map((t) => t.windowId));
		const targets = new Map(this.office.waitTargets(locationId).map((t) => [t.serviceId, t]));
		const target = (serviceId: number) => targets.get(serviceId)?.minutes ?? 15;
		const changed: IdleAlertDto[] = [];
		this.db
			.transaction(() => {
				const open = this.episodes.open(locationId);
				for (const w of this.office.windows(locationId)) {
					const alert = idleAlert(
						{ id: w.id, status: w.status, busy: busy.has(w.id), serviceIds: w.serviceIds },
						oldest,
						target,
						now
					);
					const episode = open.get(w.id);
					if (alert && !episode) {
						this.episodes.start(w.id, locationId, now);
						this.alerts.set(w.id, alert);
						changed.push(this.dto(alert, 'pl'));
					} else if (!alert && episode) {
						this.episodes.end(episode.id, now);
						this.alerts.delete(w.id);
						changed.push({ windowId: w.id, serviceId: null, serviceName: null, overSince: null });
					} else if (alert) {
						this.alerts.set(w.id, alert);
					}
				}
			})
			.immediate();
		for (const alert of changed) this.announce(alert);
	}

	/** The alert a window shows now, or null. */
	alertOf(windowId: number, lang: Lang): IdleAlertDto | null {
		const alert = this.alerts.get(windowId);
		return alert ? this.dto(alert, lang) : null;
	}

	/** Idle-with-waiting time per window of a location in [from, to) (open episodes until now). */
	timePerWindow(locationId: number, from: number, to: number): IdleWindowTimeDto[] {
		const now = this.clock();
		const byWindow = new Map<number, { ms: number; episodes: number }>();
		for (const e of this.episodes.overlapping(locationId, from, to)) {
			const ms = Math.min(e.endedAt ?? now, to) - Math.max(e.startedAt, from);
			if (ms <= 0) continue;
			const sum = byWindow.get(e.windowId) ?? { ms: 0, episodes: 0 };
			byWindow.set(e.windowId, { ms: sum.ms + ms, episodes: sum.episodes + 1 });
		}
		return this.office
			.windows(locationId)
			.filter((w) => byWindow.has(w.id))
			.map((w) => ({ windowId: w.id, label: w.label, room: w.room, ...byWindow.get(w.id)! }));
	}

	private dto(alert: IdleAlert, lang: Lang): IdleAlertDto {
		return {
			windowId: alert.windowId,
			serviceId: alert.serviceId,
			serviceName: this.office.service(alert.serviceId)?.name[lang] ?? null,
			overSince: alert.overSince
		};
	}
}

/** Runs the watch every `everyMs`; returns the stop. */
export function scheduleIdleWatch(watch: IdleWatch, everyMs = IDLE_WATCH_EVERY_MS): () => void {
	const timer = setInterval(() => {
		try {
			watch.checkAll();
		} catch (err) {
			// A timer has no caller to answer; the next look judges every window again.
			console.error('[okienko] idle watch failed', err);
		}
	}, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
