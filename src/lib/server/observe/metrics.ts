/**
 * The office in Prometheus's text format (/metrics): what the queue does, counted as it happens,
 * and what it is, read when scraped. The hot paths only increment: a ticket issued or called
 * adds one to a counter (and a call one observation of its wait), a commit one observation of
 * its time; queue lengths, printers and the backup's age are read from their owners only when
 * Prometheus asks, every 15 s or so, never on a clerk's click.
 *
 * One registry per app (not prom-client's global one): tests run several apps in one process.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PrinterStatusDto } from '$lib/shared/printing';
import type { CommandResult } from '../desk/queue-service';
import type { Role } from '../auth/guard';
import type { CheckStatus } from './health';

/** What the scrape reads from the rest of the app. */
export interface MetricSources {
	/** A location's slug for the label; a removed location is named by its id. */
	locationSlug(locationId: number): string | undefined;
	waitingPerLocation(): { locationId: number; waiting: number }[];
	printers(): PrinterStatusDto[];
	/** When the newest backup was written (epoch ms), or null. */
	newestBackupAt(): number | null;
	/** The health checks' statuses (observe/health.ts), as /api/health reports them. */
	health(): Record<string, CheckStatus>;
}

const SEVERITY: Record<CheckStatus, number> = { ok: 0, warn: 1, fail: 2 };

/** Waits in seconds: minutes to two hours, around the office's 15-minute target. */
const WAIT_BUCKETS = [60, 180, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200];
/** A commit with fsync takes a millisecond or a few; a slow disk shows in the upper buckets. */
const WRITE_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1];

export type WriteKind = 'issue' | 'window_action';

export class OfficeMetrics {
	readonly registry = new Registry();
	private readonly issued;
	private readonly calls;
	private readonly waits;
	private readonly writes;
	private readonly sockets;
	private readonly slugs = new Map<number, string>();

	constructor(private readonly sources: MetricSources) {
		processMetrics();
		const registers = [this.registry];
		this.issued = new Counter({
			name: 'okienko_tickets_issued_total',
			help: 'Tickets issued (kiosk, staff and check-in), by location.',
			labelNames: ['location'] as const,
			registers
		});
		this.calls = new Counter({
			name: 'okienko_calls_total',
			help: 'Tickets called to a window (first calls, not recalls), by location.',
			labelNames: ['location'] as const,
			registers
		});
		this.waits = new Histogram({
			name: 'okienko_wait_seconds',
			help: 'Wait from issue to first call, by location.',
			labelNames: ['location'] as const,
			buckets: WAIT_BUCKETS,
			registers
		});
		this.writes = new Histogram({
			name: 'okienko_sqlite_write_seconds',
			help: "SQLite write transactions of the queue's commands, commit and fsync included.",
			labelNames: ['command'] as const,
			buckets: WRITE_BUCKETS,
			registers
		});
		this.sockets = new Gauge({
			name: 'okienko_sockets_connected',
			help: 'Live socket.io connections, by role (anonymous: visitors following a ticket).',
			labelNames: ['role'] as const,
			registers
		});
		new Gauge({
			name: 'okienko_queue_waiting',
			help: 'Tickets waiting now, by location.',
			labelNames: ['location'] as const,
			registers,
			collect() {
				this.reset();
				for (const { locationId, waiting } of sources.waitingPerLocation()) {
					this.set({ location: sources.locationSlug(locationId) ?? String(locationId) }, waiting);
				}
			}
		});
		new Gauge({
			name: 'okienko_printer_alert',
			help: "1 when a kiosk's printer needs a person (paper, cover, offline, error), else 0.",
			labelNames: ['kiosk', 'condition'] as const,
			registers,
			collect() {
				this.reset();
				for (const p of sources.printers()) {
					this.set({ kiosk: p.kiosk, condition: p.condition }, p.alert ? 1 : 0);
				}
			}
		});
		new Gauge({
			name: 'okienko_backup_age_seconds',
			help: 'Seconds since the newest backup in the backup folder was written (+Inf: none).',
			registers,
			collect() {
				const at = sources.newestBackupAt();
				this.set(at === null ? Infinity : Math.max(0, (Date.now() - at) / 1000));
			}
		});
		new Gauge({
			name: 'okienko_health_status',
			help: 'Each check of /api/health: 0 ok, 1 warn, 2 fail (alert on 2).',
			labelNames: ['check'] as const,
			registers,
			collect() {
				for (const [check, status] of Object.entries(sources.health())) {
					this.set({ check }, SEVERITY[status]);
				}
			}
		});
	}

	/** A committed command's events, as the desk publishes them (app.ts). */
	count(result: CommandResult): void {
		for (const event of result.events) {
			if (event.type === 'ticket_issued') {
				this.issued.inc({ location: this.slug(event.locationId) });
			} else if (event.type === 'ticket_called') {
				const location = this.slug(event.locationId);
				this.calls.inc({ location });
				const t = result.ticket;
				if (t && t.id === event.ticketId)
					this.waits.observe({ location }, (event.at - t.issuedAt) / 1000);
			}
		}
	}

	/** A write transaction of the queue took `ms`. */
	wrote(command: WriteKind, ms: number): void {
		this.writes.observe({ command }, ms / 1000);
	}

	socketOpened(role: Role): void {
		this.sockets.inc({ role });
	}

	socketClosed(role: Role): void {
		this.sockets.dec({ role });
	}

	/** The text Prometheus reads, and its content type. */
	async scrape(): Promise<{ text: string; contentType: string }> {
		const all = Registry.merge([this.registry, processMetrics()]);
		return { text: await all.metrics(), contentType: all.contentType };
	}

	private slug(locationId: number): string {
		let slug = this.slugs.get(locationId);
		if (slug === undefined) {
			slug = this.sources.locationSlug(locationId) ?? String(locationId);
			this.slugs.set(locationId, slug);
		}
		return slug;
	}
}

/**
 * Node's own metrics (event-loop lag, memory, CPU, GC), once per process: they describe the
 * process, and each set keeps an event-loop monitor running (tests start many apps in one).
 */
const PROCESS_KEY = Symbol.for('okienko.processMetrics');

function processMetrics(): Registry {
	const g = globalThis as unknown as Record<symbol, Registry | undefined>;
	let registry = g[PROCESS_KEY];
	if (!registry) {
		registry = new Registry();
		collectDefaultMetrics({ register: registry });
		g[PROCESS_KEY] = registry;
	}
	return registry;
}
