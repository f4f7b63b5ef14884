import { z } from 'zod';
import type { Principal } from '../auth/guard';
import { addDays, DomainError, localTime, zonedInstant } from '../queue';
import type { LocationRecord } from '../office/records';
import type { StatsRange } from './queries';
import type { QueueViews } from '../desk/views';
import type { ReportRange } from './survey-results';

/** A real calendar day, YYYY-MM-DD: 2021-02-30, 2020-13-45 and 0000-00-00 are not. */
const day = z.iso.date();

/** Whether a query or form value is a real calendar day (every date parameter is checked so). */
export function isDay(value: string): boolean {
	return day.safeParse(value).success;
}

/** Why a report range was refused (the `problem` of reportRange's invalid_input). */
export const RANGE_PROBLEMS = ['invalid', 'reversed', 'too_long'] as const;
export type RangeProblem = (typeof RANGE_PROBLEMS)[number];

export function rangeProblemOf(err: unknown): RangeProblem | null {
	const problem = err instanceof DomainError ? err.params.problem : undefined;
	return RANGE_PROBLEMS.find((p) => p === problem) ?? null;
}

/**
 * The departments a principal's reports cover (issue 4: a manager sees the statistics of their
 * departments, an admin everything): undefined for an admin (the whole location), else their own.
 */
export function reportScope(principal: Principal): readonly number[] | undefined {
	return principal.roles.includes('admin') ? undefined : (principal.staff?.departmentIds ?? []);
}

/**
 * The report range from a URL's query (?location=&from=&to=) for a principal: defaults to the
 * last 30 days of the first location; refuses a malformed or reversed range or one over ten
 * years; restricted to the principal's departments unless an admin asks (`reportScope`).
 */
export function reportRange(
	views: QueueViews,
	query: URLSearchParams,
	now: number,
	principal: Principal
): ReportRange {
	const locations = views.locations();
	const locationId = query.has('location') ? Number(query.get('location')) : locations[0]?.id;
	const location = locations.find((l) => l.id === locationId);
	if (!location) throw new DomainError('not_found', { what: 'location' });
	const today = localTime(now, location.timeZone).day;
	const monthAgo = localTime(now - 29 * 86_400_000, location.timeZone).day;
	const from = day.safeParse(query.get('from') ?? monthAgo);
	const to = day.safeParse(query.get('to') ?? today);
	// `problem` says which: /manage tells the manager in words, on the form (RANGE_PROBLEMS).
	if (!from.success) throw new DomainError('invalid_input', { field: 'from', problem: 'invalid' });
	if (!to.success) throw new DomainError('invalid_input', { field: 'to', problem: 'invalid' });
	if (to.data < from.data) {
		throw new DomainError('invalid_input', { field: 'to', problem: 'reversed' });
	}
	if (Date.parse(to.data) - Date.parse(from.data) > 3660 * 86_400_000) {
		throw new DomainError('invalid_input', { field: 'to', problem: 'too_long' });
	}
	return {
		locationId: location.id,
		from: from.data,
		to: to.data,
		departmentIds: reportScope(principal)
	};
}

/** Local midnight of an office day, as an instant. A day that does not exist is invalid input. */
export function dayStart(day: string, timeZone: string): number {
	if (!isDay(day)) throw new DomainError('invalid_input', { field: 'day' });
	return zonedInstant(day, 0, timeZone);
}

/** The instants of a report range: from the first day's local midnight to the one after the last. */
export function statsRange(range: ReportRange, location: LocationRecord): StatsRange {
	const tz = location.hours.timeZone;
	return {
		locationId: range.locationId,
		departmentIds: range.departmentIds,
		timeZone: tz,
		from: dayStart(range.from, tz),
		to: dayStart(addDays(range.to, 1), tz)
	};
}
