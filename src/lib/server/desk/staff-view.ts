import type { StaffSnapshotDto, WindowDto } from '$lib/shared/dto';
import { CONSOLE_QUEUE_LIMIT } from '$lib/shared/vocabulary';
import type { OfficeRepository } from '../office/repository';
import type { TicketRepository } from '../db/repositories/tickets';
import {
	callOrder,
	ESTIMATE_SAMPLE,
	localTime,
	usualServiceMs,
	type ServiceWindow,
	type Ticket,
	type WindowHold
} from '../queue';
import type { AppointmentsView } from './appointments-view';
import { forWindow, type StaffFrame, type WindowQueue } from './console-groups';
import { consoleTicket, locationOf, namesOf, windowDto, type WindowAtDesk } from './view-mappers';
import { holderDto } from './window-holds';

/** How many of today's missed and cancelled tickets the consoles of a location list. */
export const MISSED_SHOWN = 50;

/**
 * The staff's read model: the clerks' consoles (one window's own queue) and the whole location's
 * staff view. Apart from QueueViews (views.ts), which still answers for it, because a console's
 * view has its own rule: it is built from the window's own queues, never the location's.
 */
export class StaffView {
	constructor(
		private readonly office: OfficeRepository,
		private readonly tickets: TicketRepository,
		private readonly clock: () => number,
		/** The live holds of windows (desk/window-holds.ts), by window. */
		private readonly holds: () => Map<number, WindowHold>,
		/** Today's appointments (SR-09); none without the bookings (tests of the queue alone). */
		private readonly appointments: AppointmentsView | null = null
	) {}

	/**
	 * What every console of a location shares (console-groups.ts): the windows with their clients,
	 * today's missed tickets, departments and matters; no queue. Its cost does not grow with the
	 * queue: it reads the windows' current tickets and a bounded list of missed ones.
	 */
	frame(locationId: number): StaffFrame {
		const location = locationOf(this.office, locationId);
		const names = namesOf(this.office, locationId);
		const current = this.tickets.current(locationId);
		const holds = this.holds();
		return {
			location: {
				id: location.id,
				slug: location.slug,
				name: location.name,
				mode: location.hours.mode,
				fairnessCap: location.policy.fairnessCap,
				restoreGraceMinutes: location.restoreGraceMinutes
			},
			windows: this.office.windows(locationId).map((w) => {
				const ticket = current.find((t) => t.windowId === w.id) ?? null;
				return windowDto(location, w, ticket, names, this.atDesk(w.id, ticket, holds));
			}),
			missed: this.tickets
				.endedToday(locationId, localTime(this.clock(), location.hours.timeZone).day, MISSED_SHOWN)
				.map((t) => consoleTicket(t, names)),
			appointments: this.appointments?.today(location, this.clock()) ?? [],
			departments: this.office
				.departments(locationId)
				.map((d) => ({ id: d.id, name: d.name, prefix: d.prefix })),
			services: this.office
				.services(locationId)
				.filter((s) => s.active)
				.map((s) => ({ id: s.id, departmentId: s.departmentId, name: s.name })),
			at: this.clock()
		};
	}

	/**
	 * The staff view of a whole location, every waiting ticket in queue order (GET
	 * /api/locations/{id}/queue). Consoles never get it: it grows with the queue.
	 */
	snapshot(locationId: number): StaffSnapshotDto {
		const frame = this.frame(locationId);
		const names = namesOf(this.office, locationId);
		const waiting = this.tickets.waiting(locationId).map((t) => consoleTicket(t, names));
		return {
			...frame,
			waiting,
			waitingCount: waiting.length,
			waitingPriorityCount: waiting.filter((t) => t.priority !== null).length
		};
	}

	/** A console's snapshot: the staff view narrowed to one window, or null if it does not exist. */
	console(windowId: number): StaffSnapshotDto | null {
		const w = this.office.window(windowId);
		return w ? this.consoleOf(this.frame(w.locationId), windowId) : null;
	}

	/** A console's snapshot from its location's frame (the broadcaster builds the frame once). */
	consoleOf(frame: StaffFrame, windowId: number): StaffSnapshotDto | null {
		return forWindow(frame, windowId, (w) =>
			this.windowQueue(frame.location.id, w, frame.location.fairnessCap, frame.at)
		);
	}

	/**
	 * A window's own queue from the heads of the queues it serves and the counts kept with every
	 * change (TicketRepository.queueHeads, waitingPerClass), never the location's whole queue: its
	 * cost stays the same with 200 or 15 000 waiting. tests/integration/console-view.test.ts
	 * checks it against the call order of the whole queue.
	 */
	private windowQueue(
		locationId: number,
		w: { serviceIds: number[]; priorityRun: number },
		fairnessCap: number,
		/** The frame's time: an appointment's place in the list depends on whether its slot has come. */
		now: number
	): WindowQueue {
		const counts = this.tickets.waitingPerClass(locationId);
		let waitingCount = 0;
		let waitingPriorityCount = 0;
		for (const serviceId of w.serviceIds) {
			const c = counts.get(serviceId);
			waitingCount += (c?.normal ?? 0) + (c?.priority ?? 0);
			waitingPriorityCount += c?.priority ?? 0;
		}
		const heads = this.tickets.queueHeads(
			{ locationId, serviceIds: w.serviceIds },
			CONSOLE_QUEUE_LIMIT,
			counts
		);
		const names = namesOf(this.office, locationId);
		const waiting = callOrder(heads, w.priorityRun, { fairnessCap }, now)
			.slice(0, CONSOLE_QUEUE_LIMIT)
			.map((t) => consoleTicket(t, names));
		return { waiting, waitingCount, waitingPriorityCount };
	}

	windowDto(w: ServiceWindow, current: Ticket | null): WindowDto {
		const location = locationOf(this.office, w.locationId);
		const desk = this.atDesk(w.id, current, this.holds());
		return windowDto(location, w, current, namesOf(this.office, w.locationId), desk);
	}

	/**
	 * Who holds a window, and how long its client's matter usually takes: the median of its recent
	 * visits, read from an index for the windows that have a client only.
	 */
	private atDesk(windowId: number, current: Ticket | null, holds: Map<number, WindowHold>) {
		const hold = holds.get(windowId);
		const desk: WindowAtDesk = { holder: hold ? holderDto(hold) : null, usualServiceMs: null };
		if (current) {
			const service = this.office.service(current.serviceId);
			desk.usualServiceMs = usualServiceMs(
				this.tickets.recentServiceDurations(current.serviceId, ESTIMATE_SAMPLE),
				service?.defaultServiceMinutes ?? 5
			);
		}
		return desk;
	}
}
