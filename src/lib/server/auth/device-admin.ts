/**
 * Device administration and pairing: an administrator creates kiosks and boards, issues pairing
 * codes and revokes credentials; a device's screen trades its code for a credential. Writes
 * devices through their store, audited in the same transaction; any change to a device's
 * credential or rights is announced so its sockets reconnect with what it may now do.
 */
import type { Db } from '../db/open';
import type { AuditLog } from '../audit/audit-log';
import { ANONYMOUS, type Principal } from './guard';
import type { DeviceStore, DeviceFields } from './devices';
import type { Revocations } from './revocations';
import type { KioskAudioMode } from '$lib/shared/kiosk-voice';

export class DeviceAdministration {
	constructor(
		private readonly db: Db,
		private readonly audit: AuditLog,
		private readonly devices: DeviceStore,
		private readonly revocations: Revocations
	) {}

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
		this.revocations.announce({ deviceId: id });
	}

	/** Audio at the kiosk: the kiosk page reads it when it next loads (its menu reloads with changes). */
	setKioskAudio(actor: Principal, id: number, audio: KioskAudioMode, ip: string): void {
		this.db.transaction(() => {
			this.devices.setAudio(id, audio);
			this.audit.record({
				actor,
				action: 'device.audio',
				subject: `device:${id}`,
				detail: { audio },
				ip
			});
		})();
	}

	newPairingCode(actor: Principal, id: number, ip: string): string {
		const code = this.db.transaction(() => {
			const c = this.devices.newCode(id);
			this.audit.record({ actor, action: 'device.code', subject: `device:${id}`, ip });
			return c;
		})();
		this.revocations.announce({ deviceId: id });
		return code;
	}

	revokeDevice(actor: Principal, id: number, ip: string): void {
		this.db.transaction(() => {
			this.devices.revoke(id);
			this.audit.record({ actor, action: 'device.revoke', subject: `device:${id}`, ip });
		})();
		this.revocations.announce({ deviceId: id });
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
}
