import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n';
import { inquiryAnswer, inquiryForward } from '$lib/server/forms/inquiry-forms';
import { runInquiryAction } from '$lib/server/http/inquiry-actions';
import { forwardChoices, namesOf, townOf } from '$lib/server/http/inquiry-pages';
import { DomainError, localTime } from '$lib/server/queue';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * One inquiry as the Annex 2 form (printable), with its next steps: forward, confirm the
 * call-back, close. Only those the register lets read it see it; others get a 404.
 */
export const load: PageServerLoad = (event) => {
	const { app, lang } = event.locals;
	const inquiry = read(event);
	const location = app.office.location(inquiry.locationId)!;
	const names = namesOf(app, lang);
	return {
		inquiry,
		town: townOf(location),
		timeZone: location.hours.timeZone,
		today: localTime(Date.now(), location.hours.timeZone).day,
		receivedBy: names.staff(inquiry.receivedBy),
		forwardedTo:
			names.staff(inquiry.forwardedToStaff) ?? names.department(inquiry.forwardedToDepartment),
		answeredBy: names.staff(inquiry.answeredBy),
		created: event.url.searchParams.has('created'),
		choices: inquiry.mayAct ? forwardChoices(app, lang, inquiry.locationId) : null
	};
};

function read(event: Pick<RequestEvent, 'params' | 'locals'>) {
	const id = /^[1-9]\d{0,12}$/.test(event.params.id) ? Number(event.params.id) : 0;
	try {
		return event.locals.app.inquiries.get(event.locals.principal, id);
	} catch (err) {
		if (err instanceof DomainError && err.code === 'not_found') {
			error(404, { message: translate(event.locals.lang, 'inquiry.err.not_found') });
		}
		throw err;
	}
}

const idOf = (event: RequestEvent) => read(event).id;

export const actions: Actions = {
	forward: (event) =>
		runInquiryAction(event, 'forward', inquiryForward, (register, to) =>
			register.forward(event.locals.principal, idOf(event), to)
		),
	answer: (event) =>
		runInquiryAction(event, 'answer', inquiryAnswer, (register, v) =>
			register.answer(event.locals.principal, idOf(event), v.informedOn)
		),
	close: (event) =>
		runInquiryAction(event, 'close', z.object({}), (register) =>
			register.close(event.locals.principal, idOf(event))
		)
};
