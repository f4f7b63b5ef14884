/**
 * Paired kiosks and boards. An admin creates a device for a location and gets a one-time
 * pairing code (valid PAIRING_MS); the device's screen trades the code for a long-lived
 * credential (a cookie) until the admin revokes it. Codes and credentials are stored hashed.
 * Kiosks issue tickets on every tap, so live credentials are cached in memory by the token the
 * device sent (no hashing on a hit; the database still holds only hashes), dropped on any change
 * to the devices.
 */
import type { Db } from '../db/open';
import type { KioskAudioMode } from '$lib/shared/kiosk-voice';
import type { DeviceKind } from './guard';
import { hashToken, newPairingCode, newToken, normalizePairingCode } from './tokens';

export const PAIRING_MS = 30 * 60 * 1000;

export interface Device {
	id: number;
	kind: DeviceKind;
	name: string;
	locationId: number;
	printerKey: string | null;
	/** Audio at the kiosk (issue 16): whether its visitors get the read-aloud toggle. */
	audio: KioskAudioMode;
	createdAt: number;
	pairedAt: number | null;
	lastSeenAt: number | null;
	revokedAt: number | null;
	/** A code was issued and not yet used or expired. */
	pairingPending: boolean;
}

export interface DeviceFields {
	kind: DeviceKind;
	name: string;
	locationId: number;
	printerKey: string | null;
}

interface Row {
	id: number;
	kind: DeviceKind;
	name: string;
	location_id: number;
	printer_key: string | null;
	audio: KioskAudioMode;
	pairing_hash: string | null;
	pairing_expires_at: number | null;
	credential_hash: string | null;
	created_at: number;
	paired_at: number | null;
	last_seen_at: number | null;
	revoked_at: number | null;
}

export class DeviceStore {
	private readonly q;
	private readonly live = new Map<string, Device>();
	/** last_seen_at is written at most once a minute per device, not on every request. */
	private readonly seen = new Map<number, number>();

	constructor(
		private readonly db: Db,
		private readonly clock: () => number
	) {
		this.q = {
			all: db.prepare('SELECT * FROM devices ORDER BY location_id, kind, name, id'),
			byId: db.prepare('SELECT * FROM devices WHERE id = ?'),
			insert: db.prepare(
				`INSERT INTO devices (kind, name, location_id, printer_key, created_at)
				 VALUES (@kind, @name, @locationId, @printerKey, @now)`
			),
			update: db.prepare(
				'UPDATE devices SET name = @name, location_id = @locationId, printer_key = @printerKey WHERE id = @id'
			),
			setPairing: db.prepare(
				`UPDATE devices SET pairing_hash = ?, pairing_expires_at = ?, credential_hash = NULL,
				   revoked_at = NULL WHERE id = ?`
			),
			byPairing: db.prepare('SELECT * FROM devices WHERE pairing_hash = ?'),
			paired: db.prepare(
				`UPDATE devices SET pairing_hash = NULL, pairing_expires_at = NULL, credential_hash = ?,
				   paired_at = ? WHERE id = ?`
			),
			byCredential: db.prepare(
				'SELECT * FROM devices WHERE credential_hash = ? AND revoked_at IS NULL'
			),
			revoke: db.prepare(
				`UPDATE devices SET credential_hash = NULL, pairing_hash = NULL, pairing_expires_at = NULL,
				   revoked_at = ? WHERE id = ?`
			),
			seen: db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?'),
			audio: db.prepare('UPDATE devices SET audio = ? WHERE id = ?')
		};
	}

	all(): Device[] {
		return (this.q.all.all() as Row[]).map((r) => this.device(r));
	}

	byId(id: number): Device | null {
		const row = this.q.byId.get(id) as Row | undefined;
		return row ? this.device(row) : null;
	}

	/** A new device and its first pairing code (shown once). Inside the caller's transaction. */
	create(fields: DeviceFields): { id: number; code: string } {
		const id = Number(this.q.insert.run({ ...fields, now: this.clock() }).lastInsertRowid);
		return { id, code: this.newCode(id) };
	}

	update(id: number, fields: Omit<DeviceFields, 'kind'>): void {
		this.q.update.run({ ...fields, id });
		this.live.clear();
	}

	/** A fresh code, e.g. to re-pair a replaced screen; the old credential stops working. */
	newCode(id: number): string {
		const code = newPairingCode();
		this.q.setPairing.run(hashToken(code), this.clock() + PAIRING_MS, id);
		this.live.clear();
		return code;
	}

	/** Trade a pairing code for a credential; null for an unknown, used or expired code. */
	pair(typed: string): { device: Device; token: string } | null {
		const code = normalizePairingCode(typed);
		if (!code) return null;
		const row = this.q.byPairing.get(hashToken(code)) as Row | undefined;
		if (!row || row.revoked_at !== null || (row.pairing_expires_at ?? 0) <= this.clock()) {
			return null;
		}
		const token = newToken();
		this.q.paired.run(hashToken(token), this.clock(), row.id);
		this.live.clear();
		return { device: this.byId(row.id)!, token };
	}

	/** The paired, unrevoked device a credential belongs to, or null. */
	validate(token: string): Device | null {
		let device = this.live.get(token);
		if (!device) {
			if (!/^[a-z2-7]{32}$/.test(token)) return null;
			const row = this.q.byCredential.get(hashToken(token)) as Row | undefined;
			if (!row) return null;
			device = this.device(row);
			if (this.live.size > 1000) this.live.clear();
			this.live.set(token, device);
		}
		const now = this.clock();
		if (now - (this.seen.get(device.id) ?? 0) > 60_000) {
			this.seen.set(device.id, now);
			this.q.seen.run(now, device.id);
		}
		return device;
	}

	setAudio(id: number, audio: KioskAudioMode): void {
		this.q.audio.run(audio, id);
		this.live.clear();
	}

	revoke(id: number): void {
		this.q.revoke.run(this.clock(), id);
		this.live.clear();
	}

	private device(r: Row): Device {
		return {
			id: r.id,
			kind: r.kind,
			name: r.name,
			locationId: r.location_id,
			printerKey: r.printer_key,
			audio: r.audio,
			createdAt: r.created_at,
			pairedAt: r.paired_at,
			lastSeenAt: r.last_seen_at,
			revokedAt: r.revoked_at,
			pairingPending: r.pairing_hash !== null && (r.pairing_expires_at ?? 0) > this.clock()
		};
	}
}
