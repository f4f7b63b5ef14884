/**
 * What /api/health reports: one check per thing an administrator must hear about, each `ok`,
 * `warn` or `fail` with a stable reason code, and the answer 503 when any check fails, so that
 * a monitoring system can alert on the status code alone and read the reason from the body.
 *
 * The rules are pure (time passed in); health-sources.ts gathers what they read.
 */
import type { PrinterStatusDto } from '$lib/shared/printing';
import type { DatabaseProbe } from '../db/probe';

export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface BackupFacts {
	/** Scheduled backups: minutes between them; 0 = off (backed up some other way, or not at all). */
	everyMinutes: number;
	/** When the newest backup in the folder was written (epoch ms); null = none. */
	newestAt: number | null;
	/** When this server started (epoch ms): its first scheduled backup is due an interval later. */
	startedAt: number;
}

/** Below this the next backup or the WAL may not fit: the office is about to stop. */
export const DISK_FAIL_BYTES = 64 * 1024 * 1024;
/** Below this an administrator should make room before it fails. */
export const DISK_WARN_BYTES = 512 * 1024 * 1024;
/** With scheduled backups off, a day and a bit: a nightly backup by cron passes. */
export const UNSCHEDULED_BACKUP_LIMIT_S = 26 * 3600;

export interface Check {
	status: CheckStatus;
	reason?: string;
}

export function databaseCheck(p: DatabaseProbe): Check & { freeBytes: number | null } {
	const { freeBytes } = p;
	if (!p.writable) return { status: 'fail', reason: p.problem ?? 'not_writable', freeBytes };
	if (freeBytes !== null && freeBytes < DISK_FAIL_BYTES)
		return { status: 'fail', reason: 'disk_full', freeBytes };
	if (freeBytes !== null && freeBytes < DISK_WARN_BYTES)
		return { status: 'warn', reason: 'disk_low', freeBytes };
	return { status: 'ok', freeBytes };
}

/**
 * A backup is late when more than two intervals have passed since the newest one, and since the
 * server started (an interval after a restart the schedule has not had its turn yet).
 */
export function backupCheck(
	b: BackupFacts,
	now: number
): Check & { ageSeconds: number | null; limitSeconds: number } {
	const limitSeconds = b.everyMinutes > 0 ? 2 * b.everyMinutes * 60 : UNSCHEDULED_BACKUP_LIMIT_S;
	const ageSeconds = b.newestAt === null ? null : Math.max(0, (now - b.newestAt) / 1000);
	const quiet = (now - Math.max(b.newestAt ?? 0, b.startedAt)) / 1000;
	const common = { ageSeconds: ageSeconds === null ? null : Math.round(ageSeconds), limitSeconds };
	if (quiet <= limitSeconds) return { status: 'ok', ...common };
	if (b.everyMinutes <= 0 && b.newestAt === null) {
		return { status: 'warn', reason: 'backups_off', ...common };
	}
	return { status: 'fail', reason: b.newestAt === null ? 'no_backup' : 'backup_late', ...common };
}

/** A printer that needs a person (paper, cover, offline) warns: the office goes on without it. */
export function printersCheck(
	printers: readonly PrinterStatusDto[]
): Check & { printers: { kiosk: string; condition: string }[] } {
	const alerts = printers.filter((p) => p.alert);
	const list = printers.map((p) => ({ kiosk: p.kiosk, condition: p.condition }));
	return alerts.length === 0
		? { status: 'ok', printers: list }
		: { status: 'warn', reason: 'printer_needs_attention', printers: list };
}

export interface HealthReport {
	/** Kept from the first version of this endpoint: false exactly when the status is 503. */
	ok: boolean;
	status: CheckStatus;
	checks: {
		database: ReturnType<typeof databaseCheck>;
		backup: ReturnType<typeof backupCheck>;
		printers: ReturnType<typeof printersCheck>;
	};
}

export function healthReport(
	database: DatabaseProbe,
	backup: BackupFacts,
	printers: readonly PrinterStatusDto[],
	now: number
): HealthReport {
	const checks = {
		database: databaseCheck(database),
		backup: backupCheck(backup, now),
		printers: printersCheck(printers)
	};
	const statuses = Object.values(checks).map((c) => c.status);
	const status = statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'ok';
	return { ok: status !== 'fail', status, checks };
}
