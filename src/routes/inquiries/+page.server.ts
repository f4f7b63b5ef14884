import { redirect } from '@sveltejs/kit';
import { localized } from '$lib/i18n/lang';
import { locationOf } from '$lib/server/admin/routes';
import { inquiryIntake } from '$lib/server/forms/inquiry-forms';
import { runInquiryAction } from '$lib/server/http/inquiry-actions';
import { forwardChoices, inquiryRow, namesOf } from '$lib/server/http/inquiry-pages';
import type { Actions, PageServerLoad } from './$types';

/**
 * The inquiry register (Annex 2): a new inquiry's form, and the lists: mine (SR-13: the receiver
 * keeps sight), forwarded to me or my department, my departments' (heads), overdue.
 */
export const load: PageServerLoad = (event) => {
	const { app, principal, lang } = event.locals;
	const location = locationOf(event);
	const names = namesOf(app, lang);
	const rows = (list: 'mine' | 'forwarded' | 'department' | 'overdue') =>
		app.inquiries.list(principal, list).map((i) => inquiryRow(names, i));
	const isHead = principal.roles.includes('manager') || principal.roles.includes('admin');
	// A summons nobody could answer (issue 15) opens the form prefilled: note, matter, department.
	const asked = event.url.searchParams;
	const idOf = (name: string) => (/^\d{1,9}$/.test(asked.get(name) ?? '') ? asked.get(name)! : '');
	return {
		prefill: {
			channel: asked.get('channel') === 'in_person' ? 'in_person' : 'phone',
			question: (asked.get('question') ?? '').slice(0, 500),
			serviceId: idOf('serviceId'),
			departmentId: idOf('departmentId')
		},
		location,
		timeZone: app.views.location(location.id)!.hours.timeZone,
		locations: app.views.locations().map((l) => ({ id: l.id, name: l.name })),
		services: app.office
			.services(location.id)
			.filter((s) => s.active)
			.map((s) => ({ id: s.id, name: localized(s.name, lang) })),
		...forwardChoices(app, lang, location.id),
		lists: {
			overdue: rows('overdue'),
			forwarded: rows('forwarded'),
			mine: rows('mine'),
			department: isHead ? rows('department') : null
		}
	};
};

export const actions: Actions = {
	record: async (event) => {
		const { id } = locationOf(event);
		const result = await runInquiryAction(event, 'intake', inquiryIntake, (register, value) =>
			register.record(event.locals.principal, id, value)
		);
		if ('saved' in result) redirect(303, `/inquiries/${result.id}?created=1`);
		return result;
	}
};
