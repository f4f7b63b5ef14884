import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../db/open';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array, length: number): string {
	let out = '';
	for (let i = 0; i < length; i++) out += BASE32[bytes[i]! & 31];
	return out;
}

/** The server's survey key: random, made once, kept in the database so tokens survive restarts. */
export function surveyKey(db: Db): Buffer {
	const row = db.prepare("SELECT value FROM settings WHERE key = 'survey_key'").pluck().get() as
		string | undefined;
	if (row) return Buffer.from(row, 'hex');
	const key = randomBytes(32);
	db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('survey_key', ?)").run(
		key.toString('hex')
	);
	return Buffer.from(
		db.prepare("SELECT value FROM settings WHERE key = 'survey_key'").pluck().get() as string,
		'hex'
	);
}

/**
 * A visit's survey token: derived from the ticket's secret code with the server key, so the
 * live ticket page can show the link without the database ever linking token and ticket.
 */
export function surveyTokenFor(key: Buffer, ticketCode: string): string {
	return base32(createHmac('sha256', key).update(ticketCode).digest(), 26);
}

/** What the database keeps of a token: its hash, so a database copy cannot answer surveys. */
export function tokenHash(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
