/**
 * The demo office's appointments (issue 14), so that /rezerwacja works from a fresh clone: three
 * matters people book in Polish city halls (the civic affairs office's ID cards and civil
 * registry, the housing allowance, the Family Three Plus card), on weekdays 08:00–14:00 in 20-minute slots
 * with 2 places each, and a sign-language interpreter on weekdays 09:00–13:00 (one at a time), so
 * a booking with an interpreter can be tried too. A real office sets its own at /admin/appointments.
 */
import type { Db } from '../db/open';
import { BookingRepository } from '../db/repositories/bookings';
import { BookingSettingsRepository } from '../db/repositories/booking-settings';
import { OfficeRepository } from '../office/repository';
import type { SlotSchedule } from '../queue';

export const DEMO_APPOINTMENT_MATTERS = ['SO', 'M15', 'M27'];

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

export const DEMO_APPOINTMENT_HOURS: Omit<SlotSchedule, 'weekday'> = {
	from: '08:00',
	to: '14:00',
	slotMinutes: 20,
	capacity: 2
};

export const DEMO_INTERPRETER_HOURS = { from: '09:00', to: '13:00', capacity: 1 };

export function seedDemoAppointments(db: Db): void {
	const office = new OfficeRepository(db);
	const bookings = new BookingRepository(db);
	const settings = new BookingSettingsRepository(db);
	for (const location of office.locations()) {
		for (const weekday of WEEKDAYS) {
			settings.addInterpreterStretch(location.id, { weekday, ...DEMO_INTERPRETER_HOURS });
		}
	}
	const services = office.locations().flatMap((l) => office.services(l.id));
	for (const service of services) {
		if (!service.code || !DEMO_APPOINTMENT_MATTERS.includes(service.code)) continue;
		bookings.setSchedule(
			service.id,
			WEEKDAYS.map((weekday) => ({ weekday, ...DEMO_APPOINTMENT_HOURS }))
		);
	}
}
