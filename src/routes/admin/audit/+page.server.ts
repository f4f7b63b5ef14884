import { getApp } from '$lib/server/app';
import { AUDIT_GROUPS, type AuditGroup } from '$lib/server/audit/audit-log';
import { dayStart } from '$lib/server/stats/time-report';
import type { PageServerLoad } from './$types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PAGE = 100;
/** The audit log spans locations; its days are the office's (every location is in Poland). */
const OFFICE_TZ = 'Europe/Warsaw';
const nextDay = (day: string) => new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);

/** The audit log (admins), newest first, filtered by kind, who, and days; 100 per page. */
export const load: PageServerLoad = ({ url }) => {
	const q = url.searchParams;
	const group = q.get('kind') ?? '';
	const who = (q.get('who') ?? '').trim().slice(0, 100);
	const from = DAY.test(q.get('from') ?? '') ? q.get('from')! : '';
	const to = DAY.test(q.get('to') ?? '') ? q.get('to')! : '';
	const before = /^\d{1,12}$/.test(q.get('before') ?? '') ? Number(q.get('before')) : undefined;
	const prefixes = group in AUDIT_GROUPS ? [...AUDIT_GROUPS[group as AuditGroup]] : undefined;
	const entries = getApp().audit.list({
		actionPrefixes: prefixes,
		who: who || undefined,
		from: from ? dayStart(from, OFFICE_TZ) : undefined,
		to: to ? dayStart(nextDay(to), OFFICE_TZ) : undefined,
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
