/**
 * What the four administration pages (/admin/locations|departments|services|windows) share: the
 * location they edit, the acting principal, and turning an OfficeAdmin result into the form
 * action's answer (a 4xx with the field errors and the values as sent, for the page to show).
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { formDataOf } from '../forms/form-input';
import { officeAdminOf, type AdminActor, type AdminResult } from '../office/admin';
import { formValues, type AdminFieldErrors, type FormValues } from '../office/schemas';

/** What a refused form gets back (as `form` on the page). */
export interface AdminFailure {
	form: string;
	id: number | null;
	values: FormValues;
	errors: AdminFieldErrors;
}

/**
 * The office forms are bigger than the sign-in forms: a department's names and notes at their
 * length limits, percent-encoded in a non-Latin script, come near 16 KiB.
 */
const MAX_ADMIN_FORM_BYTES = 64 * 1024;

/** The location a page edits: `?location=ID`, else the first one. */
export function locationOf(event: Pick<RequestEvent, 'url' | 'locals'>): {
	id: number;
	name: string;
} {
	const all = event.locals.app.views.locations();
	const asked = event.url.searchParams.get('location');
	const location = asked === null ? all[0] : all.find((l) => String(l.id) === asked);
	if (!location) error(404, { message: translate(event.locals.lang, 'admin.err.not_found') });
	return { id: location.id, name: location.name };
}

/** `?edit=ID` as a number, `null` for none or `new`. */
export function editedId(url: URL): number | 'new' | null {
	const raw = url.searchParams.get('edit');
	if (raw === 'new') return 'new';
	return raw && /^[1-9]\d{0,12}$/.test(raw) ? Number(raw) : null;
}

/** Run one administration change from a submitted form and answer as a form action does. */
export async function runAdminAction(
	event: RequestEvent,
	formName: string | ((values: FormValues) => string),
	change: (
		admin: ReturnType<typeof officeAdminOf>,
		actor: AdminActor,
		locationId: number,
		values: FormValues,
		id: number | null
	) => AdminResult,
	after: 'stay' | 'list' = 'stay'
) {
	// Not a form, or over the size limit (with or without Content-Length): 400 or 413.
	const data = await formDataOf(event.request, MAX_ADMIN_FORM_BYTES);
	if (!(data instanceof FormData)) {
		const form = typeof formName === 'string' ? formName : 'form';
		const key = data === 413 ? 'error.too_large' : 'admin.err.invalid';
		return fail(data, failure(form, null, {}, { form: { key } }));
	}
	const values = formValues(data);
	const rawId = typeof values.id === 'string' ? values.id : '';
	const form = typeof formName === 'string' ? formName : formName(values);
	const id = /^[1-9]\d{0,12}$/.test(rawId) ? Number(rawId) : null;
	const location = locationOf(event);
	const actor: AdminActor = { principal: event.locals.principal, ip: event.getClientAddress() };
	const result = change(officeAdminOf(event.locals.app), actor, location.id, values, id);
	if (!result.ok) return fail(result.status, failure(form, id, values, result.errors));
	if (values.id === 'new' || after === 'list') {
		// A new row: on to its own edit form, which says it was added; a deleted one: the list.
		const to = new URLSearchParams({ location: String(location.id) });
		if (after === 'list') to.set('deleted', '1');
		else {
			to.set('edit', String(result.id));
			to.set('created', '1');
		}
		redirect(303, `${event.url.pathname}?${to}`);
	}
	return { form, id: result.id, saved: true as const, changed: result.changed };
}

function failure(
	form: string,
	id: number | null,
	values: FormValues,
	errors: AdminFieldErrors
): AdminFailure {
	return { form, id, values, errors };
}

/** What every administration page loads: the location, the others, and what is being edited. */
export function adminPageBase(event: Pick<RequestEvent, 'url' | 'locals'>) {
	const location = locationOf(event);
	return {
		location,
		locations: event.locals.app.views.locations().map((l) => ({ id: l.id, name: l.name })),
		edit: editedId(event.url),
		created: event.url.searchParams.has('created'),
		deleted: event.url.searchParams.has('deleted'),
		isAdmin: event.locals.principal.roles.includes('admin')
	};
}
