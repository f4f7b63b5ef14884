/**
 * Accounts: signing in and out, the first administrator, staff and device administration, and
 * turning a request's cookies into a Principal for the guard. Every change is audited in the
 * same transaction; anything that ends a session or a device's credential is announced so the
 * realtime layer disconnects its sockets at once.
 */
import type { Db } from '../db/open';
import type { AuditLog } from '../audit/audit-log';
import { ANONYMOUS, type Principal } from './guard';
import { hashPassword, verifyPassword } from './passwords';
import { SessionStore } from './sessions';
import { DeviceStore, type DeviceFields } from './devices';
import { StaffRepository, type StaffFields, type StaffMember } from './staff';
import { LoginThrottle } from './throttle';
import { newPairingCode } from './tokens';

export const SESSION_COOKIE = 'okienko_session';
export const DEVICE_COOKIE = 'okienko_device';

/** Who lost access: the realtime layer disconnects these sockets. */
export interface Revocation {
	sessionIds?: string[];
	deviceId?: number;
}

export type LoginResult =
	| { ok: true; token: string; expiresAt: number; member: StaffMember }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

export class Accounts {
	readonly staff: StaffRepository;
	readonly sessions: SessionStore;
	readonly devices: DeviceStore;
	readonly throttle: LoginThrottle;
	private readonly revokeListeners = new Set<(r: Revocation) => void>();
	/** While no administrator exists: the one-time code the setup page asks for (printed to the log). */
	private setupCode: string | null = null;

	constructor(
		private readonly db: Db,
		private readonly audit: AuditLog,
		private readonly clock: () => number
	) {
		this.staff = new StaffRepository(db);
		this.sessions = new SessionStore(db, clock);
		this.devices = new DeviceStore(db, clock);
		this.throttle = new LoginThrottle(clock);
	}

	// ── Who is asking ────────────────────────────────────────────────────────────────────────

	/**
	 * The principal for a request's cookies. A staff session wins over a device credential (an
	 * administrator signed in at a kiosk to fix it). `extendedUntil` asks the caller to re-send
	 * the session cookie with the slid expiry.
	 */
	principalFor(
		sessionToken: string | undefined,
		deviceToken: string | undefined
	): { principal: Principal; extendedUntil?: number; sessionExpiresAt?: number } {
		if (sessionToken) {
			const found = this.sessions.validate(sessionToken);
			const member = found && this.staff.byId(found.session.staffId);
			if (found && member?.active) {
				return {
					principal: this.staffPrincipal(member, found.session.id),
					extendedUntil: found.extended ? found.session.expiresAt : undefined,
					sessionExpiresAt: found.session.expiresAt
				};
			}
		}
		if (deviceToken) {
			const device = this.devices.validate(deviceToken);
			if (device) {
				return {
					principal: {
						roles: [device.kind],
						label: `${device.kind} "${device.name}"`,
						device: {
							id: device.id,
							kind: device.kind,
							locationId: device.locationId,
							printerKey: device.printerKey
						}
					}
				};
			}
		}
		return { principal: ANONYMOUS };
	}

	// ── Signing in and out ───────────────────────────────────────────────────────────────────

	async login(login: string, password: string, address: string): Promise<LoginResult> {
		const wait = this.throttle.retryAfter(login, address);
		if (wait > 0) {
			this.audit.record({
				actor: ANONYMOUS,
				actorLabel: login.slice(0, 100),
				action: 'login.throttled',
				ip: address
			});
			return { ok: false, reason: 'throttled', retryAfterMs: wait };
		}
		const found = this.staff.credentialsOf(login);
		const valid = await verifyPassword(found?.hash ?? null, password);
		if (!found || !valid || !found.member.active) {
			this.throttle.failed(login, address);
			this.audit.record({
				actor: ANONYMOUS,
				actorLabel: login.slice(0, 100),
				action: 'login.failed',
				subject: found ? `staff:${found.member.id}` : '',
				ip: address
			});
			return { ok: false, reason: 'invalid' };
		}
		this.throttle.succeeded(login);
		const { token, session } = this.db.transaction(() => {
			const created = this.sessions.create(found.member.id);
			this.audit.record({
				actor: this.staffPrincipal(found.member, created.session.id),
				action: 'login',
				subject: `staff:${found.member.id}`,
				ip: address
			});
			return created;
		})();
		return { ok: true, token, expiresAt: session.expiresAt, member: found.member };
	}

	logout(actor: Principal, address: string): void {
		if (!actor.staff) return;
		const sessionId = actor.staff.sessionId;
		this.db.transaction(() => {
			this.sessions.invalidate(sessionId);
			this.audit.record({
				actor,
				action: 'logout',
				subject: `staff:${actor.staff!.id}`,
				ip: address
			});
		})();
		this.announce({ sessionIds: [sessionId] });
	}

	/** Ends every session of the actor, on every computer. */
	logoutEverywhere(actor: Principal, address: string): number {
		if (!actor.staff) return 0;
		const ended = this.db.transaction(() => {
			const ids = this.sessions.invalidateAllOf(actor.staff!.id);
			this.audit.record({
				actor,
				action: 'logout.everywhere',
				subject: `staff:${actor.staff!.id}`,
				detail: { sessions: ids.length },
				ip: address
			});
			return ids;
		})();
		this.announce({ sessionIds: ended });
		return ended.length;
	}

	// ── The first administrator ──────────────────────────────────────────────────────────────

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

	// ── Staff administration ─────────────────────────────────────────────────────────────────

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
		this.announce({ sessionIds: ended });
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
		this.announce({ sessionIds: ended });
	}

	async checkPassword(id: number, password: string): Promise<boolean> {
		const member = this.staff.byId(id);
		const found = member && this.staff.credentialsOf(member.login);
		return verifyPassword(found?.hash ?? null, password);
	}

	// ── Devices ──────────────────────────────────────────────────────────────────────────────

	createDevice(actor: Principal, fields: DeviceFields, ip: string): { id: number; code: string } {
		return this.db.transaction(() => {
			const created = this.devices.create(fields);
			this.audit.record({
				actor,
				action: 'device.create',
				subject: `device:${created.id}`,
				detail: { ...fields },
				ip
			});
			return created;
		})();
	}

	updateDevice(actor: Principal, id: number, fields: Omit<DeviceFields, 'kind'>, ip: string) {
		this.db.transaction(() => {
			this.devices.update(id, fields);
			this.audit.record({
				actor,
				action: 'device.update',
				subject: `device:${id}`,
				detail: { ...fields },
				ip
			});
		})();
		// A device moved to another location must join again with its new rights.
		this.announce({ deviceId: id });
	}

	newPairingCode(actor: Principal, id: number, ip: string): string {
		const code = this.db.transaction(() => {
			const c = this.devices.newCode(id);
			this.audit.record({ actor, action: 'device.code', subject: `device:${id}`, ip });
			return c;
		})();
		this.announce({ deviceId: id });
		return code;
	}

	revokeDevice(actor: Principal, id: number, ip: string): void {
		this.db.transaction(() => {
			this.devices.revoke(id);
			this.audit.record({ actor, action: 'device.revoke', subject: `device:${id}`, ip });
		})();
		this.announce({ deviceId: id });
	}

	/** The device's screen trades its code for a credential. */
	pair(
		code: string,
		ip: string
	): { token: string; deviceId: number; kind: string; locationId: number } | null {
		const paired = this.db.transaction(() => {
			const p = this.devices.pair(code);
			if (p) {
				this.audit.record({
					actor: null,
					actorLabel: `${p.device.kind} "${p.device.name}"`,
					action: 'device.pair',
					subject: `device:${p.device.id}`,
					ip
				});
			} else this.audit.record({ actor: ANONYMOUS, action: 'device.pair_failed', ip });
			return p;
		})();
		if (!paired) return null;
		return {
			token: paired.token,
			deviceId: paired.device.id,
			kind: paired.device.kind,
			locationId: paired.device.locationId
		};
	}

	// ── Revocation announcements ─────────────────────────────────────────────────────────────

	onRevoke(listener: (r: Revocation) => void): () => void {
		this.revokeListeners.add(listener);
		return () => this.revokeListeners.delete(listener);
	}

	private announce(r: Revocation): void {
		if ((r.sessionIds?.length ?? 0) === 0 && r.deviceId === undefined) return;
		for (const listener of this.revokeListeners) listener(r);
	}

	private staffPrincipal(member: StaffMember, sessionId: string): Principal {
		return {
			roles: [member.role],
			label: `${member.firstName} ${member.lastName} (${member.login})`,
			staff: { id: member.id, role: member.role, departmentIds: member.departmentIds, sessionId }
		};
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
