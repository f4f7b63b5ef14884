/**
 * Summoning a specialist to the front desk (issue 15, SR-02/SR-07), pure: who receives a summons
 * and how it moves on. sent → accepted → arrived, or sent → declined (everyone it went to
 * refused) | expired (no answer in time); the summoner may cancel it until someone arrives.
 * Time is passed in.
 */
import type { Presence } from '$lib/shared/directory';
import type { SummonsState } from '$lib/shared/summons';
import { contactInstead, type DirectoryPerson } from './directory';
import { DomainError } from './errors';

/** A summons nobody answered in this time expires: the summoning clerk is offered an inquiry. */
export const SUMMONS_ANSWER_MS = 3 * 60_000;

export interface SummonsRecipient {
	staffId: number;
	declinedAt: number | null;
	reason: string | null;
}

export interface Summons {
	id: number;
	summonedBy: number;
	windowId: number;
	departmentId: number;
	targetStaffId: number | null;
	serviceId: number | null;
	note: string;
	state: SummonsState;
	sentAt: number;
	acceptedBy: number | null;
	acceptedAt: number | null;
	arrivedAt: number | null;
	endedAt: number | null;
	recipients: SummonsRecipient[];
}

/**
 * Whether someone can walk to a window now: in the building. Working remotely is reachable by
 * phone only, so for a summons it counts as away, like an absence.
 */
export const canCome = (p: Presence): boolean =>
	p === 'in_office' || p === 'at_window' || p === 'out_of_room';

export type SummonsTarget = { staffId: number } | { departmentId: number };

/**
 * Who receives a summons. A named person who can come gets it; one who cannot (absent, remote)
 * is replaced by the directory's own chain (queue/directory.ts contactInstead: the substitute,
 * then their substitute, then the present heads of unit), where the summoner and anyone who
 * cannot come are passed over. "Any clerk of department X" goes to every active person of X who
 * can come, except the summoner. Empty when nobody can come.
 */
export function recipientsOf(
	summonerId: number,
	target: SummonsTarget,
	people: ReadonlyMap<number, DirectoryPerson>
): number[] {
	if ('departmentId' in target) {
		return [...people.values()]
			.filter(
				(p) =>
					p.active &&
					p.id !== summonerId &&
					canCome(p.presence) &&
					p.departmentIds.includes(target.departmentId)
			)
			.map((p) => p.id);
	}
	if (target.staffId === summonerId) throw new DomainError('invalid_input', { field: 'staffId' });
	const person = people.get(target.staffId);
	if (!person || !person.active) throw new DomainError('not_found', { what: 'staff' });
	if (canCome(person.presence)) return [person.id];
	// The chain as the directory walks it, with everyone who cannot come (the summoner included:
	// one does not summon oneself) counted as absent.
	const away = new Map<number, DirectoryPerson>();
	for (const p of people.values()) {
		const out = p.id === summonerId || !canCome(p.presence);
		away.set(p.id, out ? { ...p, presence: 'absent' } : p);
	}
	return contactInstead(person.id, away);
}

/** The department a named summons counts under in the statistics: the person's first. */
export function departmentOfTarget(person: DirectoryPerson): number | null {
	return person.departmentIds.length > 0 ? Math.min(...person.departmentIds) : null;
}

const closed = (s: Summons) => new DomainError('summons_closed', { state: s.state });

function openRecipient(s: Summons, staffId: number): SummonsRecipient {
	const r = s.recipients.find((x) => x.staffId === staffId);
	if (!r) throw new DomainError('not_found', { what: 'summons' });
	if (s.state !== 'sent' || r.declinedAt !== null) throw closed(s);
	return r;
}

/** A new summons: sent, or expired at once when nobody can come. */
export function sendSummons(
	fields: Omit<
		Summons,
		'id' | 'state' | 'acceptedBy' | 'acceptedAt' | 'arrivedAt' | 'endedAt' | 'recipients'
	>,
	recipients: readonly number[]
): Omit<Summons, 'id'> {
	const none = recipients.length === 0;
	return {
		...fields,
		state: none ? 'expired' : 'sent',
		acceptedBy: null,
		acceptedAt: null,
		arrivedAt: null,
		endedAt: none ? fields.sentAt : null,
		recipients: recipients.map((staffId) => ({ staffId, declinedAt: null, reason: null }))
	};
}

/** "Idę": the first recipient to accept takes it; the others' banners close. */
export function accept(s: Summons, staffId: number, now: number): Summons {
	openRecipient(s, staffId);
	return { ...s, state: 'accepted', acceptedBy: staffId, acceptedAt: now };
}

/** A recipient cannot come, with a reason; once everyone has refused, the summons is declined. */
export function decline(s: Summons, staffId: number, reason: string, now: number): Summons {
	openRecipient(s, staffId);
	const recipients = s.recipients.map((r) =>
		r.staffId === staffId ? { ...r, declinedAt: now, reason } : r
	);
	const all = recipients.every((r) => r.declinedAt !== null);
	return { ...s, recipients, ...(all && { state: 'declined', endedAt: now }) };
}

/** "Jest": the accepted person is at the window; the summoner or that person marks it. */
export function arrive(s: Summons, staffId: number, now: number): Summons {
	if (staffId !== s.summonedBy && staffId !== s.acceptedBy) {
		throw new DomainError('not_found', { what: 'summons' });
	}
	if (s.state !== 'accepted') throw closed(s);
	return { ...s, state: 'arrived', arrivedAt: now };
}

/** The summoner no longer needs anyone (the client left, the matter was solved). */
export function cancel(s: Summons, staffId: number, now: number): Summons {
	if (staffId !== s.summonedBy) throw new DomainError('not_found', { what: 'summons' });
	if (s.state !== 'sent' && s.state !== 'accepted') throw closed(s);
	return { ...s, state: 'cancelled', endedAt: now };
}

/** Whether a summons has waited for an answer too long (SUMMONS_ANSWER_MS). */
export const isDue = (s: Summons, now: number): boolean =>
	s.state === 'sent' && now - s.sentAt >= SUMMONS_ANSWER_MS;

export function expire(s: Summons, now: number): Summons {
	if (!isDue(s, now)) throw closed(s);
	return { ...s, state: 'expired', endedAt: now };
}

/** Who hears each change: the summoner and everyone it went to. */
export const concerned = (s: Summons): number[] => [
	...new Set([s.summonedBy, ...s.recipients.map((r) => r.staffId)])
];
