import { fail } from '@sveltejs/kit';
import { mayActOnDepartment, type Principal } from '$lib/server/auth/guard';
import { formDataOf } from '$lib/server/forms/form-input';
import type { Actions, PageServerLoad } from './$types';

/** Admins see every message; a manager those of their departments' matters. */
const departmentsOf = (p: Principal) =>
	p.roles.includes('admin') ? null : (p.staff?.departmentIds ?? []);

/**
 * The outbox (managers and admins): the newest messages to visitors with their state, attempts,
 * next attempt and last error, recipients masked and no bodies (they hold the bookings' links).
 */
export const load: PageServerLoad = ({ locals }) => {
	const { outbox } = locals.app;
	return {
		channels: { email: outbox.configured('email'), sms: outbox.configured('sms') },
		messages: outbox.list(departmentsOf(locals.principal))
	};
};

export const actions: Actions = {
	/** "Retry now": the message is due at once (even one given up), audited. */
	retry: async ({ request, locals, getClientAddress }) => {
		const form = await formDataOf(request, 1024);
		const raw = form instanceof FormData ? form.get('id') : null;
		const id = typeof raw === 'string' && /^[1-9]\d{0,12}$/.test(raw) ? Number(raw) : null;
		if (id === null) return fail(400, { retry: { id: null, ok: false } });
		const message = locals.app.outbox.get(id);
		// Another department's message is refused as one that does not exist would be.
		const own =
			message !== null &&
			(message.departmentId === null
				? locals.principal.roles.includes('admin')
				: mayActOnDepartment(locals.principal, message.departmentId));
		if (!own || !locals.app.outbox.retryNow(id)) return fail(409, { retry: { id, ok: false } });
		locals.app.audit.record({
			actor: locals.principal,
			action: 'message.retry',
			subject: `outbox:${id}`,
			ip: getClientAddress()
		});
		return { retry: { id, ok: true } };
	}
};
