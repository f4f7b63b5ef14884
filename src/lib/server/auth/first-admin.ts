/**
 * The first administrator: a new install has no account, so at start-up a one-time setup code is
 * printed to the log and the setup page trades it for the first admin. Closed for good once an
 * active administrator exists. Writes staff through its repository, audited in the same transaction.
 */
import type { Db } from '../db/open';
import type { AuditLog } from '../audit/audit-log';
import { ANONYMOUS } from './guard';
import { hashPassword } from './passwords';
import type { StaffRepository, StaffFields } from './staff';
import { newPairingCode } from './tokens';

export class FirstAdmin {
	/** While no administrator exists: the one-time code the setup page asks for (printed to the log). */
	private setupCode: string | null = null;

	constructor(
		private readonly db: Db,
		private readonly audit: AuditLog,
		private readonly clock: () => number,
		private readonly staff: StaffRepository
	) {}

	/** At start-up: if no administrator exists, make a one-time setup code (to print to the log). */
	prepareSetup(): string | null {
		this.setupCode = this.staff.activeAdminCount() === 0 ? newPairingCode() : null;
		return this.setupCode;
	}

	setupOpen(): boolean {
		return this.setupCode !== null && this.staff.activeAdminCount() === 0;
	}

	/** Create the first admin with the code from the log; works only while no admin exists. */
	async setup(
		code: string,
		fields: Omit<StaffFields, 'role' | 'active' | 'substituteId'>,
		password: string,
		address: string
	): Promise<'ok' | 'closed' | 'wrong_code'> {
		if (!this.setupOpen()) return 'closed';
		const typed = code.toUpperCase().replace(/\s/g, '');
		if (typed !== this.setupCode) {
			this.audit.record({ actor: ANONYMOUS, action: 'setup.failed', ip: address });
			return 'wrong_code';
		}
		const hash = await hashPassword(password);
		return this.db.transaction(() => {
			// Checked again inside the transaction: two tabs racing cannot both create an admin.
			if (this.staff.activeAdminCount() > 0) return 'closed' as const;
			const id = this.staff.insert(
				{ ...fields, role: 'admin', active: true, substituteId: null },
				hash,
				this.clock()
			);
			this.audit.record({
				actor: ANONYMOUS,
				actorLabel: 'setup',
				action: 'setup.admin',
				subject: `staff:${id}`,
				ip: address
			});
			this.setupCode = null;
			return 'ok' as const;
		})();
	}
}
