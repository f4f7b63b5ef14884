/**
 * The audit log (issue: accounts and roles): who did what and when, for every admin change,
 * login, failed login and transfer. Append-only in the database (triggers refuse UPDATE and
 * DELETE); admins read it, filtered, at /admin/audit.
 */
import type { Db } from '../db/open';
import type { Principal } from '../auth/guard';

export type AuditActorKind = 'staff' | 'device' | 'anonymous' | 'system';

export interface AuditEntry {
	id: number;
	at: number;
	actorKind: AuditActorKind;
	actorId: number | null;
	actorLabel: string;
	/** Dotted, stable names: 'login', 'login.failed', 'logout', 'staff.create', 'window.update', … */
	action: string;
	/** What was acted on, e.g. 'window:3', 'staff:7', 'ticket:A012'. */
	subject: string;
	detail: Record<string, unknown>;
	ip: string;
}

export interface AuditFilter {
	from?: number;
	to?: number;
	/** Exact action, or a prefix ending in '.' ('staff.' = every staff change). */
	action?: string;
	actorId?: number;
	actorKind?: AuditActorKind;
	limit?: number;
	beforeId?: number;
}

export interface AuditRecord {
	actor: Principal | null;
	action: string;
	subject?: string;
	detail?: Record<string, unknown>;
	ip?: string;
	/** Overrides the actor's label (e.g. a failed login names the login tried, not a person). */
	actorLabel?: string;
}

interface Row {
	id: number;
	at: number;
	actor_kind: AuditActorKind;
	actor_id: number | null;
	actor_label: string;
	action: string;
	subject: string;
	detail_json: string;
	ip: string;
}

export class AuditLog {
	private readonly insert;

	constructor(
		private readonly db: Db,
		private readonly clock: () => number
	) {
		this.insert = db.prepare(
			`INSERT INTO audit_log (at, actor_kind, actor_id, actor_label, action, subject, detail_json, ip)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
	}

	/** Write one entry; inside the caller's transaction when there is one, so both land or neither. */
	record(entry: AuditRecord): void {
		const [kind, id] = actorOf(entry.actor);
		this.insert.run(
			this.clock(),
			kind,
			id,
			entry.actorLabel ?? entry.actor?.label ?? 'system',
			entry.action,
			entry.subject ?? '',
			JSON.stringify(entry.detail ?? {}),
			entry.ip ?? ''
		);
	}

	list(filter: AuditFilter = {}): AuditEntry[] {
		const where: string[] = [];
		const args: (string | number)[] = [];
		if (filter.from !== undefined) (where.push('at >= ?'), args.push(filter.from));
		if (filter.to !== undefined) (where.push('at < ?'), args.push(filter.to));
		if (filter.action) {
			if (filter.action.endsWith('.')) {
				where.push('substr(action, 1, ?) = ?');
				args.push(filter.action.length, filter.action);
			} else (where.push('action = ?'), args.push(filter.action));
		}
		if (filter.actorKind) (where.push('actor_kind = ?'), args.push(filter.actorKind));
		if (filter.actorId !== undefined) (where.push('actor_id = ?'), args.push(filter.actorId));
		if (filter.beforeId !== undefined) (where.push('id < ?'), args.push(filter.beforeId));
		const limit = Math.min(Math.max(filter.limit ?? 200, 1), 1000);
		const sql = `SELECT * FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
			ORDER BY id DESC LIMIT ${limit}`;
		return (this.db.prepare(sql).all(...args) as Row[]).map((r) => ({
			id: r.id,
			at: r.at,
			actorKind: r.actor_kind,
			actorId: r.actor_id,
			actorLabel: r.actor_label,
			action: r.action,
			subject: r.subject,
			detail: JSON.parse(r.detail_json) as Record<string, unknown>,
			ip: r.ip
		}));
	}
}

function actorOf(actor: Principal | null): [AuditActorKind, number | null] {
	if (!actor) return ['system', null];
	if (actor.staff) return ['staff', actor.staff.id];
	if (actor.device) return ['device', actor.device.id];
	return ['anonymous', null];
}
