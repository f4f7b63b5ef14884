/**
 * What the public booking pages show (issue 14): the choices on /rezerwacja (location, matter,
 * day, time) and a booking behind its link. Read from the office's set-up and BookingService;
 * the pages only lay it out.
 */
import type { Localized } from '$lib/shared/dto';
import type { BookingDto, FreeSlotDto } from '$lib/shared/booking';
import type { App } from '../app';
import type { Booking } from '../db/repositories/bookings';
import { bookingDto } from '../http/bookings';

export interface BookingMatter {
	id: number;
	name: Localized;
}

export interface BookingDepartment {
	id: number;
	name: Localized;
	matters: BookingMatter[];
}

export interface BookingDay {
	day: string;
	/** Free places over the day's slots: 0 shows the day as fully booked. */
	free: number;
}

export interface BookingMenu {
	locations: { slug: string; name: string }[];
	location: { id: number; slug: string; name: string } | null;
	departments: BookingDepartment[];
	matter: number | null;
	interpreter: boolean;
	days: BookingDay[];
	day: string | null;
	slots: FreeSlotDto[];
	/** The numbers the page tells visitors, from the rules themselves (not written twice). */
	contactKeptDays: number;
	interpreterNoticeDays: number;
}

/** The address's choices, as the page's links and forms write them. */
export interface BookingQuery {
	location: string | null;
	matter: string | null;
	day: string | null;
	interpreter: boolean;
}

/**
 * The booking page for these choices: a choice that does not exist (another location's matter,
 * a day that is not bookable) is as if not made, so an old or edited address still shows a page.
 */
export function bookingMenu(app: App, query: BookingQuery): BookingMenu {
	const locations = app.views.locations().map((l) => ({ id: l.id, slug: l.slug, name: l.name }));
	const location =
		locations.find((l) => l.slug === query.location) ??
		(locations.length === 1 ? locations[0]! : null);
	const rules = app.bookings.policy(location?.id ?? locations[0]?.id ?? 0);
	const menu: BookingMenu = {
		locations: locations.map(({ slug, name }) => ({ slug, name })),
		location,
		departments: [],
		matter: null,
		interpreter: query.interpreter,
		days: [],
		day: null,
		slots: [],
		contactKeptDays: app.bookings.contactKeptDays,
		interpreterNoticeDays: rules.interpreterNoticeDays
	};
	if (!location) return menu;

	const bookable = new Set(app.bookings.bookableMatters(location.id));
	const services = app.office.services(location.id).filter((s) => bookable.has(s.id));
	menu.departments = app.office
		.departments(location.id)
		.map((d) => ({
			id: d.id,
			name: d.name,
			matters: services
				.filter((s) => s.departmentId === d.id)
				.map((s) => ({ id: s.id, name: s.name }))
		}))
		.filter((d) => d.matters.length > 0);
	const matter = services.find((s) => String(s.id) === query.matter);
	if (!matter) return menu;
	menu.matter = matter.id;

	// Only the days on which the matter has slots; a day with none free is shown as full.
	for (const day of app.bookings.days(location.id, query.interpreter)) {
		const slots = app.bookings.freeSlots(location.id, matter.id, day);
		if (slots.length > 0) menu.days.push({ day, free: slots.reduce((n, s) => n + s.free, 0) });
	}
	const day =
		menu.days.find((d) => d.day === query.day) ?? menu.days.find((d) => d.free > 0) ?? null;
	if (!day) return menu;
	menu.day = day.day;
	menu.slots = app.bookings
		.freeSlots(location.id, matter.id, day.day)
		.map((s) => ({ start: s.start, at: s.at, free: s.free }));
	return menu;
}

export interface BookingView {
	booking: BookingDto;
	matter: Localized;
	office: string;
	timeZone: string;
	/** The booking's own address, absolute (what its QR code holds). */
	link: string;
	checkInEarlyMinutes: number;
	checkInGraceMinutes: number;
}

/** A booking as its holder's page shows it; `origin` is used when OKIENKO_PUBLIC_URL is not set. */
export function bookingView(app: App, booking: Booking, origin: string): BookingView {
	const location = app.office.location(booking.locationId)!;
	const rules = app.bookings.policy(booking.locationId);
	return {
		booking: bookingDto(booking),
		matter: app.office.service(booking.serviceId)?.name ?? { pl: '', en: '' },
		office: location.name,
		timeZone: location.hours.timeZone,
		link: `${app.config.publicUrl || origin}/rezerwacja/${booking.viewToken}`,
		checkInEarlyMinutes: rules.checkInEarlyMinutes,
		checkInGraceMinutes: rules.checkInGraceMinutes
	};
}
