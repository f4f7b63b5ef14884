/**
 * Administration of the office's calendar (admin.ts delegates here): a location's closure days
 * (a day given back for a holiday that fell on a Saturday) and extra working days, each one a row
 * of calendar_days, written as a change of the set-up so the cached hours and every screen follow
 * at once, and audited as `calendar_day.create/update/delete`.
 */
import { refuse } from './admin-rules';
import type { AdminActor, AdminResult, AdminWrites } from './admin-writes';
import { calendarDayInput, parseForm, type FormValues } from './schemas';
import type { Row } from './setup-store';

export class CalendarAdmin {
	constructor(private readonly writes: AdminWrites) {}

	/** Set a location's own day: a day already set is changed, not doubled. */
	save(actor: AdminActor, locationId: number, values: FormValues): AdminResult {
		const parsed = parseForm(calendarDayInput, values);
		if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
		const v = parsed.value;
		return this.writes.change(locationId, (setup) => {
			if (!setup.row('locations', locationId)) refuse(404, 'form', 'not_found');
			const id = setup.calendarDayId(locationId, v.day);
			const before = id === null ? null : setup.row('calendar_days', id);
			const after: Row = {
				day: v.day,
				open: v.open ? 1 : 0,
				opens: v.open ? v.opens : null,
				closes: v.open ? v.closes : null,
				note: v.note
			};
			return this.writes.row(actor, setup, 'calendar_days', id, before, after, {
				insertOnly: { location_id: locationId }
			});
		});
	}

	/** Remove a location's own day: the week and the public holidays rule it again. */
	delete(actor: AdminActor, locationId: number, id: number): AdminResult {
		return this.writes.change(locationId, (setup) => {
			const before = setup.row('calendar_days', id);
			if (!before || before.location_id !== locationId) refuse(404, 'form', 'not_found');
			setup.deleteCalendarDay(id);
			this.writes.record(actor, 'calendar_day.delete', `calendar_day:${id}`, before!);
			return { id, changed: true };
		});
	}
}
