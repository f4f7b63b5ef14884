/**
 * How administration's commands (admin.ts, admin-windows.ts) write: each command is one change
 * of the set-up (OfficeRepository.change: one transaction, announced once committed), and each
 * row it writes gets its audit entry in that transaction.
 */
import type { AuditLog } from '../audit/audit-log';
import type { Principal } from '../auth/guard';
import type { TicketRepository } from '../db/repositories/tickets';
import type { QueueService } from '../desk/queue-service';
import { diff, Refusal, type AdminStatus } from './admin-rules';
import type { OfficeRepository } from './repository';
import type { AdminFieldErrors } from './schemas';
import type { Row, SetupStore, SetupTable } from './setup-store';

export interface AdminActor {
	principal: Principal;
	ip: string;
}

export type AdminResult =
	| { ok: true; id: number; changed: boolean }
	| { ok: false; status: AdminStatus; errors: AdminFieldErrors };

export type Done = { id: number; changed: boolean };

/** What administration works with: the app's parts (App has them all). */
export interface OfficeAdminParts {
	office: OfficeRepository;
	tickets: Pick<TicketRepository, 'waitingCounts' | 'openOfService' | 'everUsed'>;
	queue: Pick<QueueService, 'setWindowStatus'>;
	audit: AuditLog;
}

/** The audit log's name for a row of each table ("window.update", "window:12"). */
const ENTITY: Record<SetupTable, string> = {
	locations: 'location',
	departments: 'department',
	services: 'service',
	windows: 'window',
	calendar_days: 'calendar_day'
};

export class AdminWrites {
	constructor(private readonly parts: OfficeAdminParts) {}

	/** Run one command's change; a Refusal thrown inside rolls it back and is the answer. */
	change(locationId: number, run: (setup: SetupStore) => Done): AdminResult {
		try {
			return { ok: true, ...this.parts.office.change(locationId, run) };
		} catch (err) {
			if (err instanceof Refusal) return { ok: false, status: err.status, errors: err.errors };
			throw err;
		}
	}

	/**
	 * Insert (id null) or update a row with the changed columns only, and audit the change as
	 * `{entity}.create` / `{entity}.update` with each changed column's before and after. Columns
	 * in `notWritten` are audited here but written by someone else (a window's status).
	 */
	row(
		actor: AdminActor,
		setup: SetupStore,
		table: SetupTable,
		id: number | null,
		before: Row | null,
		after: Row,
		options: { insertOnly?: Row; extra?: Row; notWritten?: string[] } = {}
	): Done {
		const entity = ENTITY[table];
		const changed = { ...diff(before, after), ...options.extra };
		const written = (cols: [string, unknown][]) =>
			Object.fromEntries(cols.filter(([c]) => !options.notWritten?.includes(c)));
		if (id === null) {
			const newId = setup.insert(
				table,
				written(Object.entries({ ...options.insertOnly, ...after }))
			);
			this.record(actor, `${entity}.create`, `${entity}:${newId}`, changed);
			return { id: newId, changed: true };
		}
		if (Object.keys(changed).length === 0) return { id, changed: false };
		const columns = written(Object.entries(after).filter(([c]) => c in changed));
		if (Object.keys(columns).length > 0) setup.update(table, id, columns);
		this.record(actor, `${entity}.update`, `${entity}:${id}`, changed);
		return { id, changed: true };
	}

	record(actor: AdminActor, action: string, subject: string, detail: Row): void {
		this.parts.audit.record({ actor: actor.principal, action, subject, detail, ip: actor.ip });
	}
}
