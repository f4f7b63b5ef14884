/** Small builders for the queue domain's plain data, so each test states only what matters. */
import {
	DomainError,
	type Department,
	type DomainErrorCode,
	type OpeningHours,
	type Service,
	type ServiceWindow,
	type Ticket
} from '../../../src/lib/server/queue';

let nextId = 1000;

/** A waiting normal ticket for service 1 / department 10 / location 1, unless told otherwise. */
export function ticket(over: Partial<Ticket> = {}): Ticket {
	const id = over.id ?? nextId++;
	return {
		id,
		code: `code-${id}`,
		number: `A${String(id).padStart(3, '0')}`,
		day: '2026-01-05',
		locationId: 1,
		departmentId: 10,
		serviceId: 1,
		priority: null,
		state: 'waiting',
		issuedAt: 1_000,
		calledAt: null,
		startedAt: null,
		finishedAt: null,
		windowId: null,
		recalls: 0,
		transfers: 0,
		transferNote: null,
		...over
	};
}

/** A ticket called to window 7 (the default window). */
export function calledTicket(over: Partial<Ticket> = {}): Ticket {
	return ticket({ state: 'called', windowId: 7, calledAt: 2_000, ...over });
}

/** A ticket in service at window 7. */
export function servingTicket(over: Partial<Ticket> = {}): Ticket {
	return ticket({ state: 'serving', windowId: 7, calledAt: 2_000, startedAt: 2_500, ...over });
}

/** Window 7 of location 1, open, serving service 1, no priority run. */
export function window(over: Partial<ServiceWindow> = {}): ServiceWindow {
	return {
		id: 7,
		locationId: 1,
		label: '3',
		room: '215',
		status: 'open',
		pauseReason: null,
		consultingSince: null,
		serviceIds: [1],
		consecutivePriorityCalls: 0,
		...over
	};
}

export function service(over: Partial<Service> = {}): Service {
	return {
		id: 1,
		departmentId: 10,
		prefix: null,
		priorityAllowed: true,
		lateAcceptance: {},
		availableWhenLimited: false,
		defaultServiceMinutes: 10,
		...over
	};
}

export function department(over: Partial<Department> = {}): Department {
	return { id: 10, locationId: 1, prefix: 'A', ...over };
}

/** A city hall in Warsaw time: Monday 8–17, Tuesday–Friday 7:30–15:30, closed at weekends. */
export function hours(over: Partial<OpeningHours> = {}): OpeningHours {
	return {
		timeZone: 'Europe/Warsaw',
		week: {
			1: { opens: '08:00', closes: '17:00' },
			2: { opens: '07:30', closes: '15:30' },
			3: { opens: '07:30', closes: '15:30' },
			4: { opens: '07:30', closes: '15:30' },
			5: { opens: '07:30', closes: '15:30' }
		},
		cutoffMinutes: 15,
		mode: 'normal',
		enforced: true,
		...over
	};
}

/** An instant written in UTC ISO form, e.g. at('2026-01-05T15:44Z'). */
export function at(iso: string): number {
	const ms = Date.parse(iso);
	if (Number.isNaN(ms)) throw new Error(`bad instant ${iso}`);
	return ms;
}

/** Freeze an object graph so any mutation by the code under test throws (modules are strict). */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value as object)) deepFreeze(v);
	}
	return value;
}

/** The code a domain rule refuses with, or 'no error' when it lets the change happen. */
export function codeOf(fn: () => unknown): DomainErrorCode | 'no error' | 'not a DomainError' {
	try {
		fn();
	} catch (e) {
		return e instanceof DomainError ? e.code : 'not a DomainError';
	}
	return 'no error';
}

/** Reference queue order written independently of the code: issue time, then lower id. */
export function earlier(a: Ticket, b: Ticket): boolean {
	return a.issuedAt < b.issuedAt || (a.issuedAt === b.issuedAt && a.id < b.id);
}

export function oldest(list: readonly Ticket[]): Ticket | undefined {
	let best: Ticket | undefined;
	for (const t of list) if (!best || earlier(t, best)) best = t;
	return best;
}

/** Tickets the window may call, by the requirement (state, location, service). */
export function eligibleFor(tickets: readonly Ticket[], w: ServiceWindow): Ticket[] {
	return tickets.filter(
		(t) =>
			t.state === 'waiting' && t.locationId === w.locationId && w.serviceIds.includes(t.serviceId)
	);
}

/** Reference model of SR-01 ordering, written from the requirement. */
export function referenceNext(
	tickets: readonly Ticket[],
	w: ServiceWindow,
	cap: number
): Ticket | null {
	const el = eligibleFor(tickets, w);
	const p = oldest(el.filter((t) => t.priority !== null));
	const n = oldest(el.filter((t) => t.priority === null));
	if (!p) return n ?? null;
	if (n && w.consecutivePriorityCalls >= cap && earlier(n, p)) return n;
	return p;
}
