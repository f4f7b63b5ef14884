import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { staffBookingsOf } from '$lib/server/desk/staff-bookings';
import { moveInput, readStaffForm, refused, ruleRefusal } from '$lib/server/forms/booking-forms';
import type { Actions, PageServerLoad } from './$types';

const idOf = (raw: string) => (/^[1-9]\d{0,12}$/.test(raw) ? Number(raw) : 0);

/**
 * One booking for the clerk on the phone: its slot, needs and the client's contact (shown here
 * only, where the call needs it), moving it to another free slot of its matter, cancelling it.
 */
export const load: PageServerLoad = ({ params, url, locals }) => {
	const { app } = locals;
	const booking = staffBookingsOf(app).byId(idOf(params.id));
	if (!booking) error(404, { message: translate(locals.lang, 'bookings.not_found') });
	const service = app.office.services(booking.locationId).find((s) => s.id === booking.serviceId);
	const clerk = booking.bookedBy === null ? null : app.accounts.staff.byId(booking.bookedBy);
	const movable = booking.state === 'booked';
	const days = movable ? app.bookings.days(booking.locationId, booking.interpreter) : [];
	const asked = url.searchParams.get('moveDay') ?? '';
	const moveDay = days.includes(asked) ? asked : booking.day;
	const slots =
		movable && days.includes(moveDay)
			? app.bookings
					.freeSlots(booking.locationId, booking.serviceId, moveDay, booking.interpreter)
					.filter((s) => s.free > 0 && !(moveDay === booking.day && s.start === booking.start))
					.map((s) => ({ start: s.start, free: s.free }))
			: [];
	return {
		booking: {
			id: booking.id,
			code: booking.code,
			day: booking.day,
			start: booking.start,
			state: booking.state,
			interpreter: booking.interpreter,
			accessible: booking.accessible,
			email: booking.email,
			phone: booking.phone,
			lang: booking.lang,
			locationId: booking.locationId
		},
		serviceName: service?.name ?? null,
		bookedBy: clerk ? `${clerk.firstName} ${clerk.lastName}` : null,
		movable,
		days,
		moveDay,
		slots,
		booked: url.searchParams.has('booked'),
		moved: url.searchParams.has('moved'),
		cancelled: url.searchParams.has('cancelled')
	};
};

const actorOf = (event: Parameters<Actions[string]>[0]) => ({
	principal: event.locals.principal,
	ip: event.getClientAddress()
});

export const actions: Actions = {
	move: async (event) => {
		const read = await readStaffForm(event.request, 'move', moveInput);
		if (!read.ok) return read.failure;
		const id = idOf(event.params.id ?? '');
		try {
			staffBookingsOf(event.locals.app).move(actorOf(event), id, read.value);
		} catch (err) {
			return ruleRefusal(err, 'move', read.values);
		}
		redirect(303, `/bookings/${id}?moved=1`);
	},
	cancel: async (event) => {
		const id = idOf(event.params.id ?? '');
		if (!id) return refused(404, 'cancel', {}, { form: { key: 'bookings.not_found' } });
		try {
			staffBookingsOf(event.locals.app).cancel(actorOf(event), id);
		} catch (err) {
			return ruleRefusal(err, 'cancel', {});
		}
		redirect(303, `/bookings/${id}?cancelled=1`);
	}
};
