/**
 * Watching the server (issue 17): its metrics and its health, over the parts of the app they
 * read. app.ts makes one; /metrics and /api/health ask it.
 */
import type { BackupConfig } from '../db/backup';
import { newestBackupAt } from '../db/backup';
import { probeDatabase } from '../db/probe';
import type { Db } from '../db/open';
import type { TicketRepository } from '../db/repositories/tickets';
import type { PrintDesk } from '../desk/print-desk';
import type { OfficeRepository } from '../office/repository';
import { healthReport, type HealthReport } from './health';
import { OfficeMetrics } from './metrics';

export interface WatchedParts {
	db: Db;
	office: OfficeRepository;
	tickets: TicketRepository;
	printing: PrintDesk;
	backups: Pick<BackupConfig, 'dir' | 'everyMinutes'>;
}

export class OfficeWatch {
	readonly metrics: OfficeMetrics;
	private readonly startedAt: number;

	constructor(private readonly parts: WatchedParts) {
		// Backups are files on the real clock, whatever clock the queue runs on (tests).
		this.startedAt = Date.now();
		this.metrics = new OfficeMetrics({
			locationSlug: (id) => parts.office.location(id)?.slug,
			waitingPerLocation: () => parts.tickets.waitingPerLocation(),
			printers: () => parts.printing.statuses(),
			newestBackupAt: () => newestBackupAt(parts.backups.dir),
			health: () => {
				const { checks } = this.health();
				return Object.fromEntries(Object.entries(checks).map(([k, c]) => [k, c.status]));
			}
		});
	}

	health(): HealthReport {
		const { db, printing, backups } = this.parts;
		return healthReport(
			probeDatabase(db),
			{
				everyMinutes: backups.everyMinutes,
				newestAt: newestBackupAt(backups.dir),
				startedAt: this.startedAt
			},
			printing.statuses(),
			Date.now()
		);
	}
}
