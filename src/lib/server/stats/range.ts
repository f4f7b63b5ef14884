import { z } from 'zod';
import { DomainError, localTime } from '../queue';
import type { QueueViews } from '../services/views';
import type { ReportRange } from './survey-results';

const day = z.iso.date();

/**
 * The report range from a URL's query (?location=&from=&to=): defaults to the last 30 days of
 * the first location; refuses a malformed or reversed range or one over ten years.
 */
export function reportRange(views: QueueViews, query: URLSearchParams, now: number): ReportRange {
	const locations = views.locations();
	const locationId = query.has('location') ? Number(query.get('location')) : locations[0]?.id;
	const location = locations.find((l) => l.id === locationId);
	if (!location) throw new DomainError('not_found', { what: 'location' });
	const today = localTime(now, location.timeZone).day;
	const monthAgo = localTime(now - 29 * 86_400_000, location.timeZone).day;
	const from = day.safeParse(query.get('from') ?? monthAgo);
	const to = day.safeParse(query.get('to') ?? today);
	if (!from.success) throw new DomainError('invalid_input', { field: 'from' });
	if (!to.success || to.data < from.data) throw new DomainError('invalid_input', { field: 'to' });
	if (Date.parse(to.data) - Date.parse(from.data) > 3660 * 86_400_000) {
		throw new DomainError('invalid_input', { field: 'to' });
	}
	return { locationId: location.id, from: from.data, to: to.data };
}
