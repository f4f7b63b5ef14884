/**
 * Accounts: the one door routes, sockets and the app use for everything about who may sign in.
 * It builds the stores (one per table: staff.ts, sessions.ts, devices.ts) and the parts over
 * them: signing in and out (sign-in.ts), the first administrator (first-admin.ts), staff
 * administration (staff-admin.ts) and devices (device-admin.ts), sharing one announcer of
 * revocations (revocations.ts). The methods below only hand over, so callers keep one name
 * (`app.accounts.…`) whichever part does the work.
 */
import type { Db } from '../db/open';
import type { AuditLog } from '../audit/audit-log';
import { SessionStore } from './sessions';
import { DeviceStore } from './devices';
import { StaffRepository } from './staff';
import { LoginThrottle } from './throttle';
import { Revocations, type Revocation } from './revocations';
import { SignIn } from './sign-in';
import { FirstAdmin } from './first-admin';
import { StaffAdministration } from './staff-admin';
import { DeviceAdministration } from './device-admin';

export type { Revocation } from './revocations';
export type { LoginResult } from './sign-in';

export class Accounts {
	readonly staff: StaffRepository;
	readonly sessions: SessionStore;
	readonly devices: DeviceStore;
	readonly throttle: LoginThrottle;
	private readonly revocations = new Revocations();
	private readonly signIn: SignIn;
	private readonly firstAdmin: FirstAdmin;
	private readonly staffAdmin: StaffAdministration;
	private readonly deviceAdmin: DeviceAdministration;

	constructor(db: Db, audit: AuditLog, clock: () => number) {
		this.staff = new StaffRepository(db);
		this.sessions = new SessionStore(db, clock);
		this.devices = new DeviceStore(db, clock);
		this.throttle = new LoginThrottle(clock);
		const { staff, sessions, devices, throttle, revocations } = this;
		this.signIn = new SignIn(db, audit, staff, sessions, devices, throttle, revocations);
		this.firstAdmin = new FirstAdmin(db, audit, clock, staff);
		this.staffAdmin = new StaffAdministration(db, audit, clock, staff, sessions, revocations);
		this.deviceAdmin = new DeviceAdministration(db, audit, devices, revocations);
	}

	// Who is asking; signing in and out (sign-in.ts)
	principalFor(...a: Parameters<SignIn['principalFor']>) {
		return this.signIn.principalFor(...a);
	}
	login(...a: Parameters<SignIn['login']>) {
		return this.signIn.login(...a);
	}
	logout(...a: Parameters<SignIn['logout']>) {
		return this.signIn.logout(...a);
	}
	logoutEverywhere(...a: Parameters<SignIn['logoutEverywhere']>) {
		return this.signIn.logoutEverywhere(...a);
	}

	// The first administrator (first-admin.ts)
	prepareSetup() {
		return this.firstAdmin.prepareSetup();
	}
	setupOpen() {
		return this.firstAdmin.setupOpen();
	}
	setup(...a: Parameters<FirstAdmin['setup']>) {
		return this.firstAdmin.setup(...a);
	}

	// Staff administration (staff-admin.ts)
	createStaff(...a: Parameters<StaffAdministration['createStaff']>) {
		return this.staffAdmin.createStaff(...a);
	}
	updateStaff(...a: Parameters<StaffAdministration['updateStaff']>) {
		return this.staffAdmin.updateStaff(...a);
	}
	setPassword(...a: Parameters<StaffAdministration['setPassword']>) {
		return this.staffAdmin.setPassword(...a);
	}
	checkPassword(...a: Parameters<StaffAdministration['checkPassword']>) {
		return this.staffAdmin.checkPassword(...a);
	}

	// Devices (device-admin.ts)
	createDevice(...a: Parameters<DeviceAdministration['createDevice']>) {
		return this.deviceAdmin.createDevice(...a);
	}
	updateDevice(...a: Parameters<DeviceAdministration['updateDevice']>) {
		return this.deviceAdmin.updateDevice(...a);
	}
	setKioskAudio(...a: Parameters<DeviceAdministration['setKioskAudio']>) {
		return this.deviceAdmin.setKioskAudio(...a);
	}
	newPairingCode(...a: Parameters<DeviceAdministration['newPairingCode']>) {
		return this.deviceAdmin.newPairingCode(...a);
	}
	revokeDevice(...a: Parameters<DeviceAdministration['revokeDevice']>) {
		return this.deviceAdmin.revokeDevice(...a);
	}
	pair(...a: Parameters<DeviceAdministration['pair']>) {
		return this.deviceAdmin.pair(...a);
	}

	/** The realtime layer listens here to disconnect sockets whose access ended. */
	onRevoke(listener: (r: Revocation) => void): () => void {
		return this.revocations.on(listener);
	}
}
