/**
 * The rules administration checks inside a change's transaction (admin.ts), before it writes:
 * each broken rule is a Refusal naming the field and an i18n key (parts/admin-office.ts).
 */
import { mayActOnDepartment, type Principal } from '../auth/guard';
import type { AdminFieldErrors } from './schemas';
import type { Row, SetupStore } from './setup-store';

export type AdminStatus = 400 | 403 | 404 | 409;

/** A refusal found inside the transaction: thrown to roll it back, returned to the caller. */
export class Refusal extends Error {
	constructor(
		readonly status: AdminStatus,
		readonly errors: AdminFieldErrors
	) {
		super('refused');
	}
}

export const refuse = (
	status: AdminStatus,
	field: string,
	key: string,
	params?: Record<string, string | number>
): never => {
	throw new Refusal(status, { [field]: { key: `admin.err.${key}`, params } });
};

export const isAdmin = (p: Principal) => p.roles.includes('admin');

/** Columns that differ between two rows: { column: { before, after } }. */
export function diff(
	before: Row | null,
	after: Row
): Record<string, { before: unknown; after: unknown }> {
	const out: Record<string, { before: unknown; after: unknown }> = {};
	for (const [k, v] of Object.entries(after)) {
		const old = before ? before[k] : null;
		if (JSON.stringify(old) !== JSON.stringify(v)) out[k] = { before: old, after: v };
	}
	return out;
}

/** A prefix belongs to one department of a location (its own and its matters' prefixes). */
export function checkPrefix(
	setup: SetupStore,
	locationId: number,
	prefix: string,
	departmentId: number | null,
	serviceId: number | null = null
): void {
	const other = setup.prefixOwner(locationId, prefix, departmentId, serviceId);
	if (other) refuse(409, 'prefix', 'prefix_taken', { prefix, pl: other.pl, en: other.en });
}

/**
 * A window stops serving `removed` matters (or all of them, when closed or deleted): refused if
 * one of them has waiting tickets and no other open or paused window would serve it.
 */
export function checkNotLastWindow(
	setup: SetupStore,
	waiting: Map<number, number>,
	windowId: number,
	servedBefore: number[],
	servedAfter: number[],
	field: string
): void {
	const removed = servedBefore.filter((s) => !servedAfter.includes(s));
	for (const serviceId of removed) {
		const n = waiting.get(serviceId) ?? 0;
		if (n === 0) continue;
		if (setup.otherWindowsServing(serviceId, windowId) > 0) continue;
		const s = setup.row('services', serviceId)!;
		refuse(409, field, 'last_window', { count: n, pl: String(s.name_pl), en: String(s.name_en) });
	}
}

/**
 * Admins configure any window; a manager one that serves a matter of their departments, and
 * only adds or removes matters of their departments.
 */
export function authorizeWindow(
	principal: Principal,
	known: Map<number, number>,
	before: number[],
	after: number[]
): void {
	for (const s of after) if (!known.has(s)) refuse(400, 'serviceIds', 'services');
	if (isAdmin(principal)) return;
	const mine = (s: number) => mayActOnDepartment(principal, known.get(s) ?? -1);
	const touched = [
		...before.filter((s) => !after.includes(s)),
		...after.filter((s) => !before.includes(s))
	];
	if (!(before.length === 0 ? after : before).some(mine) || !touched.every(mine)) {
		refuse(403, 'form', 'forbidden');
	}
}
