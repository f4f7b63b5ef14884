/**
 * The back room's figures for /manage/backroom (issue 15): the staff's question log by matter
 * (SR-26), each window's idle time while clients waited past their target (SR-03), and the
 * kiosks' calls for help with the time to "Idę" (SR-32). A manager sees their departments only:
 * their matters' notes (and notes with no matter), the windows serving their matters, the calls
 * to a help desk of theirs.
 */
import type { Lang } from '$lib/shared/dto';
import type { IdleWindowTimeDto } from '$lib/shared/help';
import type { App } from '../app';
import { windowDepartmentIds } from '../auth/scope';
import type { NoteSummaryRow } from '../desk/question-log';
import type { StatsRange } from './queries';

export interface BackroomReport {
	notes: (NoteSummaryRow & { service: string | null; department: string | null })[];
	latest: { at: number; kind: 'question' | 'problem'; service: string | null; text: string }[];
	idle: IdleWindowTimeDto[];
	help: { requests: number; acknowledged: number; medianSeconds: number | null };
}

/** The newest notes shown beside the counts (the CSV has the counts only). */
const LATEST = 50;

export function backroomReport(
	app: Pick<App, 'office' | 'questions' | 'idle' | 'help'>,
	range: StatsRange,
	lang: Lang
): BackroomReport {
	const scope = range.departmentIds;
	const service = (id: number | null) =>
		id === null ? null : (app.office.service(id)?.name[lang] ?? null);
	const department = (id: number | null) =>
		id === null ? null : (app.office.department(id)?.name[lang] ?? null);
	const notes = app.questions
		.summary(range)
		.map((r) => ({ ...r, service: service(r.serviceId), department: department(r.departmentId) }));
	const latest = app.questions
		.notesIn(range)
		.slice(0, LATEST)
		.map((n) => ({ at: n.createdAt, kind: n.kind, service: service(n.serviceId), text: n.text }));
	const idle = app.idle
		.timePerWindow(range.locationId, range.from, range.to)
		.filter((w) => !scope || windowDepartmentIds(app, w.windowId).some((d) => scope.includes(d)));
	const calls = app.help
		.requestsIn(range.locationId, range.from, range.to)
		.filter((r) => !scope || (r.departmentId !== null && scope.includes(r.departmentId)));
	const times = calls
		.filter((r) => r.acknowledgedAt !== null)
		.map((r) => r.acknowledgedAt! - r.requestedAt)
		.sort((a, b) => a - b);
	// The nearest-rank median, as the other reports give it.
	const median = times.length ? times[Math.ceil(times.length / 2) - 1]! : null;
	return {
		notes,
		latest,
		idle,
		help: {
			requests: calls.length,
			acknowledged: times.length,
			medianSeconds: median === null ? null : Math.round(median / 1000)
		}
	};
}
