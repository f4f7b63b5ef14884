import { adminPageBase, runAdminAction } from '$lib/server/admin/routes';
import type { Actions, PageServerLoad } from './$types';

/** A location's hours, cut-off, mode and contacts, and its floors' colours (admins only). */
export const load: PageServerLoad = (event) => {
	const { locals } = event;
	const base = adminPageBase(event);
	const location = locals.app.office.location(base.location.id)!;
	return {
		...base,
		settings: {
			name: location.name,
			address: location.address,
			week: location.hours.week as Record<string, { opens: string; closes: string } | undefined>,
			cutoffMinutes: location.hours.cutoffMinutes,
			restoreGraceMinutes: location.restoreGraceMinutes,
			enforced: location.hours.enforced,
			mode: location.hours.mode,
			contact: location.contact
		},
		// Whole minutes on the form; a test may have set seconds in the table (at least 1 minute shown).
		board: {
			callHighlightMinutes: Math.max(1, Math.round(location.board.callHighlightMs / 60_000)),
			showsPaused: location.board.showsPaused
		},
		floors: location.floors
	};
};

export const actions: Actions = {
	location: (event) =>
		runAdminAction(event, 'location', (admin, actor, locationId, values) =>
			admin.updateLocation(actor, locationId, values)
		),
	board: (event) =>
		runAdminAction(event, 'board', (admin, actor, locationId, values) =>
			admin.updateBoard(actor, locationId, values)
		),
	floor: (event) =>
		runAdminAction(
			event,
			(values) => (values.new ? 'floor-new' : `floor-${String(values.floor)}`),
			(admin, actor, locationId, values) => admin.saveFloor(actor, locationId, values)
		)
};
