import { error } from '@sveltejs/kit';
import { AUDIT_GROUPS, type AuditGroup } from '$lib/server/audit/audit-log';
import { toApiError } from '$lib/server/http/errors';
import { addDays, DomainError } from '$lib/server/queue';
import { dayStart, isDay } from '$lib/server/stats/range';
import type { Lang } from '$lib/shared/dto';
import type { PageServerLoad } from './$types';

const PAGE = 100;
/** The audit log spans locations; its days are the office's (every location is in Poland). */
const OFFICE_TZ = 'Europe/Warsaw';

/**
 * A day filter: '' when left empty (the filter form sends empty fields) or not given; otherwise
 * it must be a real day, else the page answers 400 with the reason in the caller's language, as
 * /manage does for its range.
 */
function dayFilter(query: URLSearchParams, name: 'from' | 'to', lang: Lang): string {
	const value = query.get(name) ?? '';
	if (value === '' || isDay(value)) return value;
	const { status, error: e } = toApiError(new DomainError('invalid_input', { field: name }), lang);
	error(status, { message: e.message, code: e.code });
}

/** The audit log (admins), newest first, filtered by kind, who, and days; 100 per page. */
export const load: PageServerLoad = ({ url, locals }) => {
	const q = url.searchParams;
	const group = q.get('kind') ?? '';
	const who = (q.get('who') ?? '').trim().slice(0, 100);
	const from = dayFilter(q, 'from', locals.lang);
	const to = dayFilter(q, 'to', locals.lang);
	const before = /^\d{1,12}$/.test(q.get('before') ?? '') ? Number(q.get('before')) : undefined;
	// Own keys only: `constructor` or `toString` is no group.
	const prefixes = Object.hasOwn(AUDIT_GROUPS, group)
		? [...AUDIT_GROUPS[group as AuditGroup]]
		: undefined;
	const entries = locals.app.audit.list({
		actionPrefixes: prefixes,
		who: who || undefined,
		from: from ? dayStart(from, OFFICE_TZ) : undefined,
		to: to ? dayStart(addDays(to, 1), OFFICE_TZ) : undefined,
		beforeId: before,
		limit: PAGE
	});
	return {
		filter: { kind: prefixes ? group : '', who, from, to },
		groups: Object.keys(AUDIT_GROUPS) as AuditGroup[],
		entries,
		older: entries.length === PAGE ? entries[entries.length - 1]!.id : null
	};
};
