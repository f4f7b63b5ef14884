/**
 * Signing in and out, and who is asking: a request's cookies turned into a Principal for the
 * guard. Reads staff, sessions and devices through their stores; writes only sessions. Every
 * sign-in and sign-out is audited in the same transaction; an ended session is announced.
 */
import type { Db } from '../db/open';
import type { AuditLog } from '../audit/audit-log';
import { ANONYMOUS, type Principal } from './guard';
import { verifyPassword } from './passwords';
import type { SessionStore } from './sessions';
import type { DeviceStore } from './devices';
import type { StaffRepository, StaffMember } from './staff';
import type { LoginThrottle } from './throttle';
import type { Revocations } from './revocations';

export type LoginResult =
	| { ok: true; token: string; expiresAt: number; member: StaffMember }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

export class SignIn {
	constructor(
		private readonly db: Db,
		private readonly audit: AuditLog,
		private readonly staff: StaffRepository,
		private readonly sessions: SessionStore,
		private readonly devices: DeviceStore,
		private readonly throttle: LoginThrottle,
		private readonly revocations: Revocations
	) {}

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
					principal: staffPrincipal(member, found.session.id),
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
				actor: staffPrincipal(found.member, created.session.id),
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
		this.revocations.announce({ sessionIds: [sessionId] });
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
		this.revocations.announce({ sessionIds: ended });
		return ended.length;
	}
}

function staffPrincipal(member: StaffMember, sessionId: string): Principal {
	return {
		roles: [member.role],
		label: `${member.firstName} ${member.lastName} (${member.login})`,
		staff: { id: member.id, role: member.role, departmentIds: member.departmentIds, sessionId }
	};
}
