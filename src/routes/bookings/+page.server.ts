import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { locationOf } from '$lib/server/admin/routes';
import { staffBookingsOf } from '$lib/server/desk/staff-bookings';
import {
	codeParam,
	readStaffForm,
	ruleRefusal,
	staffBookingInput
} from '$lib/server/forms/booking-forms';
import { localTime } from '$lib/server/queue';
import type { Actions, PageServerLoad } from './$types';

/** A day that exists (2026-13-45 does not: the list falls back to today, never a 500). */
const realDay = (raw: string | null) =>
	raw !== null && z.iso.date().safeParse(raw).success ? raw : null;

/**
 * Booking for a client on the phone: choose the matter, day and interpreter (a GET form, so it
 * works without JavaScript), then a free time; find a booking by its code; the day's list. The
 * list shows whether contact data was given, never the data itself.
 */
export const load: PageServerLoad = ({ url, locals }) => {
	const location = locationOf({ url, locals });
	const { app } = locals;
	const staff = staffBookingsOf(app);
	const place = app.office.location(location.id)!;
	const today = localTime(app.bookings.clock(), place.hours.timeZone).day;
	const services = app.office
		.services(location.id)
		.filter((s) => s.active)
		.map((s) => ({ id: s.id, name: s.name }));

	const asked = url.searchParams.get('code');
	const code = codeParam(asked);
	if (code) {
		const found = staff.byCode(location.id, code);
		if (found) redirect(303, `/bookings/${found.id}`);
	}

	const serviceId = Number(url.searchParams.get('service')) || null;
	const service = services.find((s) => s.id === serviceId) ?? null;
	const interpreter = url.searchParams.get('interpreter') === '1';
	const days = service ? app.bookings.days(location.id, interpreter) : [];
	const askedDay = url.searchParams.get('day') ?? '';
	const day = days.includes(askedDay) ? askedDay : (days[0] ?? null);
	const slots =
		service && day
			? app.bookings
					.freeSlots(location.id, service.id, day, interpreter)
					.filter((s) => s.free > 0)
					.map((s) => ({ start: s.start, free: s.free }))
			: [];
	const listDay = realDay(url.searchParams.get('list')) ?? today;
	const list = staff.ofDay(location.id, listDay).map((b) => ({
		id: b.id,
		start: b.start,
		code: b.code,
		serviceId: b.serviceId,
		state: b.state,
		interpreter: b.interpreter,
		accessible: b.accessible,
		contact: b.email !== null || b.phone !== null
	}));
	return {
		location,
		locations: app.views.locations().map((l) => ({ id: l.id, name: l.name })),
		services,
		chosen: { serviceId: service?.id ?? null, interpreter, day },
		days,
		slots,
		listDay,
		list,
		codeAsked: asked,
		codeBad: asked !== null && asked !== '' && code === null,
		codeMissing: code !== null
	};
};

export const actions: Actions = {
	book: async (event) => {
		const read = await readStaffForm(event.request, 'book', staffBookingInput);
		if (!read.ok) return read.failure;
		const location = locationOf(event);
		const actor = { principal: event.locals.principal, ip: event.getClientAddress() };
		let id: number;
		try {
			id = staffBookingsOf(event.locals.app).book(actor, {
				locationId: location.id,
				...read.value
			}).id;
		} catch (err) {
			return ruleRefusal(err, 'book', read.values);
		}
		redirect(303, `/bookings/${id}?booked=1`);
	}
};
