/**
 * Presence and substitutes (issue 15, SR-15/16/19), pure: where a person is on a given local day
 * and whom to contact instead when they are absent. Days are local (YYYY-MM-DD), passed in.
 */
import type { Presence, SetPresence } from '$lib/shared/directory';

export interface PresenceFacts {
	/** What the person (or their manager) set, and the last day of a set absence. */
	set: SetPresence;
	setUntil: string | null;
	/** Planned absences, inclusive local days. */
	absences: readonly { from: string; to: string }[];
	/** Their console holds a window now. */
	holdsWindow: boolean;
}

export interface PresenceNow {
	presence: Presence;
	/** The last day of the absence, when known. */
	absentUntil: string | null;
}

/**
 * A planned absence covering today makes a person absent whatever else is set (the last day of
 * the longest chain of touching absences is shown); a held window means they are at it; else the
 * set status, and a set absence whose last day has passed has lapsed (they are back in).
 */
export function presenceOn(today: string, facts: PresenceFacts): PresenceNow {
	const planned = plannedUntil(today, facts.absences);
	if (planned) return { presence: 'absent', absentUntil: planned };
	if (facts.holdsWindow) return { presence: 'at_window', absentUntil: null };
	if (facts.set === 'absent') {
		if (facts.setUntil !== null && facts.setUntil < today) {
			return { presence: 'in_office', absentUntil: null };
		}
		return { presence: 'absent', absentUntil: facts.setUntil };
	}
	return { presence: facts.set, absentUntil: null };
}

/** The last day of the planned absence covering `today` (and those that follow it without a gap). */
function plannedUntil(today: string, absences: PresenceFacts['absences']): string | null {
	const covering = absences.filter((a) => a.from <= today && today <= a.to);
	if (covering.length === 0) return null;
	let until = covering.map((a) => a.to).reduce((a, b) => (a > b ? a : b));
	for (const a of [...absences].sort((x, y) => x.from.localeCompare(y.from))) {
		if (a.from <= nextDay(until) && a.to > until) until = a.to;
	}
	return until;
}

function nextDay(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/** Whether someone can be reached today (absent is the only state that cannot). */
export const isPresent = (p: Presence): boolean => p !== 'absent';

export interface DirectoryPerson {
	id: number;
	role: 'clerk' | 'manager' | 'admin';
	departmentIds: readonly number[];
	substituteId: number | null;
	active: boolean;
	presence: Presence;
}

/**
 * Whom to contact instead of an absent person (SR-16, SR-19): their substitute if present, else
 * the substitute's substitute, and so on (a chain that comes back on itself stops there), else
 * the heads of their unit (managers of their departments) who are present. Empty when the person
 * is present, or when no one can be named.
 */
export function contactInstead(
	personId: number,
	people: ReadonlyMap<number, DirectoryPerson>
): number[] {
	const person = people.get(personId);
	if (!person || isPresent(person.presence)) return [];
	const seen = new Set<number>([personId]);
	let next = person.substituteId;
	while (next !== null && !seen.has(next)) {
		seen.add(next);
		const sub = people.get(next);
		if (!sub) break;
		if (sub.active && isPresent(sub.presence)) return [sub.id];
		next = sub.substituteId;
	}
	return [...people.values()]
		.filter(
			(p) =>
				p.id !== personId &&
				p.active &&
				p.role === 'manager' &&
				isPresent(p.presence) &&
				p.departmentIds.some((d) => person.departmentIds.includes(d))
		)
		.map((p) => p.id);
}

/**
 * Who may set a person's presence and absences: the person themselves, a manager for people of
 * their departments, an administrator for everyone.
 */
export function maySetPresence(
	actor: { id: number; role: 'clerk' | 'manager' | 'admin'; departmentIds: readonly number[] },
	target: { id: number; departmentIds: readonly number[] }
): boolean {
	if (actor.id === target.id || actor.role === 'admin') return true;
	return (
		actor.role === 'manager' && target.departmentIds.some((d) => actor.departmentIds.includes(d))
	);
}
