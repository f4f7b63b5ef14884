/**
 * What the register's pages show of inquiries and people: a list row carries no phone or name
 * (those are read on the inquiry's own page, by those who may), names of staff and departments
 * in the reader's language.
 */
import { localized } from '$lib/i18n/lang';
import type { App } from '../app';
import type { InquiryView } from '../desk/inquiries';
import type { Lang } from '$lib/shared/dto';
import type { InquiryRowDto } from '$lib/shared/inquiry';

/** The longest part of a question a list shows. */
const PREVIEW = 140;

export function namesOf(app: App, lang: Lang) {
	const staff = new Map(
		app.accounts.staff.all().map((s) => [s.id, `${s.firstName} ${s.lastName}`])
	);
	const departments = new Map(
		app.views
			.locations()
			.flatMap((l) => app.office.departments(l.id))
			.map((d) => [d.id, localized(d.name, lang)])
	);
	return {
		staff: (id: number | null) => (id === null ? null : (staff.get(id) ?? `#${id}`)),
		department: (id: number | null) => (id === null ? null : (departments.get(id) ?? `#${id}`))
	};
}

export function inquiryRow(names: ReturnType<typeof namesOf>, i: InquiryView): InquiryRowDto {
	return {
		id: i.id,
		question: i.question.length > PREVIEW ? `${i.question.slice(0, PREVIEW)}…` : i.question,
		state: i.state,
		channel: i.channel,
		receivedAt: i.receivedAt,
		dueDay: i.dueDay,
		overdue: i.overdue,
		receivedBy: names.staff(i.receivedBy)!,
		forwardedTo: names.staff(i.forwardedToStaff) ?? names.department(i.forwardedToDepartment)
	};
}

/** Whom an inquiry can be forwarded to: active staff and the location's departments. */
export function forwardChoices(app: App, lang: Lang, locationId: number) {
	return {
		staff: app.accounts.staff
			.all()
			.filter((s) => s.active)
			.map((s) => ({ id: s.id, name: `${s.lastName} ${s.firstName}`, position: s.position }))
			.sort((a, b) => a.name.localeCompare(b.name, lang)),
		departments: app.office
			.departments(locationId)
			.map((d) => ({ id: d.id, name: localized(d.name, lang) }))
	};
}

/**
 * The town of Annex 2's "Bieruń, dnia: … godzina: …": from the location's address ("… 43-150
 * Bieruń"), else its name.
 */
export function townOf(location: { name: string; address: string }): string {
	return /\d{2}-\d{3}\s+([^,]+)\s*$/.exec(location.address)?.[1]?.trim() ?? location.name;
}
