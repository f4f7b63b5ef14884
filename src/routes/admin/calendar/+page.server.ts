import { adminPageBase, runAdminAction } from '$lib/server/admin/routes';
import { HOLIDAYS_KNOWN_UNTIL, holidaysOf } from '$lib/server/office/holidays';
import { addDays, localTime, nextOpening } from '$lib/server/queue';
import type { Actions, PageServerLoad } from './$types';

/**
 * The office's calendar: Poland's public holidays (read only) and the location's own closure and
 * extra working days, with the next opening they give.
 */
export const load: PageServerLoad = (event) => {
	const base = adminPageBase(event);
	const { office } = event.locals.app;
	const location = office.location(base.location.id)!;
	const now = Date.now();
	const today = localTime(now, location.hours.timeZone).day;
	const year = Number(today.slice(0, 4));
	// Days of the last month stay listed, so a day just passed can still be checked.
	const from = addDays(today, -31);
	return {
		...base,
		today,
		timeZone: location.hours.timeZone,
		days: office.calendarDays(base.location.id).filter((d) => d.day >= from),
		holidays: [year, year + 1].map((y) => ({ year: y, days: holidaysOf(y) })),
		knownUntil: HOLIDAYS_KNOWN_UNTIL,
		nextOpening: nextOpening(location.hours, now)
	};
};

export const actions: Actions = {
	save: (event) =>
		runAdminAction(event, 'calendar-day', (admin, actor, locationId, values) =>
			admin.saveCalendarDay(actor, locationId, values)
		),
	delete: (event) =>
		runAdminAction(
			event,
			'calendar-day-delete',
			(admin, actor, locationId, _values, id) =>
				admin.deleteCalendarDay(actor, locationId, id ?? 0),
			'list'
		)
};
