import { absenceCancelForm, absenceForm, presenceForm } from '$lib/server/forms/directory-forms';
import { runDirectoryAction } from '$lib/server/http/directory-actions';
import type { Actions, PageServerLoad } from './$types';

/**
 * The staff directory (SR-15/16/19): everyone with their room, extension, presence and whom to
 * contact instead; the page filters by ?q= (so it works without JS) and as you type.
 */
export const load: PageServerLoad = ({ locals, url }) => {
	const { app, principal, lang } = locals;
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	return {
		q,
		// Everyone goes to the page: the search runs there as you type, and from ?q= without JS.
		entries: app.directory.entries(principal, lang),
		myId: principal.staff!.id,
		today: app.directory.today(),
		absences: app.directory.plannedAbsences(principal)
	};
};

export const actions: Actions = {
	presence: (event) =>
		runDirectoryAction(event, 'presence', presenceForm, (directory, v) =>
			directory.setPresence(event.locals.principal, v.staffId, v)
		),
	absence: (event) =>
		runDirectoryAction(event, 'absence', absenceForm, (directory, v) => {
			directory.planAbsence(event.locals.principal, v.staffId, v);
		}),
	cancel: (event) =>
		runDirectoryAction(event, 'cancel', absenceCancelForm, (directory, v) =>
			directory.cancelAbsence(event.locals.principal, v.absenceId)
		)
};
