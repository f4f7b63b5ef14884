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
	/** Actions starting with any of these ('staff.' = every staff change, 'login' = sign-ins). */
	actionPrefixes?: string[];
	/** Part of the actor's label (their name or login, a device's name). */
	who?: string;
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
		const when = (clause: string, ...values: (string | number)[]) => {
			where.push(clause);
			args.push(...values);
		};
		if (filter.from !== undefined) when('at >= ?', filter.from);
		if (filter.to !== undefined) when('at < ?', filter.to);
		if (filter.actionPrefixes?.length) {
			where.push(`(${filter.actionPrefixes.map(() => 'substr(action, 1, ?) = ?').join(' OR ')})`);
			for (const p of filter.actionPrefixes) args.push(p.length, p);
		}
		if (filter.who) {
			// A LIKE pattern from what was typed: its own % and _ are matched literally.
			where.push("actor_label LIKE ? ESCAPE '!'");
			args.push(`%${filter.who.replace(/[!%_]/g, (c) => '!' + c)}%`);
		}
		if (filter.actorKind) when('actor_kind = ?', filter.actorKind);
		if (filter.actorId !== undefined) when('actor_id = ?', filter.actorId);
		if (filter.beforeId !== undefined) when('id < ?', filter.beforeId);
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

/** The audit screen's kinds of event, each a set of action prefixes. */
export const AUDIT_GROUPS = {
	login: ['login', 'logout', 'setup'],
	staff: ['staff.'],
	device: ['device.'],
	office: ['location.', 'floor.', 'department.', 'service.', 'window.'],
	ticket: ['ticket.'],
	day: ['day.']
} as const;
export type AuditGroup = keyof typeof AUDIT_GROUPS;
