/**
 * Staff administration: an administrator creates and edits members and resets passwords; a
 * member changes their own. Writes staff and ends sessions through their stores, audited in the
 * same transaction; a change that narrows someone's rights ends their sessions and is announced.
 */
import type { Db } from '../db/open';
import type { AuditLog } from '../audit/audit-log';
import type { Principal } from './guard';
import { hashPassword, verifyPassword } from './passwords';
import type { SessionStore } from './sessions';
import type { StaffRepository, StaffFields, StaffMember } from './staff';
import type { Revocations } from './revocations';

export class StaffAdministration {
	constructor(
		private readonly db: Db,
		private readonly audit: AuditLog,
		private readonly clock: () => number,
		private readonly staff: StaffRepository,
		private readonly sessions: SessionStore,
		private readonly revocations: Revocations
	) {}

	async createStaff(actor: Principal, fields: StaffFields, password: string, ip: string) {
		const hash = await hashPassword(password);
		return this.db.transaction(() => {
			const id = this.staff.insert(fields, hash, this.clock());
			this.audit.record({
				actor,
				action: 'staff.create',
				subject: `staff:${id}`,
				detail: publicFields(fields),
				ip
			});
			return id;
		})();
	}

	/** A role change, lost departments or deactivation end the member's sessions. */
	updateStaff(actor: Principal, id: number, fields: StaffFields, ip: string): void {
		const before = this.staff.byId(id);
		if (!before) return;
		const ended = this.db.transaction(() => {
			this.staff.update(id, fields);
			const narrowed =
				!fields.active ||
				fields.role !== before.role ||
				before.departmentIds.some((d) => !fields.departmentIds.includes(d));
			const ids = narrowed ? this.sessions.invalidateAllOf(id) : [];
			this.audit.record({
				actor,
				action: 'staff.update',
				subject: `staff:${id}`,
				detail: {
					before: publicFields(before),
					after: publicFields(fields),
					sessionsEnded: ids.length
				},
				ip
			});
			return ids;
		})();
		this.revocations.announce({ sessionIds: ended });
	}

	/** Set a password (an admin's reset or the member's own change): every session ends. */
	async setPassword(actor: Principal, id: number, password: string, ip: string): Promise<void> {
		const hash = await hashPassword(password);
		const ended = this.db.transaction(() => {
			this.staff.setPassword(id, hash, this.clock());
			const ids = this.sessions.invalidateAllOf(id);
			this.audit.record({ actor, action: 'staff.password', subject: `staff:${id}`, ip });
			return ids;
		})();
		this.revocations.announce({ sessionIds: ended });
	}

	async checkPassword(id: number, password: string): Promise<boolean> {
		const member = this.staff.byId(id);
		const found = member && this.staff.credentialsOf(member.login);
		return verifyPassword(found?.hash ?? null, password);
	}
}

/** What the audit log keeps of a staff record: never a password or its hash. */
function publicFields(f: StaffFields | StaffMember) {
	return {
		login: f.login,
		firstName: f.firstName,
		lastName: f.lastName,
		position: f.position,
		role: f.role,
		departmentIds: f.departmentIds,
		substituteId: f.substituteId,
		active: f.active
	};
}
