/**
 * The kiosk's wizard (KioskFlow) step by step, with the ticket's answer given by the test, timers
 * under the test's hand for the walk-away rule, and a real socket.io server for the live board.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	IDLE_MS,
	IDLE_TICKET_MS,
	KioskFlow,
	type KioskFlowOptions
} from '../../src/lib/client/kiosk-flow.svelte';
import { openSocket } from '../../src/lib/client/socket';
import { translator } from '../../src/lib/i18n';
import type {
	ApiResult,
	IssuedTicketDto,
	KioskDepartmentDto,
	KioskMenuDto,
	KioskServiceDto,
	Lang
} from '../../src/lib/shared/dto';
import type { IssueTicketRequest } from '../../src/lib/shared/schemas';
import { snapshot, startRoomServer, type RoomServer } from './room-server';

function service(id: number, over: Partial<KioskServiceDto> = {}): KioskServiceDto {
	return {
		id,
		name: { pl: `Sprawa ${id}`, en: `Matter ${id}` },
		priorityAllowed: false,
		idRequired: false,
		onlineUrl: null,
		featured: false,
		available: true,
		refusal: null,
		waiting: 0,
		estimate: null,
		places: [],
		...over
	};
}

function department(id: number, services: KioskServiceDto[]): KioskDepartmentDto {
	const name = { pl: `Wydział ${id}`, en: `Department ${id}` };
	return { id, kind: 'wydzial', name, note: null, prefix: 'A', services };
}

/** Civic affairs: two matters, one with priority tickets; tax: one matter; info: featured only. */
const menu: KioskMenuDto = {
	closedToday: null,
	location: {
		id: 1,
		slug: 'bierun',
		name: 'Urząd',
		address: '',
		mode: 'normal',
		contact: { phone: '', email: '', eServicesUrl: '' },
		week: {},
		cutoffMinutes: 0,
		hoursEnforced: false,
		timeZone: 'Europe/Warsaw',
		floors: []
	},
	departments: [
		department(10, [
			service(101, { priorityAllowed: true, waiting: 2 }),
			service(102, { available: false, refusal: 'after_cutoff', waiting: 1 }),
			service(103, { available: false, refusal: 'no_window' })
		]),
		department(20, [service(201)]),
		department(30, [service(301, { featured: true })])
	]
};

const civic = menu.departments[0]!;
const tax = menu.departments[1]!;
const issuedTicket = { ticket: { number: 'A001' } } as IssuedTicketDto;

/** The visitor's language as the page's I18n holds it. */
function language(lang: Lang = 'pl') {
	const i18n = {
		lang,
		setLang: vi.fn((next: Lang) => void (i18n.lang = next)),
		t: translator('pl')
	};
	return i18n;
}

let flows: KioskFlow[] = [];

function kiosk(over: Partial<KioskFlowOptions> = {}) {
	const sent: IssueTicketRequest[] = [];
	let answer: ApiResult<IssuedTicketDto> = { data: issuedTicket };
	const flow = new KioskFlow({
		menu: () => menu,
		board: snapshot(1, 1),
		kiosk: 'K1',
		i18n: language(),
		refreshMenu: () => {},
		send: async (request) => {
			sent.push(request);
			return answer;
		},
		...over
	});
	flows.push(flow);
	return { flow, sent, answer: (a: ApiResult<IssuedTicketDto>) => (answer = a) };
}

afterEach(() => {
	for (const flow of flows) flow.close();
	flows = [];
	vi.useRealTimers();
});

describe('KioskFlow steps', () => {
	it('offers featured matters on top and departments with matters of their own', () => {
		const { flow } = kiosk();
		expect(flow.step).toBe('department');
		expect(flow.featured.map((s) => s.id)).toEqual([301]);
		expect(flow.departments.map((d) => d.id)).toEqual([10, 20]);
	});

	it('goes department → matter → kind, and issues the chosen ticket', async () => {
		const { flow, sent } = kiosk();
		flow.chooseDepartment(civic);
		expect(flow.step).toBe('service');
		expect(flow.department?.id).toBe(10);

		flow.chooseService(civic.services[0]!, civic);
		expect(flow.step).toBe('kind');
		expect(flow.service?.id).toBe(101);

		await flow.issue('elderly');
		expect(sent).toEqual([{ locationId: 1, serviceId: 101, priority: 'elderly', kiosk: 'K1' }]);
		expect(flow.step).toBe('ticket');
		expect(flow.issued).toEqual(issuedTicket);
		expect(flow.issuing).toBe(false);
	});

	it('issues a normal ticket at once for a department with one matter and no priority', async () => {
		const { flow, sent } = kiosk();
		flow.chooseDepartment(tax);
		await vi.waitFor(() => expect(flow.step).toBe('ticket'));
		expect(sent).toEqual([{ locationId: 1, serviceId: 201, priority: null, kiosk: 'K1' }]);
	});

	it('does nothing for a matter that cannot be had now', () => {
		const { flow, sent } = kiosk();
		flow.chooseDepartment(civic);
		flow.chooseService(civic.services[1]!, civic);
		expect(flow.step).toBe('service');
		expect(flow.service).toBeNull();
		expect(sent).toEqual([]);
	});

	it('shows a matter no window serves now with the other ways, and issues nothing', () => {
		const { flow, sent } = kiosk();
		flow.chooseDepartment(civic);
		flow.chooseService(civic.services[2]!, civic);
		expect(flow.step).toBe('unavailable');
		expect(flow.service?.id).toBe(103);
		expect(sent).toEqual([]);
		flow.back();
		expect(flow.step).toBe('service');
	});

	it('shows the refusal and stays on the step; a second press while issuing is ignored', async () => {
		const { flow, sent, answer } = kiosk();
		answer({ error: { code: 'office_closed', message: 'Urząd nie wydaje teraz biletów.' } });
		flow.chooseDepartment(civic);
		flow.chooseService(civic.services[0]!, civic);
		const first = flow.issue(null);
		expect(flow.issuing).toBe(true);
		await flow.issue(null);
		await first;
		expect(sent).toHaveLength(1);
		expect(flow.issueError).toBe('Urząd nie wydaje teraz biletów.');
		expect(flow.step).toBe('kind');

		// Going back clears the message.
		flow.back();
		expect(flow.step).toBe('service');
		expect(flow.issueError).toBeNull();
	});

	it('goes back step by step, and from the ticket straight to the start', async () => {
		const { flow } = kiosk();
		flow.chooseDepartment(civic);
		flow.chooseService(civic.services[0]!, civic);
		flow.back();
		flow.back();
		expect(flow.step).toBe('department');
		flow.back();
		expect(flow.step).toBe('department');

		flow.chooseService(civic.services[0]!, civic);
		await flow.issue(null);
		flow.back();
		expect(flow.step).toBe('department');
		expect(flow.issued).toBeNull();
		expect(flow.service).toBeNull();
	});
});

describe('KioskFlow when the visitor walks away', () => {
	beforeEach(() => void vi.useFakeTimers());

	it('returns to the start, in Polish, after a while without a touch', () => {
		const i18n = language('en');
		const { flow } = kiosk({ i18n });
		flow.chooseDepartment(civic);
		vi.advanceTimersByTime(IDLE_MS - 1000);
		flow.touched();
		vi.advanceTimersByTime(IDLE_MS - 1000);
		expect(flow.step).toBe('service');
		vi.advanceTimersByTime(1000);
		expect(flow.step).toBe('department');
		expect(flow.department).toBeNull();
		expect(i18n.setLang).toHaveBeenCalledWith('pl');
	});

	it('leaves the ticket screen sooner', async () => {
		const { flow } = kiosk();
		flow.chooseDepartment(tax);
		await vi.waitFor(() => expect(flow.step).toBe('ticket'));
		vi.advanceTimersByTime(IDLE_TICKET_MS);
		expect(flow.step).toBe('department');
		expect(flow.issued).toBeNull();
	});

	it('tells the ticket screen when it leaves; Show again gives the whole time back', async () => {
		const { flow } = kiosk();
		flow.chooseService(civic.services[0]!, civic);
		expect(flow.leavesAt).toBeNull();
		await flow.issue(null);
		expect(flow.step).toBe('ticket');
		expect(flow.leavesAt).toBe(Date.now() + IDLE_TICKET_MS);
		vi.advanceTimersByTime(IDLE_TICKET_MS - 1000);
		flow.keepTicket();
		expect(flow.leavesAt).toBe(Date.now() + IDLE_TICKET_MS);
		vi.advanceTimersByTime(IDLE_TICKET_MS - 1000);
		expect(flow.step).toBe('ticket');
		vi.advanceTimersByTime(1000);
		expect(flow.step).toBe('department');
		expect(flow.leavesAt).toBeNull();
	});

	it('switches a visitor’s language back even at the start', () => {
		const i18n = language('en');
		const { flow } = kiosk({ i18n });
		flow.touched();
		vi.advanceTimersByTime(IDLE_MS);
		expect(i18n.setLang).toHaveBeenCalledWith('pl');
	});

	it('turns the visitor’s settings off even at the start, in Polish (issue 16)', () => {
		const i18n = language('pl');
		const settings = { changed: true, reset: vi.fn() };
		const { flow } = kiosk({ i18n, settings });
		flow.touched();
		vi.advanceTimersByTime(IDLE_MS);
		expect(settings.reset).toHaveBeenCalledOnce();
	});

	it('leaves a kiosk at its start in Polish alone', () => {
		const i18n = language('pl');
		const { flow } = kiosk({ i18n });
		flow.touched();
		vi.advanceTimersByTime(IDLE_MS * 3);
		expect(i18n.setLang).not.toHaveBeenCalled();
		expect(flow.step).toBe('department');
	});
});

describe('KioskFlow and the live board', () => {
	let server: RoomServer;
	beforeEach(async () => void (server = await startRoomServer()));
	afterEach(() => server.stop());

	it('counts the waiting from the board, and reloads the menu when the board changes', async () => {
		const refreshMenu = vi.fn();
		const { flow } = kiosk({ refreshMenu, open: () => openSocket(server.url) });
		// Until the board says otherwise, the menu's own counts.
		expect(flow.waitingIn(civic)).toBe(3);

		flow.connect();
		await expect.poll(() => flow.live.joined, { timeout: 15_000 }).toBe(true);
		const changed = snapshot(1, 2);
		changed.waiting = [{ departmentId: 10, name: civic.name, prefix: 'A', count: 5 }];
		server.io.to('board:1').emit('board:snapshot', changed);

		await expect.poll(() => flow.waitingIn(civic), { timeout: 15_000 }).toBe(5);
		await expect.poll(() => refreshMenu.mock.calls.length, { timeout: 15_000 }).toBeGreaterThan(0);
	});
});

describe('KioskFlow check-in (issue 14)', () => {
	it('reads the keypad, sends the code, and shows the appointment ticket', async () => {
		const checkIns: unknown[] = [];
		const appointment = { ticket: { number: 'R001' } } as IssuedTicketDto;
		const { flow } = kiosk({
			sendCheckIn: async (request) => {
				checkIns.push(request);
				return { data: appointment };
			}
		});
		// The keypad's code comes with its first opening, not with the kiosk's first screen.
		expect(flow.checkIn).toBeNull();
		await flow.openCheckIn();
		expect(flow.step).toBe('check_in');
		const entry = flow.checkIn!;
		for (const d of '12345') entry.press(d);
		await entry.submit();
		// Five digits are not a code: said on the kiosk, nothing sent.
		expect(entry.error).toBe('Wpisz wszystkie 6 cyfr kodu.');
		expect(checkIns).toEqual([]);
		entry.press('6');
		expect(entry.shown).toBe('123 456');
		await entry.submit();
		expect(checkIns).toEqual([{ locationId: 1, kiosk: 'K1', code: '123456' }]);
		expect(flow.step).toBe('ticket');
		expect(flow.issued).toEqual(appointment);
	});

	it('a touch elsewhere while the keypad is coming wins, and the keypad opened again starts empty', async () => {
		const { flow } = kiosk();
		const opening = flow.openCheckIn();
		flow.chooseDepartment(civic);
		await opening;
		expect(flow.step).toBe('service');
		flow.startOver();
		await flow.openCheckIn();
		flow.checkIn!.press('1');
		flow.back();
		await flow.openCheckIn();
		expect(flow.step).toBe('check_in');
		expect(flow.checkIn!.typed).toBe('');
	});

	it('too late: offers the booking’s matter, and one tap issues a walk-in ticket for it', async () => {
		const { flow, sent } = kiosk({
			sendCheckIn: async () => ({
				error: {
					code: 'check_in_refused',
					message: 'Minął czas',
					params: { reason: 'too_late', serviceId: 201 }
				}
			})
		});
		await flow.openCheckIn();
		const entry = flow.checkIn!;
		entry.set('654 321');
		await entry.submit();
		expect(entry.error).toBe('Minął czas');
		expect(entry.lateServiceId).toBe(201);
		flow.issueWalkIn(entry.lateServiceId!);
		await vi.waitFor(() => expect(flow.step).toBe('ticket'));
		expect(sent).toEqual([{ locationId: 1, serviceId: 201, priority: null, kiosk: 'K1' }]);
	});
});
